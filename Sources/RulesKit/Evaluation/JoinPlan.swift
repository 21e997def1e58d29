/// How a filter's events are found: a conjunct `x.field == outer`, where `outer` reads only
/// enclosing events or constants, is answered from a hash index on `field`; the candidates it
/// gives then need only the other conjuncts. A join on an enclosing event (`d.meeting == m.id`)
/// is preferred to one on a constant (`d.kind == "draft"`). Planned once, when the filter is
/// checked, not for every event it is asked about.
public struct JoinPlan: Sendable {
    public var field: String
    public var outer: CExpr
    /// The condition without the join's conjunct (nil: nothing else to check). Kleene `and` is
    /// associative and commutative, so leaving one conjunct out changes nothing for the others.
    public var rest: CExpr?

    static func make(_ condition: CExpr?, slot: Int) -> JoinPlan? {
        guard let condition else { return nil }
        var conjuncts: [CExpr] = []
        func flatten(_ e: CExpr) {
            if case .binary(.and, let a, let b) = e.kind {
                flatten(a)
                flatten(b)
            } else {
                conjuncts.append(e)
            }
        }
        flatten(condition)
        var best: (index: Int, field: String, outer: CExpr, byEvent: Bool)?
        for (k, e) in conjuncts.enumerated() {
            guard case .binary(.equal, let a, let b) = e.kind else { continue }
            for (x, y) in [(a, b), (b, a)] {
                guard case .field(slot, let name) = x.kind else { continue }
                let byEvent: Bool
                switch y.kind {
                case .constant: byEvent = false
                case .field(let s, _) where s < slot: byEvent = true
                case .event(let s) where s < slot: byEvent = true
                default: continue
                }
                if best == nil || (byEvent && !best!.byEvent) { best = (k, name, y, byEvent) }
            }
        }
        guard let best else { return nil }
        conjuncts.remove(at: best.index)
        let rest = conjuncts.dropFirst().reduce(conjuncts.first) { acc, e in
            CExpr(kind: .binary(.and, acc!, e), type: condition.type, range: condition.range)
        }
        return JoinPlan(field: best.field, outer: best.outer, rest: rest)
    }
}
