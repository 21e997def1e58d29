/// How a streamed evaluation hands each body's findings on: `render` turns them into output on
/// whichever thread judged the body; `write` takes the output in body order on the caller's.
public struct Streaming<Output> {
    public let render: @Sendable (_ body: String, [Finding], KeptMonths) -> Output
    public let write: (Output) -> Void

    public init(render: @escaping @Sendable (_ body: String, [Finding]) -> Output, write: @escaping (Output) -> Void) {
        self.render = { body, findings, _ in render(body, findings) }
        self.write = write
    }

    /// `render` is also given the months each rule was kept in (`Options.keptOnePerMonth`).
    public init(render: @escaping @Sendable (_ body: String, [Finding], KeptMonths) -> Output, write: @escaping (Output) -> Void) {
        self.render = render
        self.write = write
    }
}

/// Judges events against a chain of versions: each event, and each period, by the version in
/// force on its date (a period: on its last day). Findings cite the version applied.
public struct ChainEvaluator: Sendable {
    public let chain: RegulationChain

    public init(chain: RegulationChain) {
        self.chain = chain
    }

    /// The window judged and the codes of the versions in force in it: a report's heading,
    /// known before any body is judged.
    public func heading(_ store: EventStore, options: Evaluator.Options)
        -> (regulation: String, window: Result<EvaluationWindow, EvaluationWindow.Problem>) {
        let window = Evaluator.window(chain.base.model.regulation, dates: store.dates, options: options)
        let last = (try? window.get())?.range.upperBound ?? chain.base.effective
        return (chain.versions.filter { $0.effective <= last }.map(\.code).joined(separator: ", "), window)
    }

    /// The log's bodies that no rule of any version applies to, with their events: a body id
    /// mistyped in the log (`dang-uy` for `dang_uy`) shows here instead of vanishing.
    func bodiesWithoutRules(_ store: EventStore, options: Evaluator.Options) -> [UncoveredBody] {
        let subjects = chain.versions.flatMap { v in v.model.rules.flatMap { $0.subjects.compactMap { v.model.bodies[$0] } } }
        let named = Set(subjects.filter { !$0.isKind }.map(\.name))
        return store.bodyNames.enumerated().compactMap { n, name in
            // A body off the roster is an error of the log (E25), listed there.
            guard options.bodies?.contains(name) ?? true, !subjects.contains(where: { $0.matches(name) }),
                  chain.base.model.roster.map({ $0.body(name) != nil }) ?? true else { return nil }
            let events = zip(store.bodies[n].rows, store.layouts).reduce(0) { $0 + $1.0.count / $1.1.stride }
            return UncoveredBody(body: name, events: events, suggestion: Suggestions.closest(to: name, in: named))
        }.sorted { $0.body < $1.body }
    }

    /// With `streaming`, each body's findings are rendered as soon as it is judged and written in
    /// body name order, and are not kept: memory then does not grow with the findings of a
    /// province. The evaluation keeps only the targets' findings, the tallies and the counts.
    /// Bodies are judged on `options.jobs` threads ([S-jobs]); the result does not depend on how many.
    public func evaluate(_ store: EventStore, options: Evaluator.Options) -> Evaluation {
        evaluate(store, options: options, streaming: Streaming<Void>?.none)
    }

