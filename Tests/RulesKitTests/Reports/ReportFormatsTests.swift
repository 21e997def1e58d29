import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RulesKit

/// Every finding reaches every format; the HTML is well-formed and its counts match.
final class ReportFormatsTests: XCTestCase {
    private func phoHoa() throws -> (Model, Evaluation) {
        let (m, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        return (m, e)
    }

    private func chiBo() throws -> (Model, Evaluation) {
        let (m, _, e) = try Golden.evaluate("chi-bo.rules", "chi-bo-2023.jsonl", asOf: "2024-06-30")
        return (m, e)
    }

    func testCSVHasOneRowPerFindingWithBOMAndQuoting() throws {
        for (_, e) in [try phoHoa(), try chiBo()] {
            let csv = CSVReport.render(e, language: .en)
            XCTAssertTrue(csv.hasPrefix("\u{FEFF}status,regulation,"))
            let rows = Array(CSVReader(string: csv))
            XCTAssertEqual(rows.count, e.findings.count)
            XCTAssertTrue(rows.allSatisfy { (try? $0.get()) != nil })
            let statuses = rows.compactMap { try? $0.get()["status"]?.value }
            XCTAssertEqual(statuses.filter { $0 == .string("violation") }.count, e.violations)
        }
        let (_, e) = try phoHoa()
        let rows = Array(CSVReader(string: CSVReport.render(e, language: .en))).compactMap { try? $0.get() }
        let quorum = try XCTUnwrap(rows.first { $0["rule"]?.value == .string("ty_le_du_hop") && $0["status"]?.value == .string("violation") })
        XCTAssertEqual(quorum["compared"]?.value, .string("present 7 < 2/3 × 11 = 22/3"))
        XCTAssertEqual(quorum["article"]?.value, .string("8"))
        // A comma and a quote inside a cell survive RFC 4180 quoting.
        XCTAssertEqual(CSVReport.quote("a, \"b\""), "\"a, \"\"b\"\"\"")
    }

    func testMarkdownListsEveryViolationAndExcuse() throws {
        for (m, e) in [try phoHoa(), try chiBo()] {
            let md = MarkdownReport(language: .vi).render(e, model: m)
            XCTAssertTrue(md.contains("## 1. Ưu điểm"))
            XCTAssertTrue(md.contains("## 2. Hạn chế, khuyết điểm"))
            for f in e.findings where f.status == .violation || f.status == .excused {
                let at = f.eventId.map { "`\($0)`" } ?? f.period!
                XCTAssertTrue(md.contains("\(f.date), \(f.body), \(at): "), "missing \(f.rule) \(f.body) \(at)")
            }
            let listed = md.split(separator: "\n").filter { $0.hasPrefix("  - ") }.count
            XCTAssertEqual(listed, e.violations)
        }
        let (m, e) = try chiBo()
        let md = MarkdownReport(language: .en).render(e, model: m)
        XCTAssertTrue(md.contains("| 26/32 chi_bo | 81.25% | 100% | **not met** |"), md)
    }

    func testHTMLIsWellFormedAndCarriesEveryFinding() throws {
        for (m, e) in [try phoHoa(), try chiBo()] {
            let html = HTMLReport(language: .en).render(e, model: m)
            XCTAssertFalse(html.contains("<script"))
            XCTAssertFalse(html.contains("http://") && html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(html.utf8))
            parser.delegate = counter
            XCTAssertTrue(parser.parse(), "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "")")
            XCTAssertEqual(counter.findingRows, e.findings.filter { $0.status != .kept }.count)
            XCTAssertEqual(counter.findingStatuses["violation", default: 0], e.violations)
            let summary = ReportSummary(e, model: m, language: .en)
            let drawn = summary.bodies.prefix(60)
            XCTAssertEqual(counter.rects, drawn.reduce(0) { $0 + $1.grid.count * summary.months.count })
            XCTAssertEqual(counter.brokenRects, drawn.reduce(0) { $0 + $1.grid.values.reduce(0) { $0 + $1.filter { $0 == .violation }.count } })
        }
    }

    func testCalendarCellsFollowTheFindings() throws {
        let (m, e) = try phoHoa()
        let s = ReportSummary(e, model: m, language: .en)
        let body = try XCTUnwrap(s.bodies.first { $0.body == "dang_uy" })
        // August 2023 had no regular meeting; May's meeting lacked a quorum; July's draft was excused.
        XCTAssertEqual(body.grid["hop_thuong_ky"]?[7], .violation)
        XCTAssertEqual(body.grid["hop_thuong_ky"]?[6], .kept)
        XCTAssertEqual(body.grid["ty_le_du_hop"]?[4], .violation)
        XCTAssertEqual(body.grid["gui_du_thao"]?[6], .excused)
        XCTAssertEqual(body.grid["gui_du_thao"]?[7], .noData)
        // Worst bodies first in a population.
        let (cm, ce) = try chiBo()
        let bodies = ReportSummary(ce, model: cm, language: .en).bodies
        XCTAssertEqual(bodies.map(\.broken), bodies.map(\.broken).sorted(by: >))
    }
}

private final class ElementCounter: NSObject, XMLParserDelegate {
    var findingRows = 0, rects = 0, brokenRects = 0
    var findingStatuses: [String: Int] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "tr", attributes["class"] == "finding" {
            findingRows += 1
            findingStatuses[attributes["data-status"] ?? "", default: 0] += 1
        }
        if name == "rect" {
            rects += 1
            if attributes["class"] == "violation" { brokenRects += 1 }
        }
    }

}

