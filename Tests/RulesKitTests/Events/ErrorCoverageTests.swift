import XCTest
@testable import RulesKit

/// Guards against adding a `Code` that no input can produce (or that no test covers).
final class ErrorCoverageTests: XCTestCase {
    func testEveryCodeIsProducedBySomeInput() {
        let small = RawReaderOptions(maxLineBytes: 4)
        let json: [([UInt8], RawReaderOptions)] = [
            (Array("x".utf8), .default),
            (Array("{".utf8), .default),
            (Array(#"{"a":1"#.utf8), .default),
            (Array("[1]".utf8), .default),
            (Array(#"{"a":1,"a":2}"#.utf8), .default),
            (Array(#"{"a":"b"#.utf8), .default),
            (Array(#"{"a":"\q"}"#.utf8), .default),
            (Array(#"{"a":01}"#.utf8), .default),
            (Array("{\"a\":\"\t\"}".utf8), .default),
            (Array("{} x".utf8), .default),
            (Array(String(repeating: "[", count: 100).utf8), .default),
            ([0xFF], .default),
            ([0x00], .default),
            (Array("{\"a\":1}".utf8), small),
        ]
        let csv: [String] = [
            "a\n\"x", "a\nx\"y", "a\n\"x\"y", "a\n1,2", "a,,b", "a,a",
        ]
        var produced = Set<RawReadError.Code>()
        for (bytes, options) in json {
            for case .failure(let error) in JSONLinesReader(bytes: bytes, options: options) { produced.insert(error.code) }
        }
        for text in csv {
            for case .failure(let error) in CSVReader(string: text) { produced.insert(error.code) }
        }
        for case .failure(let error) in JSONLinesReader(path: "/nonexistent.jsonl") { produced.insert(error.code) }
        XCTAssertEqual(produced, Set(RawReadError.Code.allCases))
    }
}
