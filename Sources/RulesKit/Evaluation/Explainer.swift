/// Writes out the values behind a verdict: `present 7 < 2/3 × 11 = 22/3`. Only the parts that
/// decided the outcome are shown, so a supervisor reads the reason, not the whole formula.
struct Explainer {
    let ev: ExpressionEvaluator

    private static let negated: [Operator: Operator] = [.less: .greaterOrEqual, .lessOrEqual: .greater, .greater: .lessOrEqual,
                                                        .greaterOrEqual: .less, .equal: .notEqual, .notEqual: .equal, .in: .notIn, .notIn: .in]
    private static let shown: [Operator: String] = [.lessOrEqual: "≤", .greaterOrEqual: "≥", .notEqual: "≠", .equal: "=", .times: "×",
                                                     .of: "×", .minus: "−"]

    /// Why `e` did not come out true.
    func whyNot(_ e: CExpr, _ slots: [Int]) -> String {
        switch e.kind {
        case .binary(.and, let a, let b):
            return [a, b].filter { ev.eval($0, slots) != .boolean(true) }.map { whyNot($0, slots) }.joined(separator: "; ")
        case .binary(.or, let a, let b):
            return whyNot(a, slots) + "; " + whyNot(b, slots)
        case .unary(.not, let x):
            return "¬(" + describe(x, slots) + ")"
        case .has(_, let name):
            return "\(name) —"
        case .binary(let op, let a, let b) where Self.negated[op] != nil:
            let va = ev.eval(a, slots), vb = ev.eval(b, slots)
            if va == nil || vb == nil { return describe(a, slots) + " " + (Self.shown[op] ?? op.rawValue) + " " + describe(b, slots) }
            let neg = Self.negated[op]!
            return describe(a, slots) + " " + (Self.shown[neg] ?? neg.rawValue) + " " + describe(b, slots)
        default:
            return describe(e, slots)
        }
    }

    /// The expression with its values: a field as `present 7`, arithmetic as `2/3 × 11 = 22/3`.
    func describe(_ e: CExpr, _ slots: [Int]) -> String {
        let v = ev.eval(e, slots)
        let value = v.map(Self.text) ?? "(—)"
        switch e.kind {
        case .constant: return value
        case .field(_, let name): return "\(name) \(value)"
        case .event: return value
        case .members: return value
        case .exempt: return value
        case .binary(let op, let a, let b) where op.isArithmetic:
            return operand(a, slots) + " " + (Self.shown[op] ?? op.rawValue) + " " + operand(b, slots) + " = " + value
        case .count(let f): return "count(\(f.type)) \(value)"
        default: return value
        }
    }

    private func operand(_ e: CExpr, _ slots: [Int]) -> String {
        switch e.kind {
        case .constant, .members, .exempt: return ev.eval(e, slots).map(Self.text) ?? "(—)"
        case .field(_, let name): return "\(name) " + (ev.eval(e, slots).map(Self.text) ?? "(—)")
        default: return "(" + describe(e, slots) + ")"
        }
    }

    static func text(_ v: Value) -> String {
        switch v {
        case .text(let s): "\"\(s)\""
        default: v.description
        }
    }
}
