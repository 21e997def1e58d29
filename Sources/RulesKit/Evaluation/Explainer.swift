/// Records the values behind a verdict (`ExprValues`; `Reports/` prints `present 7 < 2/3 × 11 = 22/3`).
/// For a failed check only the parts that failed are kept, so a supervisor reads the reason, not the whole formula.
struct Explainer {
    let ev: ExpressionEvaluator

    private static let comparisons: Set<Operator> = [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .in, .notIn]

    /// Why `e` did not come out true: the parts that failed, with their values.
    func whyNot(_ e: CExpr, _ slots: [Int]) -> ExprValues { trace(e, slots, failedOnly: true) }

    /// Why `e` came out as it did: every part, with its values (a kept check's reason).
    func why(_ e: CExpr, _ slots: [Int]) -> ExprValues { trace(e, slots, failedOnly: false) }

    private func trace(_ e: CExpr, _ slots: [Int], failedOnly: Bool) -> ExprValues {
        switch e.kind {
        case .binary(.and, let a, let b):
            let parts = failedOnly ? [a, b].filter { ev.eval($0, slots) != .boolean(true) } : [a, b]
            return .all(parts.map { trace($0, slots, failedOnly: failedOnly) })
        case .binary(.or, let a, let b):
            return .all([trace(a, slots, failedOnly: failedOnly), trace(b, slots, failedOnly: failedOnly)])
        case .unary(.not, let x):
            return .not(describe(x, slots))
        case .has(_, let name) where ev.eval(e, slots) != .boolean(true):
            return .missing(name)
        case .binary(let op, let a, let b) where Self.comparisons.contains(op):
            // A comparison with a value missing neither held nor failed.
            let holds: Bool? = if case .boolean(let t)? = ev.eval(e, slots) { t } else { nil }
            return .comparison(describe(a, slots), op, describe(b, slots), holds: holds)
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
        case .count(let f): return .count(type: f.type, filter: ExprText.readable(f), v)
        case .aggregate(let kind, let value, let f):
            return .aggregate(kind, of: ExprText.readable(value, own: f.slot), over: f.type + (ExprText.readable(f).map { " where \($0)" } ?? ""), v)
        default: return .value(v, bare: false)
        }
    }
}
