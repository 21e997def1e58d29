/// Units a duration literal can carry. Working days are counted on the calendar in force.
public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
    case minutes, hours, days, workingDays = "working days", weeks, months, years
}

public struct DateLiteral: Hashable, Sendable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

public struct TimeLiteral: Hashable, Sendable {
    public var hour: Int, minute: Int
    public var minutes: Int { hour * 60 + minute }
}

public enum TokenKind: Hashable, Sendable {
    case identifier(String)
    case string(String)
    case integer(Int64)
    /// `2/3`, `0.5` — exact.
    case rational(Rational)
    /// `80%` — stored as the fraction 4/5.
    case percent(Rational)
    case date(DateLiteral)
    case time(TimeLiteral)
    case duration(Int64, DurationUnit)
    case symbol(String)
    case endOfFile
    /// Text the lexer could not make sense of; already reported.
    case invalid
}

public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// The exact source text of the token, kept for the formatter and for messages.
    public var text: String

    public var identifier: String? {
        if case .identifier(let s) = kind { return s }
        return nil
    }

    public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
}

/// A comment, kept so the formatter can put it back exactly.
public struct Comment: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
}
