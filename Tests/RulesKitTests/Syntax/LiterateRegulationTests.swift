import XCTest
@testable import RulesKit

/// [S-literate]: a regulation written as Markdown is read as the rules beneath its provisions.
final class LiterateRegulationTests: XCTestCase {
    private let doc = """
    # Quy chế làm việc

    ```rules
    regulation "01-QC/X" { effective 2024-01-01 }
    body dang_uy { members 11 }
    ```

    ## Điều 8. Chế độ hội nghị

    Lời dẫn của người soạn: không phải một khoản.

    1. Đảng ủy họp thường kỳ
    mỗi tháng một lần.

    a) Hội nghị được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia.

    ```rules
    reading "đọc là mỗi hội nghị"
    rule q for dang_uy: each meeting m: m.present >= 2/3 of members
    ```

    ## Phụ lục

    ```rules
    rule r for dang_uy: every month: at least 1 meeting
    ```
    """

    func testProvisionsFromHeadingsAndParagraphs() {
        let lit = LiterateRegulation(markdown: doc)
        let provisions = lit.blocks.compactMap { b -> String? in
            if case .provision(let level, let n, let text, let line) = b { "\(level.rawValue) \(n) @\(line): \(text)" } else { nil }
        }
        XCTAssertEqual(provisions, [
            "article 8 @8: Chế độ hội nghị",
            // The paragraph's two lines are one text.
            "clause 1 @12: Đảng ủy họp thường kỳ mỗi tháng một lần.",
            "point a @15: Hội nghị được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia.",
        ])
    }

