import XCTest
@testable import RulesKit

final class JSONLinesReaderTests: XCTestCase {
    func testAllValueKindsAndKeyColumns() throws {
        // Columns: `{`=1, `"s"` starts at 2; after `"s":"x",` (8 chars) `"n"` starts at 10, etc.
        let line = #"{"s":"x","n":-3.50,"t":true,"f":false,"z":null,"a":[1,"b"],"o":{}}"#
        let results = RawTest.json(line)
        XCTAssertEqual(results.count, 1)
        let record = try XCTUnwrap(results[0].record)
        XCTAssertEqual(record.line, 1)
        XCTAssertEqual(record.fields, [
            RawField(key: "s", value: .string("x"), column: 2),
            RawField(key: "n", value: .number("-3.50"), column: 10),
            RawField(key: "t", value: .bool(true), column: 20),
            RawField(key: "f", value: .bool(false), column: 29),
            RawField(key: "z", value: .null, column: 39),
            RawField(key: "a", value: .array([.number("1"), .string("b")]), column: 48),
            RawField(key: "o", value: .object([]), column: 60),
        ])
    }

    func testNumbersKeepTheirLiteralText() throws {
        let record = try XCTUnwrap(RawTest.json(#"{"a":12,"b":-0,"c":1e3,"d":1E+10,"e":-12.340e-5,"f":0.5}"#)[0].record)
        XCTAssertEqual(record.fields.map(\.value), [
            .number("12"), .number("-0"), .number("1e3"), .number("1E+10"), .number("-12.340e-5"), .number("0.5"),
        ])
    }

    func testNestedValuesAndTheirColumns() throws {
        // {"o":{"x":[1,{"y":null}],"z":{}},"arr":[]}
        // offsets: { 0, "o" 1, { 5, "x" 6, [ 10, 1 11, { 13, "y" 14, ... "z" 26, "arr" 34
        let record = try XCTUnwrap(RawTest.json(#"{"o":{"x":[1,{"y":null}],"z":{}},"arr":[]}"#)[0].record)
        XCTAssertEqual(record.fields, [
            RawField(key: "o", value: .object([
                RawField(key: "x", value: .array([.number("1"), .object([RawField(key: "y", value: .null, column: 15)])]), column: 7),
                RawField(key: "z", value: .object([]), column: 26),
            ]), column: 2),
            RawField(key: "arr", value: .array([]), column: 34),
        ])
    }

    func testWhitespaceAroundTokens() throws {
        let record = try XCTUnwrap(RawTest.json(" { \"a\" : 1 ,\t\"b\" : [ 1 , 2 ] } ")[0].record)
        XCTAssertEqual(record.fields, [
            RawField(key: "a", value: .number("1"), column: 4),
            RawField(key: "b", value: .array([.number("1"), .number("2")]), column: 14),
        ])
    }

    func testEscapes() throws {
        // Control characters are refused even as escapes (JSONLinesErrorTests); these are text.
        let line = #"{"a":"x\"\\\/\u00e9\u00E9y"}"#
        let record = try XCTUnwrap(RawTest.json(line)[0].record)
        XCTAssertEqual(record["a"]?.value, .string("x\"\\/éé" + "y"))
    }

    func testSurrogatePairBecomesOneScalar() throws {
        let record = try XCTUnwrap(RawTest.json(#"{"a":"\ud83d\ude00!","b":"\uD834\uDD1E"}"#)[0].record)
        XCTAssertEqual(record["a"]?.value, .string("😀!"))
        XCTAssertEqual(record["b"]?.value, .string("𝄞"))
    }

    func testEscapedAndPlainKeysAreTheSameKey() throws {
        let record = try XCTUnwrap(RawTest.json(#"{"\u0061b":1}"#)[0].record)
        XCTAssertEqual(record["ab"]?.column, 2)
    }

    func testSameKeyInDifferentObjectsIsAllowed() throws {
        let record = try XCTUnwrap(RawTest.json(#"{"a":{"a":1},"b":{"a":2},"c":[{"a":1},{"a":2}]}"#)[0].record)
        XCTAssertEqual(record.fields.map(\.key), ["a", "b", "c"])
    }

    func testNonASCIIColumnsCountCharacters() throws {
        // {"tên":"Hà Nội","x":1} — "x" is the 17th character although the 21st byte.
        let record = try XCTUnwrap(RawTest.json(#"{"tên":"Hà Nội","x":1}"#)[0].record)
        XCTAssertEqual(record["tên"]?.value, .string("Hà Nội"))
        XCTAssertEqual(record["x"]?.column, 17)
    }

    func testCombiningMarksCountAsOneCharacter() throws {
        // "é" written as e + U+0301: one character on screen, so "b" is at column 10, not 11.
        let record = try XCTUnwrap(RawTest.json("{\"a\":\"e\u{301}\",\"b\":1}")[0].record)
        XCTAssertEqual(record["a"]?.value, .string("e\u{301}"))
        XCTAssertEqual(record["b"]?.column, 10)
    }

    func testBlankLinesAreSkippedButCounted() {
        let results = RawTest.json("\n\n{\"a\":1}\n   \n\t\r\n{\"b\":2}\n\n")
        XCTAssertEqual(results.map { $0.record?.line }, [3, 6])
    }

    func testCRLFLineEnds() {
        let results = RawTest.json("{\"a\":1}\r\n{\"b\":\"x\"}\r\n")
        XCTAssertEqual(results.map { $0.record }, [
            RawRecord(line: 1, fields: [RawField(key: "a", value: .number("1"), column: 2)]),
            RawRecord(line: 2, fields: [RawField(key: "b", value: .string("x"), column: 2)]),
        ])
    }

    func testLastLineWithoutNewline() {
        XCTAssertEqual(RawTest.json("{\"a\":1}\n{\"b\":2}").map { $0.record?.line }, [1, 2])
    }

    func testByteOrderMarkIsSkippedAndNotCounted() throws {
        let results = RawTest.json(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\":1}\n{\"b\":2}".utf8))
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[0].record, RawRecord(line: 1, fields: [RawField(key: "a", value: .number("1"), column: 2)]))
    }

    func testByteOrderMarkInsideTheFileIsAnError() throws {
        let results = RawTest.json(bytes: Array("{\"a\":1}\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        XCTAssertEqual(results[1].error, RawReadError(line: 2, column: 1, code: .notJSON, detail: "U+FEFF"))
    }

    func testEmptyInputsGiveNoRecords() {
        XCTAssertTrue(RawTest.json("").isEmpty)
        XCTAssertTrue(RawTest.json("\n\n  \n").isEmpty)
        XCTAssertTrue(RawTest.json(bytes: [0xEF, 0xBB, 0xBF]).isEmpty)
    }

    func testEmptyObjectIsARecord() {
        XCTAssertEqual(RawTest.json("{}").map { $0.record }, [RawRecord(line: 1, fields: [])])
    }

    func testErrorsDoNotStopTheStream() {
        let text = """
        {"a":1}
        [1,2]
        {"a":1,"a":2}
        {"b":"unterminated
        {"c":3}
        """
        let results = RawTest.json(text)
        XCTAssertEqual(results.count, 5)
        XCTAssertEqual(results[0].record?.line, 1)
        XCTAssertEqual(results[1].error?.code, .notAnObject)
        XCTAssertEqual(results[2].error?.code, .duplicateKey)
        XCTAssertEqual(results[3].error?.code, .unterminatedString)
        XCTAssertEqual(results[4].record, RawRecord(line: 5, fields: [RawField(key: "c", value: .number("3"), column: 2)]))
    }

    func testRecordSubscript() throws {
        let record = try XCTUnwrap(RawTest.json(#"{"a":1,"b":"x"}"#)[0].record)
        XCTAssertEqual(record["b"], RawField(key: "b", value: .string("x"), column: 8))
        XCTAssertNil(record["c"])
    }

    func testDepthLimitAllowsExactlyMaxDepth() {
        let options = RawReaderOptions(maxDepth: 3)
        XCTAssertNotNil(RawTest.json(#"{"a":{"b":[1]}}"#, options: options)[0].record)
        XCTAssertEqual(RawTest.json(#"{"a":{"b":[[1]]}}"#, options: options)[0].error?.code, .nestingTooDeep)
    }

    func testReaderCanBeIteratedTwice() {
        let reader = JSONLinesReader(string: "{\"a\":1}\n{\"b\":2}")
        XCTAssertEqual(Array(reader).map { $0.record }, Array(reader).map { $0.record })
    }
}