final class TextReportSearchTests: XCTestCase {
    /// The text report adds the compared values unless the message already says them.
    func testComparedValuesSeenInTheMessage() {
        XCTAssertTrue("present 7 < 2/3 × 11 = 22/3 at the meeting".containsBytes("2/3 × 11 = 22/3"))
        XCTAssertTrue("ngày 2023-01-09".containsBytes("2023-01-09"))
        XCTAssertFalse("document of 2023-01-09".containsBytes("2023-01-08"))
        XCTAssertFalse("short".containsBytes("longer than the text"))
        XCTAssertFalse("anything".containsBytes(""))
    }
}

/// A supervision conclusion quotes, above each violation, the text of the version that judged it.
final class MarkdownVersionQuoteTests: XCTestCase {
    func testEachViolationUnderTheTextOfItsVersion() throws {
        let base = """
            regulation "01-QC/ĐU" { effective 2024-01-01 }
            body b { members 11 }
            article 5 {
              clause 2 "Dự thảo gửi trước ít nhất 02 ngày làm việc." {
                rule du_thao for b: each meeting m: document d where d.kind == "draft" and d.meeting == m.id at least 2 working days before m
              }
            }
            """
        let amendment = """
            regulation "03-QC/ĐU" { amends "01-QC/ĐU"  effective 2024-05-15 }
            replace article 5 clause 2 "Dự thảo gửi trước ít nhất 03 ngày làm việc." {
              rule du_thao for b: each meeting m: document d where d.kind == "draft" and d.meeting == m.id at least 3 working days before m
            }
            """
        // Tue 12/03/2024: two working days back are Mon 11 (1) and Fri 08/03 (2); the draft of Mon 11/03 is late.
        // Tue 11/06/2024: three back are Mon 10, Fri 7 and Thu 06/06 (3); the draft of Fri 07/06 is late.
        let events = """
            {"type":"meeting","id":"m03","date":"2024-03-12","body":"b"}
            {"type":"document","id":"d03","date":"2024-03-11","body":"b","kind":"draft","meeting":"m03"}
            {"type":"meeting","id":"m06","date":"2024-06-11","body":"b"}
            {"type":"document","id":"d06","date":"2024-06-07","body":"b","kind":"draft","meeting":"m06"}
            """
        let e = try Golden.evaluate(rules: base, amendment, events: events, asOf: "2024-12-31")
        let files = [SourceFile(path: "a.rules", text: base), SourceFile(path: "b.rules", text: amendment)]
        let model = try XCTUnwrap(RegulationChain.build(files).chains.first).versions.last!.model
        let md = MarkdownReport(language: .vi).render(e, model: model)
        let old = try XCTUnwrap(md.range(of: "> Dự thảo gửi trước ít nhất 02 ngày làm việc. (01-QC/ĐU, Điều 5, khoản 2)"), md)
        let march = try XCTUnwrap(md.range(of: "`m03`"), md)
        let new = try XCTUnwrap(md.range(of: "> Dự thảo gửi trước ít nhất 03 ngày làm việc. (03-QC/ĐU, Điều 5, khoản 2)"), md)
        let june = try XCTUnwrap(md.range(of: "`m06`"), md)
        XCTAssertTrue(old.lowerBound < march.lowerBound && march.lowerBound < new.lowerBound && new.lowerBound < june.lowerBound, md)
    }
}
