/// One rule judged over one body's events.
final class RuleRun {
    let rule: CheckedRule
    let compiled: CompiledRule
    let info: BodyInfo
    let b: BodyEvents
    let window: ClosedRange<Day>
    /// The part of the window this rule's version is in force: events dated in it, periods due in it
    /// (and periods the rule was repealed in, by the version that had it last).
    let judge: ClosedRange<Day>
    let asOf: Day
    let model: Model
    let calendar: WorkingCalendar
    let ev: ExpressionEvaluator
    var explain = false
    /// The code of the version whose wording of the rule is applied (see `RegulationChain.origins`).
    var regulation: String
    /// The days the rule is in force unchanged inside the window (`RuleCoverage`).
    let coverage: RuleCoverage
    /// Records refused (`--skip-invalid`) that may be this body's: counts they could change are not judged.
    var rejected: [RejectedRecord] = []

    init(rule: CheckedRule, compiled: CompiledRule, info: BodyInfo, b: BodyEvents, window: ClosedRange<Day>, judged: ClosedRange<Day>, asOf: Day,
         model: Model, calendar: WorkingCalendar, coverage: RuleCoverage) {
        self.coverage = coverage
        self.rule = rule
        self.compiled = compiled
        self.info = info
        self.b = b
        self.window = window
        self.judge = judged
        self.asOf = asOf
        self.model = model
        self.calendar = calendar
        regulation = model.regulation?.code ?? ""
        ev = ExpressionEvaluator(b: b, counts: MemberCounts(declared: info), calendar: calendar, periodDate: window.upperBound)
    }

    private func finding(_ status: Finding.Status, _ message: Localized, event: Int? = nil, period: String? = nil,
                         date: Day, compared: String? = nil, reason: String? = nil) -> Finding {
        Finding(status: status, regulation: regulation, rule: rule.name, ruleLabel: rule.label,
                citation: rule.citation, body: b.body, eventId: event.flatMap(b.id), source: event.map(b.source), period: period,
                date: date, message: message, compared: compared, reason: reason)
    }

    /// Judges the body's events and says what the rule saw of them: a rule that judged nothing
    /// then says why (`RuleSight`).
    @discardableResult
    func evaluate(into sink: inout FindingSink) -> RuleSight {
        guard let filter = compiled.filter else { return RuleSight() }
        let matches = ev.matches(filter, Scope())
        switch rule.form {
        case .frequency(_, let count): frequency(count, matches, &sink)
        case .gap(let max, _): gap(max.amount, max.dimension, matches, &sink)
        case .each, .whenever:
            guard let requirement = compiled.requirement else { break }
            for i in matches where judge.contains(b.date(i)) { each(i, requirement, &sink) }
        case .target: break
        }
        return RuleSight(bodies: b.hasEvents(in: judge) ? 1 : 0, typeEvents: b.slice(of: b.indices(ofType: filter.source.type), in: judge).count,
                         matched: b.slice(of: matches, in: judge).count)
    }

    /// An event whose own counts exceed the body's size in force that day (from a `membership`
    /// record or the rules file; its own `members` field was checked when it was read): a share of
    /// the members computed from it would be a verdict on an impossible record.
    private func sizeProblem(_ i: Int, _ date: Day, _ fields: [(count: Plausibility.Count, position: Int)]) -> Plausibility.Problem? {
        var counts = Plausibility.Counts()
        for (c, k) in fields {
            let cell = b.fieldCell(i, k)
            guard cell != Cell.missing else { continue }
            let q = Cell.rational(cell, big: b.store.big)
            if q.isInteger { counts[c] = q.numerator }
        }
        // The record's own size was checked when it was read; otherwise the size in force.
        guard !counts.isEmpty, counts[.members] == nil, let members = ev.counts.recorded(b, on: date, exempt: false) else { return nil }
        counts[.members] = members
        return Plausibility.problem(counts).map {
            Plausibility.Problem(code: $0.code, field: $0.field, message: EvaluationMessages.exceedsBodySize($0.message, members, date))
        }
    }

