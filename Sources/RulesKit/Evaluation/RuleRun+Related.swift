/// § 8: a related event placed in time around the event judged.
extension RuleRun {
    func related(_ i: Int, _ compiledFilter: CompiledFilter, _ timing: CTiming, _ nextFilter: CompiledFilter?,
                         _ sink: inout FindingSink) {
        let e = i, date = b.date(i), f = compiledFilter.source
        func put(_ status: Finding.Status, _ make: () -> Finding) {
            sink.add(status, date) { explained(make(), i, .related(compiledFilter, timing, next: nextFilter)) }
        }
        let scope = Scope(i)
        if ev.joinKeyMissing(compiledFilter, scope) {
            let why = compiledFilter.source.join.flatMap { ev.missingData($0.outer, [i]) }.map { EvaluationMessages.lacks($0, rule.name) }
            return put(.warning) { finding(.warning, why ?? EvaluationMessages.undetermined(rule.name), event: e, date: date) }
        }
        /// The day `d` away from the event (backwards when `sign` is -1), and `d`.
        func lead(_ d: CExpr, _ sign: Int64) -> (Day, Int64, DurationDimension)? {
            // Usually a constant (`2 working days`): read, not evaluated.
            let value: Value? = if case .constant(let v) = d.kind { v } else { ev.eval(d, [i]) }
            guard case .duration(let n, let dim)? = value else { return nil }
            return ExpressionEvaluator.shift(date, by: sign * n, dim, calendar).map { ($0, n, dim) }
        }
        /// Why `lead` has no day: the lead time is missing, or reaches outside the calendar.
        func noLead(_ d: CExpr, after: Bool) -> Localized {
            let value: Value? = if case .constant(let v) = d.kind { v } else { ev.eval(d, [i]) }
            guard case .duration(let n, let dim)? = value else { return EvaluationMessages.undetermined(rule.name) }
            return EvaluationMessages.deadlineOutsideCalendar(Value.durationText(n, dim), after: after, date)
        }
        /// The related event that keeps the check, and the bounds it met.
        func found(_ ok: Int, bound: String) -> Finding {
            finding(.kept, Localized(vi: "\(VocabularyLabels.noun(f.type)) \(b.id(ok) ?? "") ngày \(b.date(ok))", en: "\(f.type) \(b.id(ok) ?? "") of \(b.date(ok))"),
                    event: e, date: date, compared: "\(f.type) \(b.date(ok)) (\(bound))")
        }
        var lower: Day?, upper: Day?
        var leadTime: (Int64, DurationDimension)?
        /// `by/at the next meeting`: the next such event strictly after the event's day, if it has happened.
        var next: Int?
        switch timing {
        case .before: (lower, upper) = (nil, date)
        case .sameDay: (lower, upper) = (date, date)
        case .after: (lower, upper) = (date, nil)
        case .atLeastBefore(let d):
            guard let (limit, n, dim) = lead(d, -1) else {
                return put(.warning) { finding(.warning, noLead(d, after: false), event: e, date: date) }
            }
            (lower, upper, leadTime) = (nil, limit, (n, dim))
        case .withinAfter(let d):
            guard let (limit, n, dim) = lead(d, 1) else {
                return put(.warning) { finding(.warning, noLead(d, after: true), event: e, date: date) }
            }
            (lower, upper, leadTime) = (date, limit, (n, dim))
        case .afterByEndOf(let p):
            (lower, upper) = (date, Periods.end(of: p, containing: date))
        case .next(let n, let sameDay):
            // Nothing comes after the last day there is.
            next = date == .last ? nil : nextFilter.flatMap { ev.firstMatch($0, scope, in: date.adding(days: 1)...Day.last) }
            // The log's days cannot order two events of one day. For `at the next`, an event on x's
            // own day may be the next one: when the two readings disagree, nothing is decided.
            if sameDay, let nf = nextFilter, ev.firstMatch(nf, scope, in: date...date, where: { $0 != i }) != nil {
                func held(on day: Day) -> Bool { ev.firstMatch(compiledFilter, scope, where: { b.date($0) == day }) != nil }
                let later: Bool? = next.map { held(on: b.date($0)) }
                if later != held(on: date) {
                    return put(.warning) { finding(.warning, EvaluationMessages.sameDayNext(n.type, date), event: e, date: date) }
                }
            }
            guard let next else {
                // No such event yet: nothing says the response is late. Kept if it has come already.
                if !sameDay, let ok = ev.firstMatch(compiledFilter, scope, where: { b.date($0) >= date }) {
                    return put(.kept) { found(ok, bound: "≥ \(date)") }
                }
                let type = nextFilter?.source.type ?? ""
                return put(.pending) { finding(.pending, EvaluationMessages.pendingNext(type, date, asOf), event: e, date: date) }
            }
            let day = b.date(next)
            (lower, upper) = (sameDay ? day : date, day)
        }
        // Texts are made only for the findings that are listed.
        func limitText() -> Localized {
            switch (timing, lower, upper) {
            case (.before, _, _): return Localized(vi: "vào hoặc trước \(date)", en: "on or before \(date)")
            case (.after, _, _): return Localized(vi: "vào hoặc sau \(date)", en: "on or after \(date)")
            case (.sameDay, _, _): return Localized(vi: "cùng ngày \(date)", en: "on the same day, \(date)")
            case (.atLeastBefore, _, let limit?):
                let text = Value.durationText(leadTime!.0, leadTime!.1)
                return Localized(vi: "vào hoặc trước \(limit) (\(text.vi) trước \(date))", en: "on or before \(limit) (\(text.en) before \(date))")
            case (.afterByEndOf(let p), _, let limit?):
                return Localized(vi: "từ \(date) đến \(limit) (cuối \(p.noun.vi))", en: "from \(date) to \(limit) (the end of the \(p.noun.en))")
            case (.next(let n, let sameDay), _, let limit?):
                let which = "\(n.type) \(next.flatMap(b.id) ?? "") \(limit)"
                return sameDay ? Localized(vi: "tại \(n.type) kế tiếp (\(which))", en: "at the next \(n.type) (\(which))")
                    : Localized(vi: "từ \(date) đến \(n.type) kế tiếp (\(which))", en: "from \(date) to the next \(n.type) (\(which))")
            default:
                let text = Value.durationText(leadTime!.0, leadTime!.1), limit = upper!
                return Localized(vi: "từ \(date) đến \(limit) (trong \(text.vi))", en: "from \(date) to \(limit) (within \(text.en))")
            }
        }
        // Language-neutral: the date found against the bound it missed.
        func bound() -> String { [lower.map { "≥ \($0)" }, upper.map { "≤ \($0)" }].compactMap { $0 }.joined(separator: ", ") }
        // Most checks are kept: the first event in time is found without listing the others.
        if let ok = ev.firstMatch(compiledFilter, scope, where: { c in lower.map { b.date(c) >= $0 } ?? true && upper.map { b.date(c) <= $0 } ?? true }) {
            return put(.kept) { found(ok, bound: bound()) }
        }
        // Without a bound a response can never be late: none yet is only pending.
        if case .after = timing {
            return put(.pending) { finding(.pending, EvaluationMessages.pendingUnbounded(f.type), event: e, date: date) }
        }
        // The window is still open: no verdict yet.
        if let due = upper, due > asOf, lower != nil {
            return put(.pending) { finding(.pending, EvaluationMessages.pendingResponse(f.type, due), event: e, date: date) }
        }
        // A rejected record that may be the one required, in its days, leaves the check undecided.
        if let refused = rejected.first(where: { $0.mayBe(f.type, of: b.body, in: (lower ?? .first)...(upper ?? .last)) }) {
            return put(.notJudged) {
                var n = finding(.notJudged, EvaluationMessages.rejectedReason(refused.source), event: e, date: date, compared: "\(f.type) ? (\(bound()))")
                n.why = EvaluationMessages.rejectedReason(refused.source)
                return n
            }
        }
        let candidates = ev.matches(compiledFilter, scope)
        if let late = candidates.first(where: { c in upper.map { b.date(c) > $0 } ?? false }) ?? candidates.first {
            return put(.violation) {
                let missed: String
                if let u = upper, b.date(late) > u {
                    missed = "> \(u)"
                } else if let l = lower, b.date(late) < l {
                    missed = "< \(l)"
                } else {
                    missed = bound()
                }
                return finding(.violation, EvaluationMessages.lateRelated(f.type, b.id(late) ?? "", b.date(late), limitText()),
                               event: e, date: date, compared: "\(f.type) \(b.date(late)) \(missed)")
            }
        }
        return put(.violation) {
            finding(.violation, EvaluationMessages.missingRelated(f.type, b.id(i) ?? "\(b.typeName(i)) \(date)", limitText()),
                    event: e, date: date, compared: "\(f.type) — (\(bound()))")
        }
    }
}
