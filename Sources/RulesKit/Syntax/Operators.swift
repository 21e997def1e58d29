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

    /// The comparison that holds exactly when this one does not (`<` for `>=`); itself for the others.
    public var negated: Operator {
        switch self {
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .equal: .notEqual
        case .notEqual: .equal
        case .in: .notIn
        case .notIn: .in
        default: self
        }
    }
}

/// What an aggregate makes of the values it ranges over.
public enum Aggregate: String, Sendable, CaseIterable {
    case sum, min, max, average
}

public enum UnaryOperator: String, Sendable {
    case not
    case negate = "-"
}
