import XCTest
@testable import RulesKit

/// One test per error code (and its tricky variants); columns are 1-based characters.
final class JSONLinesErrorTests: XCTestCase {
    private func expect(_ text: String, _ code: RawReadError.Code, column: Int, detail: String = "",
                        file: StaticString = #filePath, line: UInt = #line) {
        expect(bytes: Array(text.utf8), code, column: column, detail: detail, file: file, line: line)
    }

    private func expect(bytes: [UInt8], _ code: RawReadError.Code, column: Int, detail: String = "",
                        file: StaticString = #filePath, line: UInt = #line) {
        let error = RawTest.jsonError(bytes: bytes, file: file, line: line)
        XCTAssertEqual(error, RawReadError(line: 1, column: column, code: code, detail: detail), file: file, line: line)
    }

    func testNotAnObject() {
        expect("[1,2]", .notAnObject, column: 1, detail: "array")
        expect("42", .notAnObject, column: 1, detail: "number")
        expect("  \"x\"", .notAnObject, column: 3, detail: "string")
        expect("true", .notAnObject, column: 1, detail: "boolean")
        expect("null", .notAnObject, column: 1, detail: "null")
    }

    func testMalformedNonObjectReportsTheSyntaxError() {
        expect("[1,", .unexpectedEnd, column: 4)
        expect("[1,]", .notJSON, column: 4, detail: "']'")
    }

