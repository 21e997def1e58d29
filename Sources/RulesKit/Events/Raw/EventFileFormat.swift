/// The on-disk layouts of event logs the raw readers understand.
public enum EventFileFormat: String, Sendable, Equatable, CaseIterable {
    case jsonLines
    case csv
    /// The extension names neither format; callers decide whether to ask the user.
    case unknown

    /// Picks the format from the file extension (case-insensitive).
    ///
    /// `.json` counts as JSON Lines because event exports named `.json` are in practice
    /// one object per line; a single JSON document would not stream.
    public static func detect(path: String) -> EventFileFormat {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return .unknown }
        switch name[name.index(after: dot)...].lowercased() {
        case "jsonl", "ndjson", "json": return .jsonLines
        case "csv": return .csv
        default: return .unknown
        }
    }
}
