/// One wording of a rule over one body's events (dated up to the evaluation date, in date order),
/// for the days one version is in force, each form as `docs/semantics.md` states it.
struct BodyJudge {
    typealias Verdict = ReferenceEvaluator.Verdict

    /// The days the rule has this wording (cut to the window), and what starts and ends them.
    struct Wording {
        var days: ClosedRange<Day>
        /// [S-gap]: the rule, or the regulation, begins on its first day.
        var begins: Bool
        /// A version without the rule follows: periods it cuts are judged by this wording.
        var repealedAfter: Bool
    }

    let rule: CheckedRule
    let body: String
    let info: BodyInfo
    let events: [Event]
    let window: EvaluationWindow
    let asOf: Day
    let calendar: WorkingCalendar
    /// The regulation's term: `every term`'s one period.
    let term: ClosedRange<Day>?
    let wording: Wording
    /// The days of the version judging: [S-version-event], [S-version-period].
    let version: ClosedRange<Day>

    private var days: ClosedRange<Day> { wording.days }
    private var x: ReferenceExpressions {
        ReferenceExpressions(events: events, info: info, calendar: calendar, periodDay: window.range.upperBound)
    }

    private func verdict(_ at: String, _ day: Day, _ status: Finding.Status) -> Verdict {
        Verdict(rule: rule.name, body: body, at: at, day: day, status: status)
    }

    func verdicts() -> [Verdict] {
        switch rule.form {
        case .frequency(let p, let c): frequency(p, c)
        case .gap(let max, let f): gap(max.amount, max.dimension, f)
        case .each(let f, let unless, let req): each(f, unless, req)
        case .whenever(let f, let req): each(f, nil, req)
        case .target: []
        case .periodic(let p, let c): periodic(p, c)
        }
    }

    // MARK: [S-periodic] [S-aggregate]

    private func periodic(_ p: Period, _ c: CExpr) -> [Verdict] {
        var out: [Verdict] = []
        for span in Periods.spans(p, in: window.range, term: term) {
            let due = span.naturalEnd
            let dueSeen = min(max(due, span.start), span.end)
            let repealedWithin = wording.repealedAfter && span.start <= days.upperBound && dueSeen > days.upperBound
            guard version.contains(dueSeen) || repealedWithin && version.contains(days.upperBound) else { continue }
            let first = max(span.naturalStart, days.lowerBound), last = min(due, days.upperBound)
            let status: Finding.Status
            if !(days.contains(span.naturalStart) && days.contains(due)) {
                status = .notJudged
            } else if last > asOf {
                status = .pending
            } else if c.readsBodySize, events.contains(where: { c.filterTypes.contains($0.type) && (first...last).contains($0.date) && sizeExceeded($0) }) {
                // [S-records]: a record that cannot be true of the body's size is no part of a rate.
                status = .warning
            } else {
                let x = ReferenceExpressions(events: events, info: info, calendar: calendar, periodDay: last, period: first...last)
                status = switch x.truth(c, []) {
                case true?: .kept
                case false?: .violation
                default: .warning
                }
            }
            out.append(verdict(span.label, last, status))
        }
        return out
    }

    // MARK: [S-freq-count] [S-freq-due] [S-partial] [S-prorated]

    private func frequency(_ p: Period, _ c: CCount) -> [Verdict] {
        var out: [Verdict] = []
        for span in Periods.spans(p, in: window.range, term: term) {
            var due = span.naturalEnd
            if let (m, d) = c.deadline, let day = Day(year: span.naturalStart.year, month: m, day: min(d, Day.daysInMonth(year: span.naturalStart.year, month: m))),
               day >= span.naturalStart, day < due {
                due = day
            }
            // Judged by the version in force on the day it is due (cut to the period's days in the
            // window); a period the rule is repealed in, by the wording it had last.
            let dueSeen = min(max(due, span.start), span.end)
            let repealedWithin = wording.repealedAfter && span.start <= days.upperBound && dueSeen > days.upperBound
            guard version.contains(dueSeen) || repealedWithin && version.contains(days.upperBound) else { continue }
            let whole = days.contains(span.naturalStart) && days.contains(due)
            let first = max(span.naturalStart, days.lowerBound), last = min(due, days.upperBound)
            guard first <= last else {
                out.append(verdict(span.label, last, .notJudged))
                continue
            }
            let n = x.matches(c.filter, []).count { (first...last).contains($0.date) }
            var need = Int(c.count)
            if !whole, c.prorated {
                let part = Int(last.ordinal - first.ordinal) + 1, all = Int(due.ordinal - span.naturalStart.ordinal) + 1
                need = (Int(c.count) * part + all - 1) / all
            }
            let judged = whole || c.prorated, over = last <= asOf
            let status: Finding.Status = switch c.bound {
            case .atLeast: n >= need ? .kept : !over ? .pending : judged ? .violation : .notJudged
            case .atMost: n > need ? .violation : !over ? .pending : judged ? .kept : .notJudged
            case .exactly: n > need ? .violation : !over ? .pending : !judged ? .notJudged : n == need ? .kept : .violation
            }
            out.append(verdict(span.label, last, status))
        }
        return out
    }

    // MARK: [S-gap]

