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
        ev = ExpressionEvaluator(b: b, counts: MemberCounts(declared: info, listed: model.roster?.body(b.body)?.members),
                                 calendar: calendar, periodDate: window.upperBound)
    }

    func finding(_ status: Finding.Status, _ detail: Finding.Detail, event: Int? = nil, period: String? = nil,
                 date: Day, values: Finding.Values? = nil, reason: String? = nil) -> Finding {
        Finding(status: status, regulation: regulation, rule: rule.name, ruleLabel: rule.label,
                citation: rule.citation, body: b.body, eventId: event.flatMap { b.id($0) }, source: event.map { b.source($0) }, period: period,
                date: date, detail: detail, values: values, reason: reason)
    }

    /// Judges the body's events and says what the rule saw of them: a rule that judged nothing
    /// then says why (`RuleSight`).
    @discardableResult
    func evaluate(into sink: inout FindingSink) -> RuleSight {
        if case .periodic(_, let c) = rule.form {
            periodic(c, &sink)
            return RuleSight(bodies: b.hasEvents(in: judge) ? 1 : 0, typeEvents: 1, matched: 1)
        }
        guard let filter = compiled.filter else { return RuleSight() }
        let matches = ev.matches(filter, Scope())
        switch rule.form {
        case .frequency(_, let count): frequency(count, matches, &sink)
        case .gap(let max, _): gap(max.amount, max.dimension, matches, &sink)
        case .each, .whenever:
            guard let requirement = compiled.requirement else { break }
            for i in matches where judge.contains(b.date(i)) { each(i, requirement, &sink) }
        case .target, .periodic: break
        }
        return RuleSight(bodies: b.hasEvents(in: judge) ? 1 : 0, typeEvents: b.slice(of: b.indices(ofType: filter.source.type), in: judge).count,
                         matched: b.slice(of: matches, in: judge).count)
    }

    /// An event whose own counts exceed the body's size in force that day (from a `membership`
    /// record or the rules file; its own `members` field was checked when it was read): a share of
    /// the members computed from it would be a verdict on an impossible record.
    func sizeProblem(_ i: Int, _ date: Day, _ fields: [(count: Plausibility.Count, position: Int)]) -> (Plausibility.Problem, members: Int64)? {
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
        return Plausibility.problem(counts).map { ($0, members) }
    }
}