    // MARK: - Frequency

    private func frequency(_ c: CCount, _ indices: [Int], _ sink: inout FindingSink) {
        let inForce = coverage.range
        for span in compiled.spans {
            // What the requirement spans: the period, or its start to the `by` day.
            var due = span.naturalEnd
            if let (m, d) = c.deadline, let dl = Day(year: span.naturalStart.year, month: m, day: min(d, Day.daysInMonth(year: span.naturalStart.year, month: m))),
               dl >= span.naturalStart, dl < due {
                due = dl
            }
            // Reported by the version in force on the day it is due (the window's first day if it is
            // due before the window); one the rule was repealed in before that day, by the version
            // that had it last.
            let dueSeen = min(max(due, span.start), span.end)
            guard judge.contains(dueSeen)
                || coverage.repealedAtEnd && span.start <= inForce.upperBound && dueSeen > inForce.upperBound && judge.contains(inForce.upperBound)
            else { continue }
            let whole = coverage.covers(span.naturalStart, due)
            // The part of it the rule judges; all of it when the rule is in force throughout.
            let first = max(span.naturalStart, inForce.lowerBound)
            let last = min(due, inForce.upperBound)
            // The matching events are in date order: the period's are one slice, found by bisection,
            // not by scanning every event for every period.
            let counted = first <= last ? b.slice(of: indices, in: first...last) : []
            let n = counted.count
            var need = Int(c.count)
            var scaled: (part: Int, whole: Int)?
            if !whole, c.prorated {
                let part = Int(last.ordinal - first.ordinal) + 1, all = Int(due.ordinal - span.naturalStart.ordinal) + 1
                // N × part / whole, rounded up: exact integers, no floating point.
                need = (Int(c.count) * part + all - 1) / all
                scaled = (part, all)
            }
            // A part with no day in force (the rule came in after the `by` day) decides nothing.
            let judgedWhole = (whole || c.prorated) && first <= last
            // Due on the deadline or at the end of the part judged; a part not over may still decide.
            let over = last <= asOf
            var status: Finding.Status = if first > last {
                .notJudged
            } else {
                switch c.bound {
                case .atLeast: n >= need ? .kept : !over ? .pending : judgedWhole ? .violation : .notJudged
                case .atMost: n > need ? .violation : !over ? .pending : judgedWhole ? .kept : .notJudged
                case .exactly: n > need ? .violation : !over ? .pending : !judgedWhole ? .notJudged : n == need ? .kept : .violation
                }
            }
            // A rejected record that may be one of these events could turn a shortfall into a count
            // met, or a count kept under a limit into one over it: neither is established.
            let refused = first <= last ? rejected.first { $0.mayBe(c.filter.type, of: b.body, in: first...last) } : nil
            let undone = refused != nil && (status == .violation && n < need || status == .kept && c.bound != .atLeast)
            if undone { status = .notJudged }
            sink.add(status, last) {
                let message = switch status {
                case .violation: EvaluationMessages.countShort(c.bound, Int64(need), c.filter.type, n, span.label)
                case .pending: EvaluationMessages.pendingPeriod(span.label, last)
                case .notJudged where undone: EvaluationMessages.rejectedInPeriod(span.label, c.filter.type, n, refused!.source)
                case .notJudged: EvaluationMessages.partialPeriod(span, first, last, coverage, c.bound, c.count, c.filter.type, n)
                default: EvaluationMessages.countKept(c.filter.type, n, span.label)
                }
                let op = switch c.bound { case .atLeast: "≥"; case .atMost: "≤"; case .exactly: "=" }
                let required = scaled.map { "⌈\(c.count) × \($0.part)/\($0.whole)⌉ = \(need)" } ?? "\(need)"
                // ✗ marks a comparison that fails, ? one not decided yet: neither reads as a claim that it holds.
                let mark = status == .violation ? " ✗" : status == .kept ? "" : " ?"
                var f = finding(status, message, period: span.label, date: last,
                                compared: "count(\(c.filter.type)) \(n)\(mark) \(op) \(required)")
                if status == .notJudged {
                    f.why = undone ? EvaluationMessages.rejectedReason(refused!.source) : EvaluationMessages.partialReason(span, coverage)
                }
                if explain {
                    f.considered = counted.map(b.source)
                    f.steps = [Localized(vi: "kỳ \(span.label): từ \(first) đến \(last)", en: "period \(span.label): \(first) to \(last)")]
                    if let scaled {
                        f.steps.append(Localized(vi: "tính theo tỷ lệ: \(c.count) × \(scaled.part)/\(scaled.whole) ngày, làm tròn lên: \(need)",
                                                 en: "prorated: \(c.count) × \(scaled.part)/\(scaled.whole) days, rounded up: \(need)"))
                    }
                }
                return f
            }
        }
    }

