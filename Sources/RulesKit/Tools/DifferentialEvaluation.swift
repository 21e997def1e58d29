/// `rules diff --events`: the violations one regulation finds in the same events and the other
/// does not, rule pair by rule pair — what changes in practice between the two texts.
public struct DifferentialEvaluation: Sendable {
    public struct Difference: Sendable {
        /// The side that finds the violation: "A" or "B".
        public var side: String
        public var finding: Finding
        /// The side found a violation the other misses though the static verdict says it is the
        /// looser (or the same) rule: a fault of `rules diff` itself, shown rather than hidden.
        public var contradictsVerdict = false
    }

    /// Both sides judge the same days: those of the window both regulations are in force on, so a
    /// finding only one side has comes from the rules, not from one side judging days the other
    /// does not. Nil when the two have no day in force in common.
    public static func commonWindow(a: Model, b: Model, store: EventStore, asOf: Day) -> EvaluationWindow? {
        let options = Evaluator.Options(asOf: asOf)
        guard let wa = try? Evaluator(model: a).window(dates: store.dates, options: options).get(),
              let wb = try? Evaluator(model: b).window(dates: store.dates, options: options).get() else { return nil }
        let lower = max(wa.range.lowerBound, wb.range.lowerBound), upper = min(wa.range.upperBound, wb.range.upperBound)
        guard lower <= upper else { return nil }
        var w = wa
        w.range = lower...upper
        if wb.range.lowerBound > wa.range.lowerBound { w.start = wb.start }
        if wb.range.upperBound < wa.range.upperBound { w.end = wb.end }
        return w
    }

    /// `store`: the events, read with both regulations' event types.
    public static func compare(_ pairs: [RegulationDiff.Pair], a: Model, b: Model, store: EventStore, asOf: Day) -> [Difference] {
        guard let window = commonWindow(a: a, b: b, store: store, asOf: asOf) else { return [] }
        var options = Evaluator.Options(asOf: asOf)
        options.window = window
        let fa = Evaluator(model: a).evaluate(store, options: options).findings.filter { $0.status == .violation }
        let fb = Evaluator(model: b).evaluate(store, options: options).findings.filter { $0.status == .violation }
        var out: [Difference] = []
        for p in pairs {
            let key = matching(p)
            let va = fa.filter { $0.rule == p.a?.name }, vb = fb.filter { $0.rule == p.b?.name }
            let ka = Set(va.map(key)), kb = Set(vb.map(key))
            let paired = p.a != nil && p.b != nil
            out += va.filter { !kb.contains(key($0)) }.map {
                Difference(side: "A", finding: $0, contradictsVerdict: paired && [.same, .bStricter].contains(p.verdict))
            }
            out += vb.filter { !ka.contains(key($0)) }.map {
                Difference(side: "B", finding: $0, contradictsVerdict: paired && [.same, .aStricter].contains(p.verdict))
            }
        }
        return out
    }

    /// What makes two violations the same one: the event judged, or the period. Counts per month
    /// against counts per year meet in the year: the year's shortfall shows in some month of it.
    static func matching(_ p: RegulationDiff.Pair) -> @Sendable (Finding) -> String {
        switch (p.a?.form, p.b?.form) {
        case (.frequency(let pa, _)?, .frequency(let pb, _)?) where pa != pb:
            let longer = pa.liesWithin(pb) ? pb : pa
            return { $0.body + "\u{0}" + Periods.label(of: longer, $0.date) }
        case (.gap(_, let fa)?, .gap(_, let fb)?) where ExprText.render(fa) != ExprText.render(fb):
            // Different events counted leave gaps that end on different events.
            return { $0.body }
        default:
            return { $0.body + "\u{0}" + ($0.eventId ?? $0.period ?? $0.date.description) }
        }
    }
}
