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
            let why: Finding.Detail? = compiledFilter.source.join.flatMap { ev.missingData($0.outer, [i]) }.map { .lacksField($0) }
            return put(.warning) { finding(.warning, why ?? .undetermined, event: e, date: date) }
        }
        /// The day `d` away from the event (backwards when `sign` is -1), and `d`.
        func lead(_ d: CExpr, _ sign: Int64) -> (Day, Int64, DurationDimension)? {
            // Usually a constant (`2 working days`): read, not evaluated.
            let value: Value? = if case .constant(let v) = d.kind { v } else { ev.eval(d, [i]) }
            guard case .duration(let n, let dim)? = value else { return nil }
            return ExpressionEvaluator.shift(date, by: sign * n, dim, calendar).map { ($0, n, dim) }
        }
        /// Why `lead` has no day: the lead time is missing, or reaches outside the calendar.
        func noLead(_ d: CExpr, after: Bool) -> Finding.Detail {
            let value: Value? = if case .constant(let v) = d.kind { v } else { ev.eval(d, [i]) }
            guard case .duration(let n, let dim)? = value else { return .undetermined }
            return .leadOutsideCalendar(TimeAmount(amount: n, dimension: dim), after: after, from: date)
        }
        /// The related event that keeps the check, and the bounds it met.
        func found(_ ok: Int, from: Day?, until: Day?) -> Finding {
            finding(.kept, .relatedFound(type: f.type, id: b.id(ok) ?? "", date: b.date(ok)),
                    event: e, date: date, values: .related(type: f.type, found: .date(b.date(ok)), from: from, until: until, missed: nil))
        }
        var lower: Day?, upper: Day?
        var leadTime: TimeAmount?
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
            (lower, upper, leadTime) = (nil, limit, TimeAmount(amount: n, dimension: dim))
        case .withinAfter(let d):
            guard let (limit, n, dim) = lead(d, 1) else {
                return put(.warning) { finding(.warning, noLead(d, after: true), event: e, date: date) }
            }
            (lower, upper, leadTime) = (date, limit, TimeAmount(amount: n, dimension: dim))
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
                    return put(.warning) { finding(.warning, .sameDayNext(type: n.type, day: date), event: e, date: date) }
                }
            }
            guard let next else {
                // No such event yet: nothing says the response is late. Kept if it has come already.
                if !sameDay, let ok = ev.firstMatch(compiledFilter, scope, where: { b.date($0) >= date }) {
                    return put(.kept) { found(ok, from: date, until: nil) }
                }
                let type = nextFilter?.source.type ?? ""
                return put(.pending) { finding(.pending, .awaitingNext(type: type, after: date, asOf: asOf), event: e, date: date) }
            }
            let day = b.date(next)
            (lower, upper) = (sameDay ? day : date, day)
        }
        // Texts are made only for the findings that are listed.
        func limit() -> RelatedLimit {
            switch (timing, lower, upper) {
            case (.before, _, _): return .onOrBefore(date)
            case (.after, _, _): return .onOrAfter(date)
            case (.sameDay, _, _): return .sameDay(date)
            case (.atLeastBefore, _, let limit?): return .leadBefore(leadTime!, from: date, limit: limit)
            case (.afterByEndOf(let p), _, let limit?): return .byEndOf(p, from: date, limit: limit)
            case (.next(let n, let sameDay), _, let limit?):
                return .next(type: n.type, id: next.flatMap(b.id) ?? "", day: limit, from: date, sameDay: sameDay)
            default: return .within(leadTime!, from: date, limit: upper!)
            }
        }

        // Most checks are kept: the first event in time is found without listing the others.
        if let ok = ev.firstMatch(compiledFilter, scope, where: { c in lower.map { b.date(c) >= $0 } ?? true && upper.map { b.date(c) <= $0 } ?? true }) {
            return put(.kept) { found(ok, from: lower, until: upper) }
        }
        // Without a bound a response can never be late: none yet is only pending.
        if case .after = timing {
            return put(.pending) { finding(.pending, .unboundedAfter(type: f.type), event: e, date: date) }
        }
        // The window is still open: no verdict yet.
        if let due = upper, due > asOf, lower != nil {
            return put(.pending) { finding(.pending, .responseOpen(type: f.type, due: due), event: e, date: date) }
        }
        // A rejected record that may be the one required, in its days, leaves the check undecided.
        if let refused = rejected.first(where: { $0.mayBe(f.type, of: b.body, in: (lower ?? .first)...(upper ?? .last)) }) {
            return put(.notJudged) {
                finding(.notJudged, .rejectedRecord(refused.source), event: e, date: date,
                        values: .related(type: f.type, found: .unknown, from: lower, until: upper, missed: nil))
            }
        }
        let candidates = ev.matches(compiledFilter, scope)
        if let late = candidates.first(where: { c in upper.map { b.date(c) > $0 } ?? false }) ?? candidates.first {
            return put(.violation) {
                var missed: DateBound?
                if let u = upper, b.date(late) > u {
                    missed = DateBound(op: .greater, day: u)
                } else if let l = lower, b.date(late) < l {
                    missed = DateBound(op: .less, day: l)
                }
                return finding(.violation, .relatedLate(type: f.type, id: b.id(late) ?? "", date: b.date(late), limit: limit()),
                               event: e, date: date, values: .related(type: f.type, found: .date(b.date(late)), from: lower, until: upper, missed: missed))
            }
        }
        return put(.violation) {
            finding(.violation, .relatedMissing(type: f.type, id: b.id(i) ?? "\(b.typeName(i)) \(date)", limit: limit()),
                    event: e, date: date, values: .related(type: f.type, found: .none, from: lower, until: upper, missed: nil))
        }
    }
}
