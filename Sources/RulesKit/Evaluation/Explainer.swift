/// Records the values behind a verdict (`ExprValues`; `Reports/` prints `present 7 < 2/3 × 11 = 22/3`).
/// Only the parts that decided the outcome are kept, so a supervisor reads the reason, not the whole formula.
struct Explainer {
    let ev: ExpressionEvaluator

    private static let negated: [Operator: Operator] = [.less: .greaterOrEqual, .lessOrEqual: .greater, .greater: .lessOrEqual,
                                                        .greaterOrEqual: .less, .equal: .notEqual, .notEqual: .equal, .in: .notIn, .notIn: .in]

    /// Why `e` did not come out true.
    func whyNot(_ e: CExpr, _ slots: [Int]) -> ExprValues {
        switch e.kind {
        case .binary(.and, let a, let b):
            return .all([a, b].filter { ev.eval($0, slots) != .boolean(true) }.map { whyNot($0, slots) })
        case .binary(.or, let a, let b):
            return .all([whyNot(a, slots), whyNot(b, slots)])
        case .unary(.not, let x):
            return .not(describe(x, slots))
        case .has(_, let name):
            return .missing(name)
        case .binary(let op, let a, let b) where Self.negated[op] != nil:
            // A comparison with a value missing is shown as written: nothing says it failed.
            let decided = ev.eval(a, slots) != nil && ev.eval(b, slots) != nil
            return .comparison(describe(a, slots), decided ? Self.negated[op]! : op, describe(b, slots))
        default:
            return describe(e, slots)
        }
    }

    /// The expression with its values.
    func describe(_ e: CExpr, _ slots: [Int]) -> ExprValues {
        let v = ev.eval(e, slots)
        switch e.kind {
        case .constant, .members, .exempt: return .value(v, bare: true)
        case .field(_, let name): return .field(name, v)
        case .binary(let op, let a, let b) where op.isArithmetic: return .arithmetic(describe(a, slots), op, describe(b, slots), v)
        case .count(let f): return .count(type: f.type, v)
        default: return .value(v, bare: false)
        }
    }
}
