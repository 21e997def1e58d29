/// One problem found in a source file, by any stage: lexer, parser, checker.
/// Its code (`DiagnosticCode`) is stable, so editors and tests can match on it, and carries its severity.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var id: DiagnosticCode
    public var range: SourceRange
    public var message: Localized
    public var hint: Localized?

    /// The stable code, e.g. `C020`.
    public var code: String { id.rawValue }
    public var severity: Severity { id.severity }

    public init(_ id: DiagnosticCode, at range: SourceRange, _ message: Localized, hint: Localized? = nil) {
        self.id = id
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
