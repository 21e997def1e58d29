import XCTest
@testable import RulesKit

final class CSVReaderTests: XCTestCase {
    func testHeaderNamesTheFields() {
        let results = RawTest.csv("a,b,c\n1,2,3\nx,yy,z\n")
        XCTAssertEqual(results.map { $0.record }, [
            RawRecord(line: 2, fields: [
                RawField(key: "a", value: .string("1"), column: 1),
                RawField(key: "b", value: .string("2"), column: 3),
                RawField(key: "c", value: .string("3"), column: 5),
            ]),
            RawRecord(line: 3, fields: [
                RawField(key: "a", value: .string("x"), column: 1),
                RawField(key: "b", value: .string("yy"), column: 3),
                RawField(key: "c", value: .string("z"), column: 6),
            ]),
        ])
    }

    func testEmptyUnquotedCellIsOmittedButQuotedEmptyIsKept() {
        let results = RawTest.csv("a,b,c\n1,,3\n,\"\",\n")
        XCTAssertEqual(results.map { $0.record }, [
            RawRecord(line: 2, fields: [
                RawField(key: "a", value: .string("1"), column: 1),
                RawField(key: "c", value: .string("3"), column: 4),
            ]),
            RawRecord(line: 3, fields: [RawField(key: "b", value: .string(""), column: 2)]),
        ])
    }

    func testQuotedCellsWithCommasAndEscapedQuotes() throws {
        let record = try XCTUnwrap(RawTest.csv("a,b,c\n\"x,y\",\"he said \"\"hi\"\"\",\"\"\"\"\n")[0].record)
        XCTAssertEqual(record["a"]?.value, .string("x,y"))
        XCTAssertEqual(record["b"]?.value, .string("he said \"hi\""))
        XCTAssertEqual(record["b"]?.column, 7)
        XCTAssertEqual(record["c"]?.value, .string("\""))
    }

    func testLineBreakInAQuotedCellIsRefusedAndTheNextRecordKeepsItsLine() {
        // Record 1 spans lines 2–3; the line feed after "line1" is on line 2, column 7
        // (quote at 1, "line1" at 2–6). Event text is one line, as in JSON Lines.
        let results = RawTest.csv("a,b\n\"line1\nline2\",x\n3,4\n")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 7, code: .controlCharacter, detail: "U+000A"))
        XCTAssertEqual(results[1].record, RawRecord(line: 4, fields: [
            RawField(key: "a", value: .string("3"), column: 1),
            RawField(key: "b", value: .string("4"), column: 3),
        ]))
        XCTAssertEqual(results.count, 2)
    }

    func testErrorAfterMultiLineRecordHasTheRightLine() {
        let results = RawTest.csv("a,b\n\"1\n\n\n\",2\n3,x\"y\n")
        XCTAssertEqual(results[0].error, RawReadError(line: 2, column: 3, code: .controlCharacter, detail: "U+000A"))
        XCTAssertEqual(results[1].error, RawReadError(line: 6, column: 4, code: .strayQuote))
    }

    func testCRLF() {
        // CRLF ends records; inside quotes the CR (line 3, column 3) is refused like any line break.
        let results = RawTest.csv("a,b\r\n1,2\r\n\"x\r\ny\",\"q\"\r\n5,6\r\n")
        XCTAssertEqual(results.map { $0.record }, [
            RawRecord(line: 2, fields: [
                RawField(key: "a", value: .string("1"), column: 1),
                RawField(key: "b", value: .string("2"), column: 3),
            ]),
            nil,
            RawRecord(line: 5, fields: [
                RawField(key: "a", value: .string("5"), column: 1),
                RawField(key: "b", value: .string("6"), column: 3),
            ]),
        ])
        XCTAssertEqual(results[1].error, RawReadError(line: 3, column: 3, code: .controlCharacter, detail: "U+000D"))
    }

    func testByteOrderMarkIsNotPartOfTheFirstName() {
        let results = RawTest.csv(bytes: [0xEF, 0xBB, 0xBF] + Array("id,x\n7,8".utf8))
        XCTAssertEqual(results.map { $0.record?["id"] }, [RawField(key: "id", value: .string("7"), column: 1)])
    }

    func testBlankLinesAreSkipped() {
        XCTAssertEqual(RawTest.csv("\na\n\n1\n\r\n2").map { $0.record?.line }, [4, 6])
    }

    /// A spreadsheet writes an empty row as separators only: no record, as a blank line; a row with
    /// one cell filled, or one quoted empty cell, is a record.
    func testRowsOfSeparatorsOnlyAreSkipped() {
        let results = RawTest.csv("a,b,c\r\n1,2,3\r\n,,\r\n,,\r\n,5,\r\n,\"\",\r\n")
        XCTAssertEqual(results.map { $0.record?.line }, [2, 5, 6])
        XCTAssertEqual(results.map { $0.record?.fields.map(\.key) }, [["a", "b", "c"], ["b"], ["b"]])
    }

    func testValuesAreNotTrimmedOrTyped() throws {
        let record = try XCTUnwrap(RawTest.csv("a,b\n 1 ,true\n")[0].record)
        XCTAssertEqual(record.fields.map(\.value), [.string(" 1 "), .string("true")])
    }

    func testTrailingCommaMeansAnEmptyLastCell() {
        XCTAssertEqual(RawTest.csv("a,b\n1,\n").map { $0.record?.fields.map(\.key) }, [["a"]])
    }

    func testNonASCIIColumns() throws {
        let record = try XCTUnwrap(RawTest.csv("tên,tuổi\nHà Nội,30\n")[0].record)
        XCTAssertEqual(record["tuổi"], RawField(key: "tuổi", value: .string("30"), column: 8))
    }

    func testEmptyFileAndHeaderOnly() {
        XCTAssertTrue(RawTest.csv("").isEmpty)
        XCTAssertTrue(RawTest.csv("\n\r\n").isEmpty)
        XCTAssertTrue(RawTest.csv("a,b\n").isEmpty)
        XCTAssertTrue(RawTest.csv("a,b").isEmpty)
    }

    func testQuotedHeaderNames() {
        XCTAssertEqual(RawTest.csv("\"a,1\",\"b\"\"\"\nx,y").map { $0.record?.fields.map(\.key) }, [["a,1", "b\""]])
    }
}
