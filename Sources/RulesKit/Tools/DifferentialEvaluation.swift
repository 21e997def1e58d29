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
    public static func commonWindow(a: Regulation, b: Regulation, log: EventLog, asOf: Day) -> EvaluationWindow? {
        let options = Evaluator.Options(asOf: asOf)
        guard let wa = try? a.heading(log, options: options).window.get(), let wb = try? b.heading(log, options: options).window.get() else { return nil }
        let lower = max(wa.range.lowerBound, wb.range.lowerBound), upper = min(wa.range.upperBound, wb.range.upperBound)
        guard lower <= upper else { return nil }
        var w = wa
        w.range = lower...upper
        if wb.range.lowerBound > wa.range.lowerBound { w.start = wb.start }
        if wb.range.upperBound < wa.range.upperBound { w.end = wb.end }
        return w
    }

    public struct Outcome: Sendable {
        public var differences: [Difference] = []
        /// Rules of either side that judged nothing in these events (their whole-rule finding says
        /// why): "only A finds it" may only mean B's rule saw nothing.
        public var judgedNothing: [Difference] = []
    }

    /// `log`: the events, read with both regulations' event types (`Regulation.eventLog(for:)`).
    public static func compare(_ pairs: [RegulationDiff.Pair], a: Regulation, b: Regulation, log: EventLog, asOf: Day) -> [Difference] {
        run(pairs, a: a, b: b, log: log, asOf: asOf).differences
    }

    /// Both sides judged through the front door, as `rules evaluate` would judge each.
    public static func run(_ pairs: [RegulationDiff.Pair], a: Regulation, b: Regulation, log: EventLog, asOf: Day) -> Outcome {
        guard let window = commonWindow(a: a, b: b, log: log, asOf: asOf) else { return Outcome() }
        var options = Evaluator.Options(asOf: asOf)
        options.window = window
        let all = (a: a.evaluate(log, options: options).findings, b: b.evaluate(log, options: options).findings)
        var result = Outcome()
        result.judgedNothing = all.a.filter(\.wholeRule).map { Difference(side: "A", finding: $0) }
            + all.b.filter(\.wholeRule).map { Difference(side: "B", finding: $0) }
        let fa = all.a.filter { $0.status == .violation }, fb = all.b.filter { $0.status == .violation }
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
        result.differences = out
        return result
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