    // MARK: - Gaps

    private func gap(_ amount: Int64, _ dim: DurationDimension, _ matches: [Int], _ sink: inout FindingSink) {
        let inForce = coverage.range
        let dates = matches.map(b.date).filter { $0 <= inForce.upperBound }
        let maxText = Value.durationText(amount, dim)
        func tooLong(_ a: Day, _ z: Day) -> Bool {
            guard let limit = ExpressionEvaluator.shift(a, by: amount, dim, calendar) else { return false }
            return z > limit
        }
        // The first gap runs from the last event before the window when only the window starts
        // there; from the rule's first day when the rule (or the regulation) starts there.
        let ruleStarts = switch coverage.start {
        case .window(.option), .window(.events), .window(.asOfYear): false
        default: true
        }
        var previous = (ruleStarts ? nil : dates.last { $0 < inForce.lowerBound }) ?? inForce.lowerBound
        for d in dates where d >= inForce.lowerBound {
            defer { previous = d }
            guard judge.contains(d) else { continue }
            let label = "\(previous)…\(d)"
            if tooLong(previous, d) {
                sink.add(.violation, d) { finding(.violation, EvaluationMessages.gapTooLong(previous, d, maxText), period: label, date: d) }
            } else {
                sink.add(.kept, d) { finding(.kept, .same(label), period: label, date: d) }
            }
        }
        // The open gap at the end runs to the evaluation date, or to the day the rule ends.
        let end = min(inForce.upperBound, asOf)
        if judge.contains(end), tooLong(previous, end) {
            sink.add(.violation, end) {
                finding(.violation, EvaluationMessages.gapTooLong(previous, end, maxText), period: "\(previous)…\(end)", date: end)
            }
        }
    }

    // MARK: - Per-event requirements

    /// With `explain`, the events a per-event check looked at and the dates it computed.
    private func explained(_ f: Finding, _ i: Int, _ req: CompiledRule.Requirement) -> Finding {
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
        let text = Value.durationText(n, dim)
        f.steps.append(sign < 0
            ? Localized(vi: "\(text.vi) trước \(date) là \(limit)", en: "\(text.en) before \(date) is \(limit)")
            : Localized(vi: "\(text.vi) sau \(date) là \(limit)", en: "\(text.en) after \(date) is \(limit)"))
        // Say why the count skipped a weekday (a day off) or counted a weekend day (a make-up day).
        if dim == .workingDays {
            var day = min(date, limit).adding(days: 1)
            while day < max(date, limit) {
                if !day.isWeeklyRest, let h = calendar.holiday(on: day) {
                    f.steps.append(Localized(vi: "vì \(day) là ngày nghỉ: ", en: "because \(day) is a day off: ") + h.name
                                   + .same(" (") + h.source + .same(")"))
                } else if day.isWeeklyRest, let w = calendar.workedDay(on: day) {
                    f.steps.append(Localized(vi: "vì \(day) là ngày làm việc: ", en: "because \(day) is a working day: ") + w.name
                                   + .same(" (") + w.source + .same(")"))
                }
                day = day.adding(days: 1)
            }
        }
        return f
    }

