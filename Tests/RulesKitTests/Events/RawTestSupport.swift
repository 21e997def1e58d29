import XCTest
@testable import RulesKit

/// Shorthands shared by the raw-reader tests.
enum RawTest {
    static func json(_ text: String, options: RawReaderOptions = .default) -> [Result<RawRecord, RawReadError>] {
        Array(JSONLinesReader(string: text, options: options))
    }

    static func json(bytes: [UInt8], options: RawReaderOptions = .default) -> [Result<RawRecord, RawReadError>] {
        Array(JSONLinesReader(bytes: bytes, options: options))
    }

    static func csv(_ text: String, options: RawReaderOptions = .default) -> [Result<RawRecord, RawReadError>] {
        Array(CSVReader(string: text, options: options))
    }

    static func csv(bytes: [UInt8], options: RawReaderOptions = .default) -> [Result<RawRecord, RawReadError>] {
        Array(CSVReader(bytes: bytes, options: options))
    }

    /// The single error a one-line input must produce.
    static func jsonError(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> RawReadError? {
        jsonError(bytes: Array(text.utf8), file: file, line: line)
    }

    static func jsonError(bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> RawReadError? {
        let results = json(bytes: bytes)
        guard results.count == 1, case .failure(let error) = results[0] else {
            XCTFail("expected exactly one error, got \(results)", file: file, line: line)
            return nil
        }
        return error
    }

    static func temporaryFile(_ bytes: [UInt8], suffix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("rawtest-\(UUID().uuidString)\(suffix)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

extension Result where Success == RawRecord, Failure == RawReadError {
    var record: RawRecord? {
        if case .success(let r) = self { return r }
        return nil
    }

    var error: RawReadError? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