    private func gap(_ amount: Int64, _ dim: DurationDimension, _ f: CFilter) -> [Verdict] {
        let dates = x.matches(f, []).map(\.date).filter { $0 <= days.upperBound }
        func tooLong(_ a: Day, _ z: Day) -> Bool { ExpressionEvaluator.shift(a, by: amount, dim, calendar).map { z > $0 } ?? false }
        // The first gap runs from the last event before the window, unless the regulation starts there.
        var previous = (wording.begins ? nil : dates.last { $0 < days.lowerBound }) ?? days.lowerBound
        var out: [Verdict] = []
        for d in dates where d >= days.lowerBound {
            if version.contains(d) { out.append(verdict("\(previous)…\(d)", d, tooLong(previous, d) ? .violation : .kept)) }
            previous = d
        }
        let end = min(days.upperBound, asOf)
        if version.contains(end), tooLong(previous, end) { out.append(verdict("\(previous)…\(end)", end, .violation)) }
        return out
    }

    // MARK: [S-each] [S-unless] [S-condition] [S-decision] and § 8

    private func each(_ f: CFilter, _ unless: CExpr?, _ req: CRequirement) -> [Verdict] {
        x.matches(f, []).filter { version.contains($0.date) }.map { e in
            if let unless {
                switch x.value(unless, [e]) {
                case .boolean(true)?: return verdict(e.id ?? "", e.date, .excused)
                case .text(let reason)? where !reason.isEmpty: return verdict(e.id ?? "", e.date, .excused)
                default: break
                }
            }
            return verdict(e.id ?? "", e.date, requirement(req, e))
        }
    }

    private func requirement(_ req: CRequirement, _ e: Event) -> Finding.Status {
        // [S-records]: counts above the body's size in force are no ground for a share of it.
        if req.readsBodySize, sizeExceeded(e) { return .warning }
        switch req {
        case .condition(let c):
            return x.truth(c, [e]).map { $0 ? .kept : .violation } ?? .warning
        case .decision(let base, let cases):
            let chosen = cases.first { x.truth($0.when, [e]) == true }?.requires ?? base
            guard case .boolean(let adopted)? = e.value("adopted"), let met = x.truth(chosen, [e]) else { return .warning }
            return adopted && !met ? .violation : !adopted && met ? .warning : .kept
        case .related(let f, let timing):
            return related(e, f, timing)
        }
    }

    private func sizeExceeded(_ e: Event) -> Bool {
        var counts = Plausibility.Counts()
        for c in Plausibility.Count.allCases {
            if case .number(let q)? = e.value(c.name), q.isInteger { counts[c] = q.numerator }
        }
        guard !counts.isEmpty, counts[.members] == nil, let m = x.recorded("members", on: e.date, of: e.body) else { return false }
        counts[.members] = m
        return Plausibility.problem(counts) != nil
    }

    private func related(_ e: Event, _ f: CFilter, _ timing: CTiming) -> Finding.Status {
        // [S-related-key]: the event's own value a related event must equal is missing.
        if linkMissing(f, e) { return .warning }
        let candidates = x.matches(f, [e])
        let date = e.date
        var lower: Day?, upper: Day?
        switch timing {
        case .before: upper = date
        case .sameDay: (lower, upper) = (date, date)
        case .after: lower = date
        case .atLeastBefore(let d):
            guard let limit = shift(d, e, -1) else { return .warning }
            upper = limit
        case .withinAfter(let d):
            guard let limit = shift(d, e, 1) else { return .warning }
            (lower, upper) = (date, limit)
        case .afterByEndOf(let p): (lower, upper) = (date, Periods.end(of: p, containing: date))
        case .next(let n, let sameDay):
            let later = date == .last ? [] : x.matches(n, [e]).filter { $0.date > date }
            // [S-next]: an event of that kind on x's own day may have been the next one.
            if sameDay, x.matches(n, [e]).contains(where: { $0.date == date && $0.source != e.source }) {
                let heldThen = later.first.map { d in candidates.contains { $0.date == d.date } }
                if heldThen != candidates.contains(where: { $0.date == date }) { return .warning }
            }
            guard let next = later.first else {
                if !sameDay, candidates.contains(where: { $0.date >= date }) { return .kept }
                return .pending
            }
            (lower, upper) = (sameDay ? next.date : date, next.date)
        }
        if candidates.contains(where: { c in lower.map { c.date >= $0 } ?? true && upper.map { c.date <= $0 } ?? true }) { return .kept }
        if case .after = timing { return .pending }
        // [S-related-outcome]
        if let due = upper, due > asOf, lower != nil { return .pending }
        return .violation
    }

    private func shift(_ d: CExpr, _ e: Event, _ sign: Int64) -> Day? {
        guard case .duration(let n, let dim)? = x.value(d, [e]), n.magnitude < 200_000 else { return nil }
        return ExpressionEvaluator.shift(e.date, by: sign * n, dim, calendar)
    }

    /// A conjunct `y.field == <the judged event's value>` whose value is missing.
    private func linkMissing(_ f: CFilter, _ e: Event) -> Bool {
        func conjuncts(_ c: CExpr) -> [CExpr] {
            if case .binary(.and, let a, let b) = c.kind { return conjuncts(a) + conjuncts(b) }
            return [c]
        }
        guard let c = f.condition else { return false }
        for k in conjuncts(c) {
            guard case .binary(.equal, let a, let b) = k.kind else { continue }
            for (mine, theirs) in [(a, b), (b, a)] {
                guard case .field(f.slot, _) = mine.kind else { continue }
                switch theirs.kind {
                case .field(let s, _) where s < f.slot: if x.value(theirs, [e]) == nil { return true }
                case .event(let s) where s < f.slot: if e.id == nil { return true }
                default: continue
                }
            }
        }
        return false
    }
}
