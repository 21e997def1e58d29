import Foundation
import RulesKit

enum EventPaths {
    /// The same events file named twice (however its path is spelt) would make every record of the
    /// second reading a duplicate of itself, and with `--skip-invalid` weaken verdicts: refused.
    static func checkDistinct(_ paths: [String]) throws(Arguments.UsageError) {
        var seen: [String: String] = [:]
        for path in paths {
            let key = path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            if let first = seen[key] {
                let named = first == path ? "'\(path)'" : "'\(first)' ('\(path)')"
                throw .init(message: Localized(vi: "tệp sự kiện \(named) được đưa vào hai lần: mỗi bản ghi của lần đọc thứ hai sẽ trùng mã với chính nó",
                                               en: "the events file \(named) is given twice: every record of the second reading would duplicate itself"))
            }
            seen[key] = path
        }
    }
}
