import XCTest
@testable import RulesKit

/// Reading from disk with tiny chunks must give exactly what reading from memory gives:
/// this forces every line, escape, quote and multi-byte character across refill borders.
final class FileStreamingTests: XCTestCase {
    private var paths: [String] = []

    override func tearDown() {
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
        paths = []
        super.tearDown()
    }

    private func file(_ bytes: [UInt8], suffix: String) throws -> String {
        let path = try RawTest.temporaryFile(bytes, suffix: suffix)
        paths.append(path)
        return path
    }

    private static let jsonSample: [UInt8] = [0xEF, 0xBB, 0xBF] + Array([
        #"{"type":"meeting","id":"m-1","present":9,"ok":true}"# + "\n",
        "\n",
        #"{"a":"Hà Nội \u00e9 \ud83d\ude00","b":[1,{"c":null}]}"# + "\r\n",
        #"{"long":""# + String(repeating: "x", count: 100) + "\"}\n",
        "[1,2]\n",
        #"{"a":1,"a":2}"# + "\n",
        #"{"after":"long"}"# + "\n",
        #"{"tail":""# + String(repeating: "y", count: 70) + "\"}",
    ].joined().utf8)

    private static let csvSample: [UInt8] = [0xEF, 0xBB, 0xBF] + Array([
        "id,note,n\r\n",
        "1,\"multi\r\n",
        "line, with \"\"quotes\"\"\",7\r\n",
        "2,,8\n",
        "3,\"" + String(repeating: "z", count: 80) + "\n",
        "still long\",9\n",
        "4,Hà Nội,10\n",
        "5,x\"y,11\n",
        "6,\"last",
    ].joined().utf8)

    func testJSONFromFileMatchesMemoryForAnyChunkSize() throws {
        let path = try file(Self.jsonSample, suffix: ".jsonl")
        let expected = RawTest.json(bytes: Self.jsonSample, options: RawReaderOptions(maxLineBytes: 64))
        XCTAssertEqual(expected.map { $0.error?.code }, [nil, nil, .lineTooLong, .notAnObject, .duplicateKey, nil, .lineTooLong])
        XCTAssertEqual(expected.map { $0.record?.line ?? $0.error?.line }, [1, 3, 4, 5, 6, 7, 8])
        for chunk in [1, 2, 3, 7, 64, 1 << 20] {
            let options = RawReaderOptions(maxLineBytes: 64, chunkSize: chunk)
            XCTAssertEqual(Array(JSONLinesReader(path: path, options: options)), expected, "chunk \(chunk)")
        }
    }

    func testCSVFromFileMatchesMemoryForAnyChunkSize() throws {
        let path = try file(Self.csvSample, suffix: ".csv")
        let expected = RawTest.csv(bytes: Self.csvSample, options: RawReaderOptions(maxLineBytes: 64))
        XCTAssertEqual(expected.map { $0.error?.code }, [.controlCharacter, nil, .lineTooLong, nil, .strayQuote, .unterminatedQuote])
        XCTAssertEqual(expected.map { $0.record?.line ?? $0.error?.line }, [2, 4, 5, 7, 8, 9])
        // The quoted cell spans lines 2–3 and is cut as one record; its CR (after `1,"multi`) is refused.
        XCTAssertEqual(expected[0].error?.column, 9)
        for chunk in [1, 2, 3, 7, 64, 1 << 20] {
            let options = RawReaderOptions(maxLineBytes: 64, chunkSize: chunk)
            XCTAssertEqual(Array(CSVReader(path: path, options: options)), expected, "chunk \(chunk)")
        }
    }

    func testLongLineIsNotBuffered() throws {
        let long = Array("{\"a\":\"".utf8) + [UInt8](repeating: 0x61, count: 200_000) + Array("\"}\n{\"b\":1}".utf8)
        let path = try file(long, suffix: ".jsonl")
        let input = ByteInput(path: path, chunkSize: 16, maxLineBytes: 100)
        var splitter = LineSplitter(input: input, maxLineBytes: 100)
        var events: [String] = []
        while let event = splitter.next() {
            switch event {
            case .line(let bytes, let number): events.append("line \(number) \(bytes.count)")
            case .tooLong(let number): events.append("tooLong \(number)")
            case .ioError(let reason, _): events.append("io \(reason)")
            }
            XCTAssertLessThanOrEqual(input.capacity, 100 + 16 + 1)
        }
        XCTAssertEqual(events, ["tooLong 1", "line 2 7"])
    }

    func testLongLineRunningToEndOfFile() throws {
        let path = try file(Array("{\"a\":1}\n".utf8) + [UInt8](repeating: 0x20, count: 500), suffix: ".jsonl")
        let results = Array(JSONLinesReader(path: path, options: RawReaderOptions(maxLineBytes: 100, chunkSize: 32)))
        XCTAssertEqual(results.map { $0.error?.code }, [nil, .lineTooLong])
    }

    func testMissingFileIsOneIOError() {
        let path = "/nonexistent/dir/events.jsonl"
        for results in [Array(JSONLinesReader(path: path)), Array(CSVReader(path: path))] {
            XCTAssertEqual(results.count, 1)
            XCTAssertEqual(results.first?.error?.code, .ioError)
            XCTAssertEqual(results.first?.error?.line, 0)
            XCTAssertTrue(results.first?.error?.detail.hasPrefix(path) ?? false)
        }
    }

    func testDirectoryIsAnIOError() {
        let results = Array(JSONLinesReader(path: FileManager.default.temporaryDirectory.path))
        XCTAssertEqual(results.map { $0.error?.code }, [.ioError])
    }

    func testEmptyFile() throws {
        let path = try file([], suffix: ".jsonl")
        XCTAssertTrue(Array(JSONLinesReader(path: path)).isEmpty)
        XCTAssertTrue(Array(CSVReader(path: path)).isEmpty)
    }
}
