import XCTest
@testable import RulesKit

final class DocReportTests: XCTestCase {
    func testThresholdBoundaries() {
        // 2/3 × 11 = 22/3 ≈ 7.33: at least 8. 2/3 × 9 = 6: exactly 6. More than 1/2 × 11 = 11/2: 6.
        XCTAssertEqual(RuleDescription.boundary(.greaterOrEqual, Rational(2, 3)!, members: 11), 8)
        XCTAssertEqual(RuleDescription.boundary(.greaterOrEqual, Rational(2, 3)!, members: 9), 6)
        XCTAssertEqual(RuleDescription.boundary(.greater, Rational(1, 2)!, members: 11), 6)
        XCTAssertEqual(RuleDescription.boundary(.greater, Rational(1, 2)!, members: 10), 6)
        XCTAssertEqual(RuleDescription.boundary(.greaterOrEqual, Rational(3, 4)!, members: 11), 9)
    }

    func testPhoHoaDocumentQuotesTheTextAndSaysWhatIsChecked() throws {
        let model = try Golden.model("pho-hoa.rules")
        let doc = DocReport(language: .en).markdown(model)
        XCTAssertTrue(doc.hasPrefix("# 01-QC/ĐU — Quy chế làm việc của Đảng ủy phường Phổ Hòa"))
        XCTAssertTrue(doc.contains("> Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia."))
        XCTAssertTrue(doc.contains("(`ty_le_du_hop`): each meeting: present at least 2/3 of all members; dang_uy has 11 members: at least 8 needed"))
        // Every rule of the file is explained once, under its provision.
        for r in model.rules { XCTAssertEqual(doc.components(separatedBy: "(`\(r.name)`)").count - 1, 1, r.name) }
        let vi = DocReport(language: .vi).markdown(model)
        // Article 8 has no heading of its own in the source: none is invented.
        XCTAssertTrue(vi.contains("## Điều 8.\n"), vi)
        XCTAssertTrue(vi.contains("dang_uy có 11 thành viên: cần ít nhất 8"))
    }

    func testHTMLDocumentIsWellFormedAndCarriesEveryRule() throws {
        let model = try Golden.model("pho-hoa.rules")
        let html = DocReport(language: .vi).html(model)
        let parser = XMLParser(data: Data(html.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        XCTAssertTrue(html.contains("<h2>Điều 8.</h2>"), html)
        XCTAssertTrue(html.contains("<blockquote>Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia.</blockquote>"))
        for r in model.rules { XCTAssertTrue(html.contains("<code>\(r.name)</code>"), r.name) }
    }

    /// Every rule of every regulation in Rules/ is described in plain words with all of its own
    /// conditions: none falls back to a sentence that hides what is checked.
    func testEveryRuleInRulesIsDescribedWithItsConditions() throws {
        let dir = Fixtures.repositoryFile("Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".rules") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 8)
        var described = 0
        for name in files {
            let url = dir.appendingPathComponent(name)
            guard let model = Checker.check(path: url.path, text: Fixtures.text(url)).0 else { continue }  // an amendment alone
            let describe = RuleDescription(model: model)
            for r in model.rules {
                let d = describe.describe(r)
                for generic in ["must meet the rule's condition", "qualifying", "?"] {
                    XCTAssertFalse(d.en.contains(generic), "\(name) \(r.name): \(d.en)")
                }
                XCTAssertFalse(d.vi.contains("thỏa điều kiện của quy tắc"), "\(name) \(r.name): \(d.vi)")
                // The events a rule counts or judges are named with their filter, in both languages.
                let filter: CFilter? = switch r.form {
                case .frequency(_, let c): c.filter
                case .gap(_, let f), .each(let f, _, _), .whenever(let f, _): f
                case .target, .periodic: nil
                }
                if let f = filter, let condition = ExprText.readable(f) {
                    XCTAssertTrue(d.en.contains(condition) && d.vi.contains(Surface.vietnamese(expression: condition)), "\(name) \(r.name): \(d.en)")
                }
                described += 1
            }
        }
        XCTAssertGreaterThan(described, 40)
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif
