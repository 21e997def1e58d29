/// A point in a source text. Columns count characters (grapheme clusters), not bytes,
/// so a caret lands under the right letter of a Vietnamese line.
public struct SourcePosition: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
}

/// A half-open range of source text; every token and syntax node carries one.
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(_ start: SourcePosition, _ end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static let none = SourceRange(SourcePosition(line: 0, column: 0, offset: 0),
                                         SourcePosition(line: 0, column: 0, offset: 0))

    public func to(_ other: SourceRange) -> SourceRange { SourceRange(start, other.end) }
}

/// A source file with its text split into lines once, for diagnostics.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // "\r\n" is one Character in Swift: split on it too, or a Windows file is one long line.
        self.lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    public func line(_ n: Int) -> Substring? {
        guard n >= 1, n <= lines.count else { return nil }
        let l = lines[n - 1]
        return l.last == "\r" ? l.dropLast() : l
    }
}
