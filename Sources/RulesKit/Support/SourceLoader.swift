import Foundation

/// Reads a file for the language front end. Failures are values, not crashes, so the
/// command line can say exactly what was wrong with the path.
public enum SourceLoader {
    public enum Failure: Error, Sendable {
        case notFound(String)
        case isDirectory(String)
        case unreadable(String)
        /// 1-based line and column (in characters) of the first byte that is not UTF-8.
        case invalidUTF8(String, line: Int, column: Int)

        public func message(_ lang: Language) -> String {
            switch self {
            case .notFound(let p):
                Localized(vi: "\(p): không tìm thấy tệp", en: "\(p): no such file").text(lang)
            case .isDirectory(let p):
                Localized(vi: "\(p): là một thư mục, không phải tệp", en: "\(p): is a directory, not a file").text(lang)
            case .unreadable(let p):
                Localized(vi: "\(p): không đọc được tệp", en: "\(p): cannot read the file").text(lang)
            case .invalidUTF8(let p, let line, let col):
                Localized(vi: "\(p):\(line):\(col): tệp không phải văn bản UTF-8 hợp lệ",
                          en: "\(p):\(line):\(col): the file is not valid UTF-8 text").text(lang)
            }
        }
    }

    /// Why a path cannot be read as a file, if it cannot.
    public static func problem(with path: String) -> Failure? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .notFound(path) }
        if isDir.boolValue { return .isDirectory(path) }
        guard FileManager.default.isReadableFile(atPath: path) else { return .unreadable(path) }
        return nil
    }

    public static func load(_ path: String) -> Result<SourceFile, Failure> {
        if let p = problem(with: path) { return .failure(p) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable(path)) }
        return decode(Array(data), path: path).map { SourceFile(path: path, text: $0) }
    }

    /// UTF-8 text without a byte-order mark, or where the first invalid byte is.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let s = String(validating: body, as: UTF8.self) { return .success(s) }
        // Locate the bad byte: decode the longest valid prefix, then count lines and columns in it.
        var line = 1, column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error: break loop
            }
        }
        return .failure(.invalidUTF8(path, line: line, column: column))
    }
}
