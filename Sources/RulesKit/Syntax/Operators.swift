/// The operators of the language, as the parser reads them and every later stage uses them: each
/// word once, so a misspelt one is a compile error, not a comparison that never matches.
public enum Operator: String, Sendable, CaseIterable {
    case and, or
    case equal = "==", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in` = "in", notIn = "not in"
    case plus = "+", minus = "-", times = "*", divided = "/", of

    /// `+ - * / of`: numbers, dates and durations in, a value out.
    public var isArithmetic: Bool { [.plus, .minus, .times, .divided, .of].contains(self) }
    /// `< <= > >=`.
    public var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
}

public enum UnaryOperator: String, Sendable {
    case not
    case negate = "-"
}
