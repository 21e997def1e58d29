/// [S-each] [S-unless] [S-condition] [S-decision]: a per-event rule, event by event.
extension RuleRun {
    /// With `explain`, the events a per-event check looked at and the dates it computed.
    func explained(_ f: Finding, _ i: Int, _ req: CompiledRule.Requirement) -> Finding {
        guard explain else { return f }
        var f = f
        f.considered = [b.source(i)]
        guard case .related(let other, let timing, _) = req else { return f }
        f.considered += ev.matches(other, Scope(i)).map(b.source)
        let date = b.date(i)
        let lead: (CExpr, Int64)? = switch timing {
        case .atLeastBefore(let d): (d, -1)
        case .withinAfter(let d): (d, 1)
        default: nil
        }
        guard let (d, sign) = lead, case .duration(let n, let dim)? = ev.eval(d, [i]), n.magnitude < 200_000,
              let limit = ExpressionEvaluator.shift(date, by: sign * n, dim, calendar) else { return f }
        f.steps.append(.lead(TimeAmount(amount: n, dimension: dim), before: sign < 0, from: date, day: limit))
        // Say why the count skipped a weekday (a day off) or counted a weekend day (a make-up day).
        if dim == .workingDays {
            var day = min(date, limit).adding(days: 1)
            while day < max(date, limit) {
                if !day.isWeeklyRest, let h = calendar.holiday(on: day) {
                    f.steps.append(.dayOff(day, name: h.name, source: h.source))
                } else if day.isWeeklyRest, let w = calendar.workedDay(on: day) {
                    f.steps.append(.workedDay(day, name: w.name, source: w.source))
                }
                day = day.adding(days: 1)
            }
        }
        return f
    }

    func each(_ i: Int, _ req: CompiledRule.Requirement, _ sink: inout FindingSink) {
        let e = i, date = b.date(i)
        /// Made only when listed; with `explain`, with the events looked at and the dates computed.
        func put(_ status: Finding.Status, _ make: () -> Finding) {
            sink.add(status, date) { explained(make(), i, req) }
        }
        let scope = Scope(i)
        if let unless = compiled.unless {
            let value: Value? = switch unless {
            case .truth(let t): ev.truth(t, scope).map(Value.boolean)
            // The text is made only when there is one: most events give no reason.
            case .reason(let r): ev.symbol(r, scope).map { .text(b.store.symbols.string($0)) }
            case .general(let u): ev.eval(u, [i])
            }
            switch value {
            case .boolean(true)?: return put(.excused) { finding(.excused, .excused(reason: "—"), event: e, date: date, reason: "—") }
            case .text(let reason)? where !reason.isEmpty:
                return put(.excused) { finding(.excused, .excused(reason: reason), event: e, date: date, reason: reason) }
            default: break
            }
        }
        if let fields = compiled.sizeFields, let (p, members) = sizeProblem(i, date, fields) {
            return put(.warning) {
                finding(.warning, .impossibleRecord(problem: p.message, members: members, on: date), event: e, date: date, values: .field(p.field))
            }
        }
        // Made only for the findings shown: a copy of the evaluator is not free.
        var explain: Explainer { Explainer(ev: ev) }
        switch req {
        case .condition(let t, let c):
            switch ev.truth(t, scope) {
            case true?: return put(.kept) { finding(.kept, .conditionKept, event: e, date: date, values: .expression(explain.why(c, [i]))) }
            case false?:
                return put(.violation) {
                    finding(.violation, .conditionBroken(needed: needed(c, i)), event: e, date: date, values: .expression(explain.whyNot(c, [i])))
                }
            default:
                let why: Finding.Detail = ev.missingData(c, [i]).map { .lacksField($0) } ?? .notComputable
                return put(.warning) { finding(.warning, why, event: e, date: date, values: .expression(explain.whyNot(c, [i]))) }
            }
        case .related(let f, let timing, let next): return related(i, f, timing, next, &sink)
        case .decision(let adopted, let base, let baseSource, let cases):
            // The first stricter case that applies. Like a `where`, a `when` that reads a field the
            // record lacks does not apply: a matter without a category is an ordinary matter.
            let k = cases.firstIndex { ev.truth($0.when, scope) == true }
            let applicable = k.map { cases[$0].source } ?? baseSource
            let met = ev.truth(k.map { cases[$0].requires } ?? base, scope)
            switch (ev.truth(adopted, scope), met) {
            case (true?, false?):
                return put(.violation) {
                    finding(.violation, .adoptedWithoutMajority(needed: needed(applicable, i)), event: e, date: date,
                            values: .expression(explain.whyNot(applicable, [i])))
                }
            case (false?, true?):
                return put(.warning) {
                    finding(.warning, .rejectedDespiteMajority, event: e, date: date, values: .expression(explain.why(applicable, [i])))
                }
            case (_?, _?):
                return put(.kept) { finding(.kept, .decisionConsistent, event: e, date: date, values: .expression(explain.why(applicable, [i]))) }
            default:
                // The field the record lacks, when one is the reason (`adopted`, `for`, …).
                let missing = ev.truth(adopted, scope) == nil ? "adopted" : ev.missingData(applicable, [i])
                return put(.warning) {
                    finding(.warning, missing.map(Finding.Detail.lacksField) ?? .undetermined, event: e, date: date,
                            values: .expression(explain.why(applicable, [i])))
                }
            }
        }
    }

    /// A related event placed in time: a draft before the meeting, a report after the visit.

    /// For `x >= share of members`: the least whole count that meets it for the body's size on the
    /// event's day (2/3 of 11 = 22/3, so 8); nil for any other condition.
    func needed(_ c: CExpr, _ i: Int) -> Int64? {
        guard let t = RuleDescription.threshold(c), case .binary(_, _, let rhs) = c.kind, case .binary(.of, _, let base) = rhs.kind,
              case .number(let n)? = ev.eval(base, [i]), n.isInteger else { return nil }
        return RuleDescription.boundary(t.op, t.share, members: n.numerator)
    }
}
