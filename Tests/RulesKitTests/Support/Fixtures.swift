import Foundation

/// Paths to files the tests read: the fixtures bundled with the tests and the repository's own
/// `Rules/` and `examples/`, found from this file's location so `swift test` works from any directory.
enum Fixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func repositoryFile(_ relative: String) -> URL { repositoryRoot.appendingPathComponent(relative) }

    static func files(in relative: String, withExtension ext: String) -> [URL] {
        let dir = repositoryFile(relative)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
}
