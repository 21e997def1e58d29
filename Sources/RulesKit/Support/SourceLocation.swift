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

extension SourceFile {
    /// The text a range covers, its lines joined by a space: a condition quoted back to the reader.
    public func excerpt(_ r: SourceRange) -> String {
        guard r.start.line >= 1, r.end.line >= r.start.line, r.end.line <= lines.count else { return "" }
        var parts: [String] = []
        for n in r.start.line...r.end.line {
            guard let l = line(n) else { continue }
            let from = n == r.start.line ? max(r.start.column - 1, 0) : 0
            let to = n == r.end.line ? min(max(r.end.column - 1, from), l.count) : l.count
            guard from < l.count else { continue }
            parts.append(String(l.dropFirst(from).prefix(to - from)).trimmingWhitespace())
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
