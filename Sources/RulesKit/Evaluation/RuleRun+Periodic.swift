/// [S-periodic] [S-aggregate]: a condition on each period as a whole, its counts and aggregates
/// over the period's events.
extension RuleRun {
    func periodic(_ condition: CExpr, _ sink: inout FindingSink) {
        let inForce = coverage.range
        let types = condition.filterTypes
        for span in compiled.spans {
            let due = span.naturalEnd
            // Judged by the version in force on its last day (as a frequency rule's period).
            let dueSeen = min(max(due, span.start), span.end)
            guard judge.contains(dueSeen)
                || coverage.repealedAtEnd && span.start <= inForce.upperBound && dueSeen > inForce.upperBound && judge.contains(inForce.upperBound)
            else { continue }
            if coverage.outsideBody(span.naturalStart, due) { continue }
            let first = max(span.naturalStart, inForce.lowerBound), last = min(due, inForce.upperBound)
            // With `explain`, the events the period's counts and aggregates ranged over.
            let seen = explain && first <= last ? periodEvents(types, first...last) : []
            // The run's evaluator is shared by every check; this period's reads go through a copy.
            var ev = self.ev
            let outcome: PeriodOutcome
            if first > last || !coverage.covers(span.naturalStart, due) {
                // A sum or a rate over part of a period says nothing of the whole: not judged.
                outcome = .cut(cut(span, first, last), considered: seen)
            } else if last > asOf {
                outcome = .open(last, considered: seen)
            } else if let refused = rejected.first(where: { r in types.contains { r.mayBe($0, of: b.body, in: first...last) } }) {
                // A refused record that may be one of the period's events could change any sum.
                outcome = .refused(refused.source, last)
            } else if condition.readsBodySize, let (i, p, members) = impossible(types, first...last) {
                // [S-records]: a count that cannot be true of the body's size in force is no part of a rate.
                outcome = .impossible(problem: p.message, members: members, on: b.date(i), source: b.source(i), field: p.field, last: last)
            } else {
                ev.period = first...last
                ev.periodDate = last
                outcome = .judged(last: last, parts: rule.whole ? parts(condition, ev) : [:], considered: seen)
            }
            // [S-whole]: the kind's bodies are judged together once all have added their part.
            if rule.whole {
                sink.whole.append((span.label, outcome))
                continue
            }
            let truth: Bool? = if case .judged = outcome { ev.truth(condition) } else { nil }
            sink.add(outcome.status(truth), last) {
                let missing = truth == nil ? missingField(condition, ev).map { ($0.name, b.source($0.event)) } : nil
                return outcome.finding(truth, condition, explain: Explainer(ev: ev), missing: missing) {
                    finding($0, $1, period: span.label, date: $2, values: $3)
                }
            }
        }
    }

    /// The field a counted event lacks, and the event, when that is why an aggregate has no value.
    private func missingField(_ condition: CExpr, _ ev: ExpressionEvaluator) -> (name: String, event: Int)? {
        var missing: (String, Int)?
        condition.forEach { e in
            guard missing == nil, case .aggregate(_, let value, let f) = e.kind else { return }
            for i in ev.matches(f, []) where ev.period?.contains(b.date(i)) ?? true {
                var slots = Array(repeating: 0, count: f.slot + 1)
                slots[f.slot] = i
                if let name = ev.missingData(value, slots) { missing = (name, i); return }
            }
        }
        return missing
    }

    /// [S-whole]: this body's part of each count and aggregate of the condition, in the period set.
    private func parts(_ condition: CExpr, _ ev: ExpressionEvaluator) -> [String: AggregatePart] {
        var parts: [String: AggregatePart] = [:]
        condition.forEach { e in
            switch e.kind {
            case .count:
                if case .number(let q)? = ev.eval(e, []) { parts[ExprText.render(e)] = AggregatePart(count: Int(q.numerator)) }
            case .aggregate(_, let value, let f):
                let values = ev.aggregated(value, f, [])
                var slots = Array(repeating: 0, count: f.slot + 1)
                let lacking = values.first { $0.value == nil }.flatMap { i -> (String, EventSource)? in
                    slots[f.slot] = i.event
                    return ev.missingData(value, slots).map { ($0, b.source(i.event)) }
                }
                parts[ExprText.render(e)] = AggregatePart(values: values.map(\.value), missing: lacking)
            default: break
            }
        }
        return parts
    }

    /// The body's events of these types in the period, in file order: what `explain` lists.
    private func periodEvents(_ types: Set<String>, _ days: ClosedRange<Day>) -> [EventSource] {
        types.sorted().flatMap { b.slice(of: b.indices(ofType: $0), in: days) }.sorted().map(b.source)
    }

    /// The first event of the period whose counts cannot be true of the body's size that day.
    private func impossible(_ types: Set<String>, _ days: ClosedRange<Day>) -> (Int, Plausibility.Problem, Int64)? {
        for type in types.sorted() {
            guard let t = b.store.typeNumber(type) else { continue }
            let fields = Plausibility.Count.allCases.compactMap { c in b.store.layouts[t].position(c.name).map { (count: c, position: $0) } }
            for i in b.slice(of: b.indices(ofType: type), in: days) {
                if let (p, members) = sizeProblem(i, b.date(i), fields) { return (i, p, members) }
            }
        }
        return nil
    }
}

extension ExpressionEvaluator {
    /// A condition's truth with no event in scope (a periodic rule's), through the general evaluator.
    func truth(_ c: CExpr) -> Bool? {
        if case .boolean(let t)? = eval(c, []) { t } else { nil }
    }
}
