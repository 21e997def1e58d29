import XCTest
@testable import RulesKit

/// Text from an event log or a rules file is data in every report: it never becomes a terminal
/// sequence, Markdown/HTML markup or a spreadsheet formula.
final class ReportTextTests: XCTestCase {
    func testCSVCellsThatASpreadsheetWouldRunAreNeutralised() {
        XCTAssertEqual(CSVReport.quote("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        XCTAssertEqual(CSVReport.quote("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0")
        XCTAssertEqual(CSVReport.quote("+1+1"), "'+1+1")
        XCTAssertEqual(CSVReport.quote("-2+3"), "'-2+3")
        XCTAssertEqual(CSVReport.quote("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVReport.quote("\tx"), "'\tx")
        XCTAssertEqual(CSVReport.quote("\r=x"), "\"'\r=x\"")
        // Only the first character matters; ordinary text and dates are left alone.
        XCTAssertEqual(CSVReport.quote("a=b"), "a=b")
        XCTAssertEqual(CSVReport.quote("2023-01-02"), "2023-01-02")
    }

    func testMarkdownEscapesMarkupInText() {
        XCTAssertEqual(MarkdownText.text("<img src=x onerror=alert(1)>"), "\\<img src=x onerror=alert(1)\\>")
        XCTAssertEqual(MarkdownText.text("[a](http://x) **b** | c & d"), "\\[a\\](http://x) \\*\\*b\\*\\* \\| c \\& d")
        // An underscore inside a word never starts emphasis and stays as typed; one at a word's edge is escaped.
        XCTAssertEqual(MarkdownText.text("ty_le_du_hop _x_"), "ty_le_du_hop \\_x\\_")
        XCTAssertEqual(MarkdownText.text("a\nb"), "a b")
        // A code span holds any text: its fence is longer than the longest run of backticks inside.
        XCTAssertEqual(MarkdownText.code("m1"), "`m1`")
        XCTAssertEqual(MarkdownText.code("a`b``c"), "```a`b``c```")
        XCTAssertEqual(MarkdownText.code("`x"), "`` `x ``")
    }

    func testHostileIdsReachTheMarkdownReportAsText() throws {
        let regulation = try Regulation.load(text: """
            regulation "H" { effective 2020-01-01 }
            body b { members 11 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """).get()
        var log = regulation.eventLog()
        log.read(text: """
        {"type":"meeting","id":"m`1<img src=x onerror=alert(1)>","date":"2023-01-02","body":"b","present":1}
        {"type":"meeting","id":"m2","date":"2023-01-03","body":"<b>**x**</b>","present":8}
        """, file: "h.jsonl", format: .jsonLines)
        log.finish()
        XCTAssertTrue(log.errors.isEmpty)
        let e = regulation.evaluate(log, options: .init(asOf: Day.parse("2023-12-31")!))
        let model = regulation.model
        let md = MarkdownReport(language: .en).render(e, model: model)
        XCTAssertTrue(md.contains("``m`1<img src=x onerror=alert(1)>``"), md)
        XCTAssertTrue(md.contains("`<b>**x**</b>`"), md)
        // Outside those two code spans no tag and no emphasis from the log is left.
        let outside = md.replacingOccurrences(of: "``m`1<img src=x onerror=alert(1)>``", with: "")
            .replacingOccurrences(of: "`<b>**x**</b>`", with: "")
        XCTAssertFalse(outside.contains("<img") || outside.contains("<b>"), md)
    }

    func testControlCharactersInRulesFileStringsAreRefused() {
        let (_, d) = Checker.check(path: "x.rules", text: "regulation \"X\u{1B}[2J\" {}\n")
        XCTAssertEqual(d.map(\.code), ["L009"])
        XCTAssertEqual(d.first?.range.start.column, 14)   // `regulation "X` is 13 characters
        // A line break inside a quote (a long clause) and the \n, \t escapes stay allowed.
        let (_, ok) = Checker.check(path: "x.rules", text: "regulation \"X\ny\\n\\t\" {}\n")
        XCTAssertEqual(ok.map(\.code), [])
    }

    func testALongLineIsCutInDiagnostics() {
        let name = String(repeating: "a", count: 1_000_000)
        let source = "regulation \"X\" {}\nbody \(name) { members 3 }\n"
        let (_, d) = Checker.check(path: "x.rules", text: source)
        XCTAssertEqual(d.first?.code, "L010")
        let file = SourceFile(path: "x.rules", text: source)
        let printed = d.map { DiagnosticPrinter(language: .en).render($0, in: file) }.joined()
        // Every diagnostic shows at most 120 characters of the line (plus "…" and the gutter).
        XCTAssertLessThan(printed.count, 400 * d.count, printed)
        XCTAssertTrue(printed.contains("name longer than 255 characters"), printed)
    }

    func testAControlCharacterInAnExcerptIsShownAsAReplacementCharacter() {
        let excerpt = Excerpt(line: "x \u{1B}[31m y", from: 1, to: 2)
        XCTAssertEqual(excerpt.text, "x \u{FFFD}[31m y")
        // A line cut on both sides keeps the mark under the same character.
        let long = String(repeating: "a", count: 200) + "^" + String(repeating: "b", count: 200)
        let cut = Excerpt(line: long, from: 201, to: 202)
        XCTAssertEqual(cut.text.count, 122)
        XCTAssertEqual(Array(cut.text)[cut.beforeMark.count], "^")
    }

    func testBidirectionalControlsAreRefusedLikeOtherControls() {
        // U+202E (right-to-left override) as raw bytes and as an escape, U+2066 in CSV, U+061C (Arabic letter mark).
        XCTAssertEqual(RawTest.json(bytes: Array(#"{"id":"m\#u{202E}x"}"#.utf8)).first?.error,
                       RawReadError(line: 1, column: 9, code: .controlCharacter, detail: "U+202E"))
        XCTAssertEqual(RawTest.json(#"{"id":"m\u202Ex"}"#).first?.error,
                       RawReadError(line: 1, column: 9, code: .controlCharacter, detail: "U+202E"))
        XCTAssertEqual(RawTest.json(#"{"id":"m\#u{061C}"}"#).first?.error?.detail, "U+061C")
        XCTAssertEqual(RawTest.csv("id,n\nm\u{2066}x,1\n").first?.error,
                       RawReadError(line: 2, column: 2, code: .controlCharacter, detail: "U+2066"))
        // Vietnamese, typographic quotes and dashes are text.
        XCTAssertNil(RawTest.json(#"{"id":"Hà Nội ‘x’ — ok"}"#).first?.error)
    }

    func testDocEscapesTheRulesFilesOwnText() throws {
        let model = try XCTUnwrap(Checker.check(path: "d.rules", text: """
            regulation "<script>alert(1)</script> **b**" { effective 2020-01-01 }
            body b { members 3 }
            article 1 "<img src=x onerror=alert(1)>" { rule q for b: each meeting m: m.present >= 2 }
            """).0)
        let md = DocReport(language: .en).markdown(model)
        XCTAssertTrue(md.contains("\\<script\\>alert(1)\\</script\\> \\*\\*b\\*\\*"), md)
        XCTAssertTrue(md.contains("\\<img src=x onerror=alert(1)\\>"), md)
        let unescaped = md.replacingOccurrences(of: "\\<", with: "")
        XCTAssertFalse(unescaped.contains("<"), md)
        // The HTML page escapes the same words itself, without Markdown's backslashes.
        let html = DocReport(language: .en).html(model)
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html)
        XCTAssertFalse(html.contains("\\<"), html)
    }
}