    public func evaluate<Output>(_ store: EventStore, options: Evaluator.Options, streaming: Streaming<Output>?) -> Evaluation {
        // One window for every version, from the base: periods are cut the same way throughout.
        let (codes, judgedWindow) = heading(store, options: options)
        guard case .success(let whole) = judgedWindow else {
            // No day of the window is in force: the base reports why, and judges nothing.
            return Evaluator(model: chain.base.model).evaluate(store, options: options)
        }
        let window = whole.range
        // Sessions apart from the rest: judging mutates one in place, with no copy of what it found.
        var parts: [(evaluator: Evaluator, options: Evaluator.Options, version: Int)] = [], sessions: [Evaluator.Session] = []
        for (i, version) in chain.versions.enumerated() {
            let start = max(version.effective, window.lowerBound)
            let end = i + 1 < chain.versions.count ? min(chain.versions[i + 1].effective.adding(days: -1), window.upperBound)
                : window.upperBound
            guard start <= end else { continue }
            var o = options
            o.window = whole
            o.judged = start...end
            o.coverage = chain.coverage(version: i, window: whole)
            o.origins = chain.origins(version: i)
            let evaluator = Evaluator(model: version.model)
            parts.append((evaluator, o, i))
            sessions.append(evaluator.session(store, options: o))
        }
        var streamed = 0
        // [S-target] counts every check of the rule in the period, whichever version made it:
        // every version keeps the checks of every rule any version's target counts.
        let targeted = sessions.reduce(into: Set<String>()) { $0.formUnion($1.targeted) }
        for k in sessions.indices { sessions[k].targeted = targeted }
        // Body by body, each by every version in force over part of the window; a block of bodies
        // at a time, each block from sessions that have found nothing yet.
        let bodies = Set(sessions.flatMap(\.bodies.keys)).sorted()
        let start = sessions
        // A tally per body and rule at most, reserved once: grown by doubling, a national log's
        // tallies would be copied and held twice over. Pages never written take no memory.
        for (k, part) in parts.enumerated() { sessions[k].tallies.reserveCapacity(bodies.count * part.evaluator.model.rules.count) }
        BodyBlocks.run(count: bodies.count, jobs: options.jobs, { block -> (sessions: [Evaluator.Session], outputs: [Output], violations: Int) in
            var mine = start.map(\.fresh), outputs: [Output] = [], violations = 0
            for body in bodies[block] {
                for (k, part) in parts.enumerated() { part.evaluator.judge(body: body, store, options: part.options, &mine[k]) }
                guard let streaming else { continue }
                var found: [Finding] = [], kept: KeptMonths = []
                for k in mine.indices {
                    found += mine[k].findings
                    kept += mine[k].keptMonths
                    mine[k].findings.removeAll(keepingCapacity: true)
                    mine[k].keptMonths.removeAll(keepingCapacity: true)
                }
                violations += found.count { $0.status == .violation }
                outputs.append(streaming.render(body, found, kept))
            }
            return (mine, outputs, violations)
        }, take: { block in
            for k in sessions.indices { sessions[k].absorb(block.sessions[k]) }
            streamed += block.violations
            if let streaming { for o in block.outputs { streaming.write(o) } }
        })
        var findings: [Finding] = [], targets: [TargetResult] = [], byParent: [Finding] = []
        // Each version's tallies, merged: with one version, the final ones unless a rule judged nothing.
        var tallies: [[RuleTally]] = []
        var evaluated = 0
        if sessions.count > 1 && !targeted.isEmpty {
            var pooled: [String: [String: [(date: Day, status: Finding.Status)]]] = [:]
            for s in sessions { for (rule, bodies) in s.marks { for (body, marks) in bodies { pooled[rule, default: [:]][body, default: []] += marks } } }
            for k in sessions.indices { sessions[k].marks = pooled }
        }
        for (k, part) in parts.enumerated() {
            let e = part.evaluator.conclude(sessions[k], options: part.options)
            // The version's checks are in `e` now: a national log's tallies are not kept twice.
            (sessions[k].findings, sessions[k].tallies) = ([], [])
            findings += e.findings
            byParent += e.byParent
            targets += e.targets
            tallies.append(e.tallies)
            // Each version counts the events in its own days: the counts add up.
            evaluated += e.eventsEvaluated
        }
        // Every rule in force in the window accounts for itself: one that made no check says why.
        var sights: [String: RuleSight] = [:]
        for s in sessions { for (rule, sight) in s.sights { sights[rule, default: RuleSight()].add(version: sight) } }
        let inForce = parts.flatMap { part in
            let origins = chain.origins(version: part.version)
            return chain.versions[part.version].model.rules.map { (rule: $0, regulation: origins[$0.name] ?? chain.versions[part.version].code) }
        }
        let absent = AbsentValue.find(in: inForce.map(\.rule), store: store)
        let all = tallies.count == 1 ? tallies[0] : Array(tallies.joined())
        let unjudged = RuleAccounts.unjudged(inForce, bodies: chain.versions.last!.model.bodies, tallies: all, sights: sights, absent: absent,
                                             window: window, selected: options.bodies)
        findings += unjudged.findings
        var order: [String] = []
        for v in chain.versions { for r in v.model.rules where !order.contains(r.name) { order.append(r.name) } }
        var evaluation = Evaluation(regulation: codes, from: window.lowerBound, to: window.upperBound,
                                    asOf: options.asOf, findings: findings,
                                    tallies: tallies.count == 1 && unjudged.tallies.isEmpty ? all : Evaluator.merged(all + unjudged.tallies, ruleOrder: order),
                                    targets: targets, eventsEvaluated: evaluated)
        evaluation.violationsStreamed = streamed
        evaluation.keptListed = options.listKept || options.explain
        evaluation.byParent = byParent
        evaluation.absentValues = absent
        evaluation.bodiesWithoutRules = bodiesWithoutRules(store, options: options)
        evaluation.window = whole
        evaluation.title = chain.base.model.regulation?.title
        evaluation.ruleVersions = chain.ruleVersions
        evaluation.asOfBasis = options.asOfBasis
        evaluation.population = Population.of(chain.versions.last!.model, store: store)
        return evaluation
    }
}
