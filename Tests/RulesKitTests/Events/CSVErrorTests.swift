import XCTest
@testable import RulesKit

final class CSVErrorTests: XCTestCase {
    func testUnterminatedQuoteIsReportedAtTheOpeningQuote() {
        let results = RawTest.csv("a,b\n1,2\n1,\"abc\n2,3\n")
        XCTAssertEqual(results.count, 2)
        // The quote opened on line 3 takes line 4 ("2,3") into its cell: one line that is no record.
        XCTAssertEqual(results[1].error, RawReadError(line: 3, column: 3, code: .unterminatedQuote, detail: "1"))
        XCTAssertTrue(results[1].error!.message(vi: false).contains("the 1 line(s) after it"))
        XCTAssertEqual(RawTest.csv("a,b\n1,\"abc").last?.error?.message(vi: false), "quoted field is not closed before the end of the file")
    }

    func testStrayQuoteInUnquotedField() {
        let results = RawTest.csv("a,b\n1,x\"y\n2,3")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 4, code: .strayQuote))
        XCTAssertEqual(results[1].record?.line, 3)
    }

    func testTextAfterClosingQuote() {
        let results = RawTest.csv("a,b\n\"x\"y,2\n3,4\n")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 4, code: .textAfterQuote))
        XCTAssertEqual(results[1].record?.line, 3)
    }

    func testTooManyFields() {
        let results = RawTest.csv("a,b\n1,2,3\n4,5\n")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 5, code: .wrongFieldCount, detail: "3/2"))
        XCTAssertEqual(results[1].record?.line, 3)
    }

    func testTooFewFieldsPointsPastTheEnd() {
        let results = RawTest.csv("a,b,c\n1,2\r\n")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 4, code: .wrongFieldCount, detail: "2/3"))
    }

    func testEmptyHeaderEndsTheStream() {
        XCTAssertEqual(RawTest.csv("a,,c\n1,2,3\n").map { $0.error },
                       [RawReadError(line: 1, column: 3, code: .emptyHeader, detail: "2")])
        XCTAssertEqual(RawTest.csv("a,\"\"\n1,2\n").map { $0.error },
                       [RawReadError(line: 1, column: 3, code: .emptyHeader, detail: "2")])
    }

    func testDuplicateHeaderEndsTheStream() {
        XCTAssertEqual(RawTest.csv("a,b,a\n1,2,3\n").map { $0.error },
                       [RawReadError(line: 1, column: 5, code: .duplicateHeader, detail: "a")])
    }

    func testSyntaxErrorInHeaderEndsTheStream() {
        XCTAssertEqual(RawTest.csv("a\"b,c\n1,2\n").map { $0.error },
                       [RawReadError(line: 1, column: 2, code: .strayQuote)])
    }

    func testInvalidUTF8() {
        let results = RawTest.csv(bytes: Array("a,b\nok,".utf8) + [0xC3, 0x28] + Array("\n1,2".utf8))
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 4, code: .invalidUTF8, detail: "0xC3"))
        XCTAssertEqual(results[1].record?.line, 3)
    }

    func testInvalidUTF8InsideQuotedMultiLineCell() {
        let results = RawTest.csv(bytes: Array("a\n\"x\nyz".utf8) + [0xFF] + Array("\"\n".utf8))
        XCTAssertEqual(results[0].error, RawReadError(line: 3, column: 3, code: .invalidUTF8, detail: "0xFF"))
    }

    /// As in JSON Lines: ESC, DEL and the C1 controls in a cell are refused, quoted or not.
    func testControlCharacters() {
        let results = RawTest.csv(bytes: Array("a\nx".utf8) + [0x1B] + Array("[2J\n\"y".utf8) + [0x7F] + Array("\"\nz\u{9B}\n".utf8))
        XCTAssertEqual(results.map { $0.error }, [
            RawReadError(line: 2, column: 2, code: .controlCharacter, detail: "U+001B"),
            RawReadError(line: 3, column: 3, code: .controlCharacter, detail: "U+007F"),
            RawReadError(line: 4, column: 2, code: .controlCharacter, detail: "U+009B"),
        ])
    }

    func testNulByte() {
        let results = RawTest.csv(bytes: Array("a\nx".utf8) + [0] + Array("y\n\"\u{0}\"\n".utf8))
        XCTAssertEqual(results.map { $0.error }, [
            RawReadError(line: 2, column: 2, code: .nulByte),
            RawReadError(line: 3, column: 2, code: .nulByte),
        ])
    }

    func testRecordTooLong() {
        let options = RawReaderOptions(maxLineBytes: 8)
        let results = RawTest.csv("a,b\n123456789,1\n\"1234567\n89\",1\n2,3\n", options: options)
        XCTAssertEqual(results.map { $0.error?.code }, [.lineTooLong, .lineTooLong, nil])
        XCTAssertEqual(results.map { $0.error?.line ?? $0.record?.line }, [2, 3, 5])
    }
}