    private func each(_ i: Int, _ req: CompiledRule.Requirement, _ sink: inout FindingSink) {
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
            case .boolean(true)?: return put(.excused) { finding(.excused, EvaluationMessages.excused("—"), event: e, date: date, reason: "—") }
            case .text(let reason)? where !reason.isEmpty:
                return put(.excused) { finding(.excused, EvaluationMessages.excused(reason), event: e, date: date, reason: reason) }
            default: break
            }
        }
        if let fields = compiled.sizeFields, let p = sizeProblem(i, date, fields) {
            return put(.warning) { finding(.warning, p.message, event: e, date: date, compared: p.field) }
        }
        // Made only for the findings shown: a copy of the evaluator is not free.
        var explain: Explainer { Explainer(ev: ev) }
        switch req {
        case .condition(let t, let c):
            switch ev.truth(t, scope) {
            case true?: return put(.kept) { finding(.kept, EvaluationMessages.conditionKept, event: e, date: date) }
            case false?:
                return put(.violation) { finding(.violation, EvaluationMessages.conditionBroken(rule.name), event: e, date: date,
                               compared: explain.whyNot(c, [i])) }
            default:
                return put(.warning) { finding(.warning, EvaluationMessages.undetermined(rule.name), event: e, date: date,
                               compared: explain.whyNot(c, [i])) }
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
                let why = explain.whyNot(applicable, [i])
                return put(.violation) { finding(.violation, EvaluationMessages.adoptedWithoutMajority(why), event: e, date: date, compared: why) }
            case (false?, true?):
                return put(.warning) { finding(.warning, EvaluationMessages.rejectedDespiteMajority, event: e, date: date,
                               compared: explain.describe(applicable, [i])) }
            case (_?, _?):
                return put(.kept) { finding(.kept, EvaluationMessages.decisionConsistent, event: e, date: date) }
            default:
                return put(.warning) { finding(.warning, EvaluationMessages.undetermined(rule.name), event: e, date: date) }
            }
        }
    }

    /// A related event placed in time: a draft before the meeting, a report after the visit.
    private func related(_ i: Int, _ compiledFilter: CompiledFilter, _ timing: CTiming, _ nextFilter: CompiledFilter?,
                         _ sink: inout FindingSink) {
        let e = i, date = b.date(i), f = compiledFilter.source
        func put(_ status: Finding.Status, _ make: () -> Finding) {
            sink.add(status, date) { explained(make(), i, .related(compiledFilter, timing, next: nextFilter)) }
        }
        let scope = Scope(i)
        if ev.joinKeyMissing(compiledFilter, scope) {
            return put(.warning) { finding(.warning, EvaluationMessages.undetermined(rule.name), event: e, date: date) }
        }
        /// The day `d` away from the event (backwards when `sign` is -1), and `d`.
        func lead(_ d: CExpr, _ sign: Int64) -> (Day, Int64, DurationDimension)? {
            // Usually a constant (`2 working days`): read, not evaluated.
            let value: Value? = if case .constant(let v) = d.kind { v } else { ev.eval(d, [i]) }
            guard case .duration(let n, let dim)? = value, n.magnitude < 200_000 else { return nil }
            return ExpressionEvaluator.shift(date, by: sign * n, dim, calendar).map { ($0, n, dim) }
        }
        /// The related event that keeps the check, and the bounds it met.
        func found(_ ok: Int, bound: String) -> Finding {
            finding(.kept, Localized(vi: "\(f.type) \(b.id(ok) ?? "") ngày \(b.date(ok))", en: "\(f.type) \(b.id(ok) ?? "") of \(b.date(ok))"),
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
                return put(.warning) { finding(.warning, EvaluationMessages.undetermined(rule.name), event: e, date: date) }
            }
            (lower, upper, leadTime) = (nil, limit, (n, dim))
        case .withinAfter(let d):
            guard let (limit, n, dim) = lead(d, 1) else {
                return put(.warning) { finding(.warning, EvaluationMessages.undetermined(rule.name), event: e, date: date) }
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
