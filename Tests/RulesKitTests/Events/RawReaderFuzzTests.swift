import XCTest
@testable import RulesKit

/// Deterministic random inputs built from the bytes the parsers care about. Checks that
/// nothing crashes (debug builds bounds-check every buffer access) and that chunked file
/// reading agrees with in-memory reading on arbitrary garbage.
final class RawReaderFuzzTests: XCTestCase {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let alphabet: [[UInt8]] = [
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(":".utf8), Array(",".utf8),
        Array("\"".utf8), Array("\\".utf8), Array("\\u".utf8), Array("d83d".utf8), Array("\\ude00".utf8),
        Array("\n".utf8), Array("\r\n".utf8), Array(" ".utf8), Array("a".utf8), Array("0".utf8), Array("-1.5e3".utf8),
        Array("true".utf8), Array("null".utf8), Array("é".utf8), [0xFF], [0xE2, 0x82], [0x00], [0x09],
        Array(#"{"k":1}"#.utf8), Array(#""x""#.utf8), [0xEF, 0xBB, 0xBF],
    ]

    private func randomInput(_ generator: inout Generator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<generator.next(80) {
            bytes += Self.alphabet[generator.next(Self.alphabet.count)]
        }
        return bytes
    }

    func testRandomInputsAgreeBetweenMemoryAndChunkedFile() throws {
        var generator = Generator(state: 42)
        let directory = FileManager.default.temporaryDirectory
        let path = directory.appendingPathComponent("rawfuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for iteration in 0..<300 {
            let bytes = randomInput(&generator)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let options = RawReaderOptions(maxLineBytes: 40, maxDepth: 4)
            let chunked = RawReaderOptions(maxLineBytes: 40, maxDepth: 4, chunkSize: 1 + iteration % 5)
            XCTAssertEqual(Array(JSONLinesReader(path: path, options: chunked)),
                           Array(JSONLinesReader(bytes: bytes, options: options)), "JSON iteration \(iteration)")
            XCTAssertEqual(Array(CSVReader(path: path, options: chunked)),
                           Array(CSVReader(bytes: bytes, options: options)), "CSV iteration \(iteration)")
        }
    }
}