    func testNotJSON() {
        expect("hello", .notJSON, column: 1, detail: "'h'")
        expect("{a:1}", .notJSON, column: 2, detail: "'a'")
        expect(#"{"a" 1}"#, .notJSON, column: 6, detail: "'1'")
        expect(#"{"a":tru}"#, .notJSON, column: 9, detail: "'}'")
        expect(#"{"a":1,}"#, .notJSON, column: 8, detail: "'}'")
        expect(#"{"a":.5}"#, .notJSON, column: 6, detail: "'.'")
        expect(#"{"a":NaN}"#, .notJSON, column: 6, detail: "'N'")
        expect(#"{"a":[1 2]}"#, .notJSON, column: 9, detail: "'2'")
        expect(#"{"a":'x'}"#, .notJSON, column: 6, detail: "'''")
        expect(#"{"a":é}"#, .notJSON, column: 6, detail: "U+00E9")
    }

    func testUnexpectedEnd() {
        expect(#"{"a":1,"#, .unexpectedEnd, column: 8)
        expect(#"{"a""#, .unexpectedEnd, column: 5)
        expect(#"{"a":"#, .unexpectedEnd, column: 6)
        expect(#"{"a":1"#, .unexpectedEnd, column: 7)
        expect(#"{"a":tr"#, .unexpectedEnd, column: 8)
    }

    func testDuplicateKey() {
        expect(#"{"a":1,"a":2}"#, .duplicateKey, column: 8, detail: "a")
        expect(#"{"a":{"b":1,"b":2}}"#, .duplicateKey, column: 13, detail: "b")
        expect(#"{"a":1,"\u0061":2}"#, .duplicateKey, column: 8, detail: "a")
    }

    func testDuplicateKeyAmongManyKeys() {
        // Many keys exercise the Bloom filter well beyond its sweet spot.
        let keys = (0..<200).map { "\"key\($0)\":\($0)" }
        XCTAssertNotNil(RawTest.json("{" + keys.joined(separator: ",") + "}")[0].record)
        let withDuplicate = "{" + (keys + ["\"key123\":0"]).joined(separator: ",") + "}"
        XCTAssertEqual(RawTest.jsonError(withDuplicate)?.code, .duplicateKey)
        XCTAssertEqual(RawTest.jsonError(withDuplicate)?.detail, "key123")
    }

    func testUnterminatedString() {
        expect(#"{"a":"abc"#, .unterminatedString, column: 6)
        expect(#"{"a":"abc\"#, .unterminatedString, column: 6)
        expect(#"{"a":"\u12"#, .unterminatedString, column: 6)
        expect(#"{"ab"#, .unterminatedString, column: 2)
    }

    func testUnterminatedStringAtEndOfFileAfterOtherLines() {
        let results = RawTest.json("{\"a\":1}\n{\"b\":\"open")
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[1].error, RawReadError(line: 2, column: 6, code: .unterminatedString))
    }

    func testInvalidEscape() {
        expect(#"{"a":"\x"}"#, .invalidEscape, column: 7, detail: #"\x"#)
        expect(#"{"a":"\u12G4"}"#, .invalidEscape, column: 7, detail: #"\u12G"#)
        expect(#"{"a":"\ud800"}"#, .invalidEscape, column: 7, detail: #"\ud800"#)
        expect(#"{"a":"\ud800\u0041"}"#, .invalidEscape, column: 7, detail: #"\ud800\u0041"#)
        expect(#"{"a":"\udc00"}"#, .invalidEscape, column: 7, detail: #"\udc00"#)
    }

    func testInvalidNumber() {
        expect(#"{"a":012}"#, .invalidNumber, column: 6, detail: "012")
        expect(#"{"a":-01}"#, .invalidNumber, column: 6, detail: "-01")
        expect(#"{"a":1.}"#, .invalidNumber, column: 6, detail: "1.")
        expect(#"{"a":1e}"#, .invalidNumber, column: 6, detail: "1e")
        expect(#"{"a":1e+}"#, .invalidNumber, column: 6, detail: "1e+")
        expect(#"{"a":-}"#, .invalidNumber, column: 6, detail: "-")
        expect(#"{"a":1.2.3}"#, .invalidNumber, column: 6, detail: "1.2.3")
        expect(#"{"a":12ab}"#, .invalidNumber, column: 6, detail: "12ab")
    }

    func testControlCharacterInString() {
        expect("{\"a\":\"x\ty\"}", .controlCharacter, column: 8, detail: "U+0009")
        expect("{\"a\":\"x\u{1F}\"}", .controlCharacter, column: 8, detail: "U+001F")
        // DEL and the C1 controls (U+009B is a terminal's CSI) as bytes…
        expect("{\"a\":\"x\u{7F}\"}", .controlCharacter, column: 8, detail: "U+007F")
        expect("{\"a\":\"x\u{9B}31m\"}", .controlCharacter, column: 8, detail: "U+009B")
    }

    /// The same characters written as JSON escapes are refused alike: an escape in a log would
    /// otherwise reach the terminal report as ESC, a new line or a carriage return.
    func testControlCharacterAsAnEscape() {
        expect(#"{"a":"x\u001b[2J"}"#, .controlCharacter, column: 8, detail: "U+001B")
        expect(#"{"a":"x\nNo violations."}"#, .controlCharacter, column: 8, detail: "U+000A")
        expect(#"{"a":"x\r"}"#, .controlCharacter, column: 8, detail: "U+000D")
        expect(#"{"a":"x\t"}"#, .controlCharacter, column: 8, detail: "U+0009")
        expect(#"{"a":"x\u009b"}"#, .controlCharacter, column: 8, detail: "U+009B")
        expect(#"{"a":"x\u007F"}"#, .controlCharacter, column: 8, detail: "U+007F")
        expect(#"{"a":"x\u0000"}"#, .nulByte, column: 8)
    }

    func testTrailingData() {
        expect(#"{"a":1} x"#, .trailingData, column: 9, detail: "'x'")
        expect(#"{"a":1}{"b":2}"#, .trailingData, column: 8, detail: "'{'")
        expect(#"[1] 2"#, .trailingData, column: 5, detail: "'2'")
    }

    func testDeepNestingIsAnErrorNotACrash() {
        expect(String(repeating: "[", count: 10_000), .nestingTooDeep, column: 65, detail: "64")
        expect(String(repeating: "{\"a\":", count: 10_000), .nestingTooDeep, column: 321, detail: "64")
        let balanced = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        expect(balanced, .nestingTooDeep, column: 65, detail: "64")
    }

    func testInvalidUTF8() {
        let prefix = Array(#"{"a":""#.utf8)
        let suffix = Array(#""}"#.utf8)
        expect(bytes: prefix + [0xFF] + suffix, .invalidUTF8, column: 7, detail: "0xFF")
        expect(bytes: prefix + [0xC0, 0xAF] + suffix, .invalidUTF8, column: 7, detail: "0xC0")      // overlong "/"
        expect(bytes: prefix + [0xE2, 0x82] + suffix, .invalidUTF8, column: 7, detail: "0xE2 0x82") // truncated "€"
        expect(bytes: prefix + [0xED, 0xA0, 0x80] + suffix, .invalidUTF8, column: 7, detail: "0xED") // surrogate
        expect(bytes: prefix + [0xF4, 0x90, 0x80, 0x80] + suffix, .invalidUTF8, column: 7, detail: "0xF4") // > U+10FFFF
        expect(bytes: prefix + [0x80] + suffix, .invalidUTF8, column: 7, detail: "0x80")
        expect(bytes: [0xFF] + Array("{}".utf8), .invalidUTF8, column: 1, detail: "0xFF")
        expect(bytes: prefix + [0xF0, 0x9F, 0x98], .invalidUTF8, column: 7, detail: "0xF0 0x9F 0x98") // cut at line end
    }

    func testInvalidUTF8ColumnCountsPrecedingCharacters() {
        // {"é":"<FF>"}: the bad byte is the 8th byte but the 7th character.
        expect(bytes: Array(#"{"é":""#.utf8) + [0xFF] + Array(#""}"#.utf8), .invalidUTF8, column: 7, detail: "0xFF")
    }

    func testNulByte() {
        expect(bytes: Array(#"{"a":"x"#.utf8) + [0] + Array(#""}"#.utf8), .nulByte, column: 8)
        expect(bytes: Array(#"{"a":1}"#.utf8) + [0], .nulByte, column: 8)
        expect(bytes: [0, 0x7B, 0x7D], .nulByte, column: 1)
    }

    func testUTF16FileGivesNulByteErrors() {
        // `{}` in UTF-16LE is 7B 00 7D 00: a common mistake when exporting from Windows tools.
        expect(bytes: [0x7B, 0x00, 0x7D, 0x00], .nulByte, column: 2)
    }

    func testLineTooLongIsSkippedAndTheNextLineRead() {
        let options = RawReaderOptions(maxLineBytes: 10)
        let results = RawTest.json("{\"a\":\"0123456789\"}\n{\"a\":\"12\"}\n", options: options)
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[0].error, RawReadError(line: 1, column: 1, code: .lineTooLong, detail: "10"))
        XCTAssertEqual(results[1].record?.line, 2) // exactly 10 bytes is allowed
    }

    func testErrorLineNumbersAfterBlankLines() {
        let results = RawTest.json("\n\n[1]\n")
        XCTAssertEqual(results.map { $0.error?.line }, [3])
    }
}
