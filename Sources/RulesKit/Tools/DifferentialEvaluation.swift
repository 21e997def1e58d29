/// `rules diff --events`: the violations one regulation finds in the same events and the other
/// does not, rule pair by rule pair — what changes in practice between the two texts.
public struct DifferentialEvaluation: Sendable {
    public struct Difference: Sendable {
        /// The side that finds the violation: "A" or "B".
        public var side: String
        public var finding: Finding
    }

    /// `store`: the events, read with both regulations' event types.
    public static func compare(_ pairs: [RegulationDiff.Pair], a: Model, b: Model, store: EventStore, asOf: Day) -> [Difference] {
        let ea = Evaluator(model: a)
        // Both sides judged over A's window, so that a finding only one side has is a real difference.
        var options = Evaluator.Options(asOf: asOf)
        options.window = try? ea.window(dates: store.dates, options: options).get()
        let fa = ea.evaluate(store, options: options).findings.filter { $0.status == .violation }
        let fb = Evaluator(model: b).evaluate(store, options: options).findings.filter { $0.status == .violation }
        func key(_ f: Finding) -> String { f.body + "\u{0}" + (f.eventId ?? f.period ?? f.date.description) }
        var out: [Difference] = []
        for p in pairs {
            let va = fa.filter { $0.rule == p.a?.name }, vb = fb.filter { $0.rule == p.b?.name }
            let ka = Set(va.map(key)), kb = Set(vb.map(key))
            out += va.filter { !kb.contains(key($0)) }.map { Difference(side: "A", finding: $0) }
            out += vb.filter { !ka.contains(key($0)) }.map { Difference(side: "B", finding: $0) }
        }
        return out
    }
}
