import XCTest
@testable import RulesKit

/// A quoted provision must be the source's words: "…" for what is left out, nothing added.
final class QuoteCheckTests: XCTestCase {
    private let source = """
        **Quy chế** quy định: Hội nghị Đảng uỷ được tiến hành khi có ít nhất 2/3 tổng số Đảng uỷ viên tham gia. Bí thư và các \
        Phó Bí thư Đảng ủy chủ trì hội nghị Đảng ủy; trong hội nghị, tùy theo nội dung, Bí thư phân công một Phó Bí thư điều hành.
        """

    private func problems(_ rules: String) throws -> [String] {
        let file = SourceFile(path: "q.rules", text: rules)
        let model = try XCTUnwrap(Checker.check(file).0)
        return QuoteCheck.check(model, file: file, sources: [source]).map(\.quote)
    }

    func testWordsOfTheSourceWithEllipsesPass() throws {
        // Old-style "uỷ" in the source, new-style "ủy" in the quote; Markdown emphasis and case do not count.
        XCTAssertEqual(try problems("""
            regulation "Q" { effective 2020-01-01 }
            article 1 "quy chế" {
              clause 1 "Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên tham gia."
              clause 2 "Bí thư và các Phó Bí thư Đảng ủy chủ trì hội nghị Đảng ủy; … Bí thư phân công một Phó Bí thư điều hành."
            }
            """), [])
    }

    /// Words left out at either end are left out too: a quote that starts or stops inside the
    /// source's sentence says so with "…". An article's heading is a name, not a quote.
    func testAQuoteCutInsideASentenceNeedsItsEllipsis() throws {
        XCTAssertEqual(try problems("""
            regulation "Q" { effective 2020-01-01 }
            article 1 "quy chế" {
              clause 1 "Bí thư và các Phó Bí thư Đảng ủy chủ trì hội nghị Đảng ủy."
              clause 2 "Tùy theo nội dung, Bí thư phân công một Phó Bí thư điều hành."
              clause 3 "Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên"
            }
            """), [
            // Clause 1 stops at ";" (a clause of the sentence): it may. Clause 2 starts after "trong hội nghị,";
            // clause 3 stops before "tham gia".
            "Tùy theo nội dung, Bí thư phân công một Phó Bí thư điều hành.",
            "Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên",
        ])
        XCTAssertEqual(try problems("""
            regulation "Q" { effective 2020-01-01 }
            article 1 "tổng số Đảng uỷ viên" {
              clause 2 "… tùy theo nội dung, Bí thư phân công một Phó Bí thư điều hành."
              clause 3 "Hội nghị Đảng ủy được tiến hành khi có ít nhất 2/3 tổng số Đảng ủy viên …"
            }
            """), [])
    }

    func testAnEditedOrSplicedQuoteFailsAndShowsTheNearestPassage() throws {
        let rules = """
            regulation "Q" { effective 2020-01-01 }
            article 1 {
              clause 1 "Hội nghị Đảng ủy được tiến hành khi có ít nhất 3/4 tổng số Đảng ủy viên tham gia."
              clause 2 "Bí thư và các Phó Bí thư Đảng ủy chủ trì hội nghị Đảng ủy. Bí thư phân công một Phó Bí thư điều hành."
              clause 3 "Ví dụ" illustrative "not in the source" { point a "also made up" }
            }
            """
        // 3/4 is not the source's 2/3; clause 2 drops words without "…"; the illustrative ones are not looked for.
        XCTAssertEqual(try problems(rules), [
            "Hội nghị Đảng ủy được tiến hành khi có ít nhất 3/4 tổng số Đảng ủy viên tham gia.",
            "Bí thư và các Phó Bí thư Đảng ủy chủ trì hội nghị Đảng ủy. Bí thư phân công một Phó Bí thư điều hành.",
        ])
        let file = SourceFile(path: "q.rules", text: rules)
        let outcome = QuoteCheck.check(try XCTUnwrap(Checker.check(file).0), file: file, sources: [QuoteCheck.Source(path: "nguon.md", text: source)])
        let first = try XCTUnwrap(outcome.problems.first)
        XCTAssertEqual(first.line, 3)
        XCTAssertEqual(first.diagnostic.id, .Q001)
        // The sentence of the source (to its full stop) that shares the most words, as the source
        // writes it (its emphasis dropped), and where.
        XCTAssertEqual(first.nearest, QuoteCheck.Passage(path: "nguon.md", line: 1,
                                                         text: "Quy chế quy định: Hội nghị Đảng uỷ được tiến hành khi có ít nhất 2/3 tổng số Đảng uỷ viên tham gia."))
        // What was established: nothing found, two illustrative provisions not looked for.
        XCTAssertEqual([outcome.found, outcome.notLookedFor], [0, 2])
    }

    /// The words are the source's but cut inside its sentence: said as such (Q002), not "not found".
    func testACutQuoteIsToldApartFromAMissingOne() throws {
        let rules = """
            regulation "Q" { effective 2020-01-01 }
            article 1 { clause 1 "Tùy theo nội dung, Bí thư phân công một Phó Bí thư điều hành." }
            """
        let file = SourceFile(path: "q.rules", text: rules)
        let outcome = QuoteCheck.check(try XCTUnwrap(Checker.check(file).0), file: file, sources: [QuoteCheck.Source(path: "nguon.md", text: source)])
        XCTAssertEqual(outcome.problems.map(\.diagnostic.id), [.Q002])
        XCTAssertEqual(outcome.problems.first?.nearest?.line, 1)   // the literal's trailing backslash makes the source one line
        // In a source of several lines, the passage's own line.
        let lines = QuoteCheck.Source(path: "b.txt", text: "Báo cáo.\n\nHằng năm, Đảng ủy xây dựng chương trình kiểm tra.\n")
        let second = QuoteCheck.check(try XCTUnwrap(Checker.check(SourceFile(path: "r.rules", text: """
            regulation "R" { effective 2020-01-01 }
            article 1 { clause 1 "Đảng ủy xây dựng chương trình kiểm tra." }
            """)).0), file: SourceFile(path: "r.rules", text: ""), sources: [lines])
        XCTAssertEqual(second.problems.first?.nearest, QuoteCheck.Passage(path: "b.txt", line: 3, text: "Hằng năm, Đảng ủy xây dựng chương trình kiểm tra."))
        XCTAssertEqual(second.problems.first?.diagnostic.id, .Q002)
    }
}
