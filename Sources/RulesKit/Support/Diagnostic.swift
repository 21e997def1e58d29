/// One problem found in a source file, by any stage: lexer, parser, checker.
/// `code` is stable (e.g. `E201`) so editors and tests can match on it.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var code: String
    public var severity: Severity
    public var range: SourceRange
    public var message: Localized
    public var hint: Localized?

    public init(_ code: String, _ severity: Severity = .error, at range: SourceRange,
                _ message: Localized, hint: Localized? = nil) {
        self.code = code
        self.severity = severity
        self.range = range
        self.message = message
        self.hint = hint
    }
}

/// Diagnostics gathered for one file, in source order.
public struct DiagnosticBag: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public mutating func add(_ d: Diagnostic) { items.append(d) }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    public var sorted: [Diagnostic] { items.inSourceOrder }
}

extension [Diagnostic] {
    /// In the order they occur in the file; those at one place in the order they were found.
    public var inSourceOrder: [Diagnostic] {
        enumerated().sorted { a, b in
            a.element.range.start.offset != b.element.range.start.offset
                ? a.element.range.start.offset < b.element.range.start.offset
                : a.offset < b.offset
        }.map(\.element)
    }
}