    func testRulesSitUnderTheirProvisionAndKeepTheirLines() throws {
        let (model, diagnostics) = Checker.check(SourceFile(path: "q.rules.md", text: doc))
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.code), [])
        let rules = try XCTUnwrap(model?.rules)
        XCTAssertEqual(rules.map(\.name), ["q", "r"])
        // q is in article 8, clause 1, point a, with the paragraph as its quote and the reading as the encoder's.
        XCTAssertEqual(rules[0].citation.article, "8")
        XCTAssertEqual(rules[0].citation.clause, "1")
        XCTAssertEqual(rules[0].citation.point, "a")
        XCTAssertEqual(rules[0].citation.quote, "Hội nghị được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia.")
        XCTAssertEqual(rules[0].citation.reading, "đọc là mỗi hội nghị")
        // The heading "Phụ lục" ends article 8: r belongs to no provision.
        XCTAssertNil(rules[1].citation.article)
        // An error in a code block points at the Markdown's own line and column.
        let broken = doc.replacingOccurrences(of: "m.present >= 2/3", with: "m.presnt >= 2/3")
        let d = try XCTUnwrap(Checker.check(SourceFile(path: "q.rules.md", text: broken)).1.first)
        XCTAssertEqual(d.range.start.line, 19)
        XCTAssertEqual(d.range.start.column, "rule q for dang_uy: each meeting m: m.".count + 1)
    }

    func testAMarkGivenTwiceIsAnError() {
        let twice = "clause 1 \"x\" reading \"a\" { reading \"b\" }\n"
        XCTAssertEqual(Parser.parse(twice).1.map(\.code), ["P005"])
    }

    /// Found by the trial: articles as documents write them (capitals, bold, an `Ð` typed for `Đ`),
    /// and clauses and points written as a list without blank lines, one provision per item.
    func testArticlesAndListsAsDocumentsWriteThem() {
        let md = """
        ## ĐIỀU 5. CHẾ ĐỘ HỘI NGHỊ

        1. Họp mỗi tháng.
        2. Biểu quyết nhân sự:
           a) bằng bỏ phiếu kín;
           b) có tổ kiểm phiếu.

        **Điều 6.** Báo cáo

        ## Ðiều 7
        """
        let provisions = LiterateRegulation(markdown: md).blocks.compactMap { b -> String? in
            if case .provision(let level, let n, let text, let line) = b { "\(level.rawValue) \(n) @\(line): \(text)" } else { nil }
        }
        XCTAssertEqual(provisions, [
            "article 5 @1: CHẾ ĐỘ HỘI NGHỊ",
            "clause 1 @3: Họp mỗi tháng.",
            "clause 2 @4: Biểu quyết nhân sự:",
            "point a @5: bằng bỏ phiếu kín;",
            "point b @6: có tổ kiểm phiếu.",
            "article 6 @8: Báo cáo",
            "article 7 @10: ",
        ])
    }

    /// Unfinished Markdown reads as far as it goes: a fence never closed holds the rest of the file,
    /// an empty block is nothing, a heading `Điều` without a number is a plain heading.
    func testUnfinishedMarkdown() {
        let md = "## Điều\n\n1. Một khoản.\n\n```rules\n```\n\n```rules\nbody b\nrule r for b: every month: at least 1 meeting"
        let lit = LiterateRegulation(markdown: md)
        XCTAssertEqual(lit.blocks, [.heading(level: 2, text: "Điều", line: 1), .provision(.clause, number: "1", text: "Một khoản.", line: 3),
                                    .code(lines: 9...10)])
        // The clause is open when the file ends: its brace is closed on a line of its own.
        XCTAssertEqual(lit.rulesText.split(separator: "\n", omittingEmptySubsequences: false).last, "} ")
        // `body` inside a clause is not a provision's item: the error is at `body` on the Markdown's
        // line 9 (not after the clause's head, which the reader wrote), and says where it goes.
        let errors = Checker.check(SourceFile(path: "u.rules.md", text: md)).1.filter { $0.severity == .error }
        XCTAssertEqual(errors.first.map { "\($0.range.start.line):\($0.range.start.column)" }, "9:1")
        XCTAssertTrue(errors.first?.hint?.en.contains("before the first article") == true)
    }

    /// Found by the second trial: a chapter titled `ĐIỀU KHOẢN THI HÀNH` is no article (an article
    /// has a number); a point may be written `e.`; a block may be fenced `Rules` or `quy tắc`.
    func testChaptersPointsWithAFullStopAndFenceWords() {
        let md = "## ĐIỀU KHOẢN THI HÀNH\n\n## Điều 6\n\n2. Hội nghị:\nđ) có biên bản;\ne. có nghị quyết.\n\n```Rules\nx\n```\n\n```quy tắc\ny\n```\n"
        let lit = LiterateRegulation(markdown: md)
        XCTAssertEqual(lit.blocks, [
            .heading(level: 2, text: "ĐIỀU KHOẢN THI HÀNH", line: 1),
            .provision(.article, number: "6", text: "", line: 3),
            .provision(.clause, number: "2", text: "Hội nghị:", line: 5),
            .provision(.point, number: "đ", text: "có biên bản;", line: 6),
            .provision(.point, number: "e", text: "có nghị quyết.", line: 7),
            .code(lines: 10...10), .code(lines: 14...14),
        ])
    }

    /// `rules doc` on a literate file: its own text, prose and chapters included, in Markdown and
    /// HTML; what the tool checks set apart from a list item above it by a blank line.
    func testDocIsTheDocumentItself() throws {
        let md = "# Quy chế\n\nLời nói đầu.\n\n```rules\nregulation \"X\" { effective 2024-01-01 }\nbody b { members 15 }\n```\n\n## Chương I\n\n## Điều 1\n\n1. Hội nghị:\na) có hơn một nửa số đảng viên.\n```rules\nrule q for b: each meeting m: m.present > 1/2 of members\n```\n"
        let model = try XCTUnwrap(Checker.check(SourceFile(path: "d.rules.md", text: md)).0)
        let doc = DocReport(language: .vi)
        let markdown = doc.markdown(model)
        XCTAssertTrue(markdown.contains("Lời nói đầu.\n"), markdown)
        XCTAssertTrue(markdown.contains("## Chương I\n"), markdown)
        // 1/2 × 15 = 15/2, so more than half is 8: said with '>' (escaped in Markdown), not '≥'.
        XCTAssertTrue(markdown.contains("a) có hơn một nửa số đảng viên.\n\n_Công cụ kiểm tra:_\n\n- (`q`): mỗi hội nghị: có_mặt \\> 1/2 tổng số thành viên; b có 15 thành viên: cần ít nhất 8\n"), markdown)
        let html = doc.html(model)
        XCTAssertTrue(html.contains("<p>Lời nói đầu.</p>") && html.contains("<h2>Chương I</h2>"), html)
    }
}
