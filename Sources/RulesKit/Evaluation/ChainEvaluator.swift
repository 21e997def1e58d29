/// Judges events against a chain of versions: each event, and each period, by the version in
/// force on its date (a period: on its last day). Findings cite the version applied.
public struct ChainEvaluator: Sendable {
    public let chain: RegulationChain

    public init(chain: RegulationChain) {
        self.chain = chain
    }

    public func evaluate(_ events: [Event], options: Evaluator.Options) -> Evaluation {
        evaluate(EventStore(events: events, types: chain.versions.last!.model.eventTypes), options: options)
    }

    public func evaluate(_ store: EventStore, options: Evaluator.Options) -> Evaluation {
        // One window for every version, from the base: periods are cut the same way throughout.
        let window = Evaluator(model: chain.base.model).window(dates: store.dates, options: options)
        var findings: [Finding] = [], targets: [TargetResult] = [], tallies: [RuleTally] = []
        var evaluated = 0
        for (i, version) in chain.versions.enumerated() {
            let start = max(version.effective, window.lowerBound)
            let end = i + 1 < chain.versions.count ? min(chain.versions[i + 1].effective.adding(days: -1), window.upperBound)
                : window.upperBound
            guard start <= end else { continue }
            var o = options
            o.from = window.lowerBound
            o.to = window.upperBound
            o.judged = start...end
            let e = Evaluator(model: version.model).evaluate(store, options: o)
            findings += e.findings
            targets += e.targets
            tallies += e.tallies
            evaluated = max(evaluated, e.eventsEvaluated)
        }
        var order: [String] = []
        for v in chain.versions { for r in v.model.rules where !order.contains(r.name) { order.append(r.name) } }
        let codes = chain.versions.filter { $0.effective <= window.upperBound }.map(\.code)
        return Evaluation(regulation: codes.joined(separator: ", "), from: window.lowerBound, to: window.upperBound,
                          asOf: options.asOf, findings: findings, tallies: Evaluator.merged(tallies, ruleOrder: order),
                          targets: targets, eventsEvaluated: evaluated)
    }
}
