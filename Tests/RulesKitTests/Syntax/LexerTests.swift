import XCTest
@testable import RulesKit

final class LexerTests: XCTestCase {
    private func kinds(_ s: String) -> [TokenKind] {
        var l = Lexer(s)
        return l.tokenize().map(\.kind).dropLast()
    }

    func testLiteralsAreExact() {
        XCTAssertEqual(kinds("2/3"), [.rational(Rational(2, 3)!)])
        XCTAssertEqual(kinds("80%"), [.percent(Rational(4, 5)!)])
        XCTAssertEqual(kinds("66.5%"), [.percent(Rational(133, 200)!)])
        XCTAssertEqual(kinds("0.5"), [.rational(Rational(1, 2)!)])
        XCTAssertEqual(kinds("2020-05-08"), [.date(DateLiteral(year: 2020, month: 5, day: 8))])
        XCTAssertEqual(kinds("08:00"), [.time(TimeLiteral(hour: 8, minute: 0))])
        XCTAssertEqual(kinds("12"), [.integer(12)])
    }

    func testDurations() {
        XCTAssertEqual(kinds("2 days"), [.duration(2, .days)])
        XCTAssertEqual(kinds("2 working days"), [.duration(2, .workingDays)])
        XCTAssertEqual(kinds("1 working day"), [.duration(1, .workingDays)])
        XCTAssertEqual(kinds("3 months"), [.duration(3, .months)])
        XCTAssertEqual(kinds("2 hours"), [.duration(2, .hours)])
        // A number followed by an ordinary word is a number and a name.
        XCTAssertEqual(kinds("12 meetings"), [.integer(12), .identifier("meetings")])
        XCTAssertEqual(kinds("2 working m"), [.integer(2), .identifier("working"), .identifier("m")])
    }

    func testHalfYearIsOneWord() {
        XCTAssertEqual(kinds("every half-year"), [.identifier("every"), .identifier("half-year")])
        XCTAssertEqual(kinds("half-years"), [.identifier("half"), .symbol("-"), .identifier("years")])
    }

    func testVietnameseIdentifiersAreNFCNormalised() {
        let precomposed = "ch\u{1EE7}_tr\u{00EC}"        // chủ_trì
        let decomposed = "chu\u{0309}_tri\u{0300}"
        XCTAssertEqual(kinds(precomposed), kinds(decomposed))
        XCTAssertEqual(kinds(decomposed).first, .identifier("chủ_trì"))
        XCTAssertEqual(Array(kinds(decomposed).first.flatMap { if case .identifier(let s) = $0 { s } else { nil } }!.unicodeScalars).count, 7)
    }

    func testRangesCountCharactersNotBytes() {
        var l = Lexer("ủy  quorum")
        let t = l.tokenize()
        XCTAssertEqual(t[0].range.start, SourcePosition(line: 1, column: 1, offset: 0))
        XCTAssertEqual(t[0].range.end.column, 3)
        XCTAssertEqual(t[1].range.start, SourcePosition(line: 1, column: 5, offset: 4))
        var l2 = Lexer("a\n  b")
        XCTAssertEqual(l2.tokenize()[1].range.start, SourcePosition(line: 2, column: 3, offset: 4))
    }

    func testCommentsAreKeptAside() {
        var l = Lexer("# đầu\nrule # cuối\n")
        XCTAssertEqual(l.tokenize().map(\.kind), [.identifier("rule"), .endOfFile])
        XCTAssertEqual(l.comments.map(\.text), ["# đầu", "# cuối"])
    }

    func testStringsWithEscapesAndUnterminatedAtEnd() {
        XCTAssertEqual(kinds(#""a\"b\n""#), [.string("a\"b\n")])
        var l = Lexer("\"không đóng")
        _ = l.tokenize()
        XCTAssertEqual(l.diagnostics.items.map(\.code), ["L002"])
    }

    func testNumbersTooLargeAreDiagnosticsNotTraps() {
        var l = Lexer("members 100000000000000000000000000000")
        let t = l.tokenize()
        XCTAssertEqual(t[1].kind, .invalid)
        XCTAssertEqual(l.diagnostics.items.map(\.code), ["L003"])
        var l2 = Lexer("99999999999999999999/3")
        _ = l2.tokenize()
        XCTAssertEqual(l2.diagnostics.items.map(\.code), ["L003"])
    }

    func testInvalidDatesAndTimes() {
        var l = Lexer("2023-13-01 25:00")
        _ = l.tokenize()
        XCTAssertEqual(l.diagnostics.items.map(\.code), ["L004", "L005"])
    }

    func testCRLFAndBOM() {
        var l = Lexer("\u{FEFF}rule\r\nx")
        let t = l.tokenize()
        XCTAssertEqual(t.map(\.kind), [.identifier("rule"), .identifier("x"), .endOfFile])
        XCTAssertEqual(t[1].range.start.line, 2)
        XCTAssertTrue(l.diagnostics.items.isEmpty)
    }
}
