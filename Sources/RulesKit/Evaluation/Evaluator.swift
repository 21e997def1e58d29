/// Runs a checked model over events and gives a finding for every check.
///
/// Evaluation is independent per body: events are partitioned by body and each body is judged
/// on its own events only, so bodies could be evaluated in parallel or in separate runs.
public struct Evaluator: Sendable {
    public struct Options: Sendable {
        public var from: Day?
        public var to: Day?
        /// The window, when a caller has worked it out already (a chain: the base regulation's).
        public var window: EvaluationWindow?
        /// Periods and deadlines not over on this day are pending, not broken: the last day the
        /// log is taken to be complete.
        public var asOf: Day
        /// Where `asOf` comes from, for the report's heading.
        public var asOfBasis: AsOfBasis = .given
        /// `--term`: the window is the regulation's term where `from`/`to` do not say otherwise.
        public var wholeTerm = false
        /// `--body`: judge only these bodies (ids or names).
        public var bodies: Set<String>?
        /// Records refused and skipped (`--skip-invalid`): what they might change is not judged.
        public var rejected: [RejectedRecord] = []
        /// Within the window, the days this model judges: the events dated in it and the periods
        /// that end in it. A version of an amended regulation judges only its time in force.
        public var judged: ClosedRange<Day>?
        /// Per rule, the days it is in force unchanged (a chain of versions); else the window.
        public var coverage: [String: RuleCoverage]?
        /// Per rule, the code of the version that gave it its wording (a chain); else this model's.
        public var origins: [String: String]?
        /// Record the events considered and the date arithmetic in each finding (`rules explain`).
        public var explain = false
        /// Threads that judge bodies at once ([S-jobs]).
        public var jobs = 1
        /// Make a finding for every kept check too, not only count them (reports that list them).
        public var listKept = true
        /// Without `listKept`, the months each rule was kept in, with no finding made: the HTML
        /// report's calendars colour them. Given to a streaming render only (`Streaming`).
        public var keptOnePerMonth = false
        /// Resolve rules' expressions against the store first (`ExpressionCompiler`); off, every
        /// expression is walked by `ExpressionEvaluator`, which defines their meaning (for tests).
        var compiled = true

        public init(from: Day? = nil, to: Day? = nil, asOf: Day, bodies: Set<String>? = nil, judged: ClosedRange<Day>? = nil) {
            self.from = from
            self.to = to
            self.asOf = asOf
            self.bodies = bodies
            self.judged = judged
        }
    }

    public let model: Model
    public let calendar: WorkingCalendar

    public init(model: Model) {
        self.model = model
        calendar = model.workingCalendar
    }

    /// The window judged: `--from`/`--to` (or `--term`), else the log's months and years, cut to the
    /// regulation's effective date and term (`EvaluationWindow`).
    public func window(dates: ClosedRange<Day>?, options: Options) -> Result<EvaluationWindow, EvaluationWindow.Problem> {
        Self.window(model.regulation, dates: dates, options: options)
    }

    /// The same for a regulation's header alone: no calendar is needed to know it.
    static func window(_ regulation: RegulationInfo?, dates: ClosedRange<Day>?,
                       options: Options) -> Result<EvaluationWindow, EvaluationWindow.Problem> {
        if let w = options.window { return .success(w) }
        return EvaluationWindow.make(regulation, dates: dates, from: options.from, to: options.to, asOf: options.asOf,
                                     wholeTerm: options.wholeTerm)
    }

    public func evaluate(_ store: EventStore, options: Options) -> Evaluation {
        var session = session(store, options: options)
        for body in session.bodies.keys.sorted() { judge(body: body, store, options: options, &session) }
        var e = conclude(session, options: options)
        guard session.problem == nil else { return e }
        e.absentValues = AbsentValue.find(in: model.rules, store: store)
        let (findings, tallies) = RuleAccounts.unjudged(model.rules.map { ($0, model.regulation?.code ?? "") }, bodies: model.bodies,
                                                        tallies: e.tallies, sights: session.sights, absent: e.absentValues,
                                                        window: session.window, selected: options.bodies)
        e.findings += findings
        e.tallies = Self.merged(e.tallies + tallies, ruleOrder: model.rules.map(\.name))
        return e
    }

    /// What judging one store takes, made once, and what has been found so far. Bodies are judged
    /// one at a time (`judge`), so a caller can hand each body's findings on and drop them.
    struct Session {
        let window: ClosedRange<Day>
        /// The window and why its ends are there; nil when no day of it is in force (`problem`).
        let judgedWindow: EvaluationWindow?
        let problem: EvaluationWindow.Problem?
        /// Every body judged, with its number in the store (nil: a named body with no events).
        let bodies: [String: Int?]
        let named: Set<String>
        let rules: [(rule: CheckedRule, compiled: CompiledRule)]
        /// Rules whose checks a target counts: their dates and verdicts are kept (`marks`).
        var targeted: Set<String>
        var findings: [Finding] = [], tallies: [RuleTally] = []
        /// `keptOnePerMonth`: the body's months kept, per rule, until a streaming render takes them.
        var keptMonths: KeptMonths = []
        var evaluated = 0
        /// rule → what it saw of the log, over every body.
        var sights: [String: RuleSight] = [:]
        /// rule → body → checks, for targets.
        var marks: [String: [String: [(date: Day, status: Finding.Status)]]] = [:]
        /// [S-whole]: rule → its periods, in order, as the kind's bodies saw them together.
        var whole: [String: [(label: String, period: PeriodOutcome)]] = [:]
        /// The same under each parent of the roster: rule → parent → periods.
        var wholeByParent: [String: [String: [(label: String, period: PeriodOutcome)]]] = [:]
        /// For judging whole-kind rules on totals: a body with no events to read them against.
        var store: EventStore?
    }

    func session(_ store: EventStore, options: Options) -> Session {
        var byBody: [String: Int?] = [:]
        let roster = model.roster
        // With a roster, a body it does not list is an error of the log (`EventStore.offRoster`): not judged.
        for (n, name) in store.bodyNames.enumerated() where options.bodies?.contains(name) ?? true && roster.map({ $0.body(name) != nil }) ?? true {
            byBody[name] = n
        }
        // Named bodies are judged even with no events at all: a year without meetings is a violation.
        var named: Set<String> = []
        // So is every body on the roster: its kind's population is the roster's, silent bodies too.
        for b in roster?.bodies ?? [] where options.bodies?.contains(b.id) ?? true {
            named.insert(b.id)
            if byBody[b.id] == nil { byBody[b.id] = .some(nil) }
        }
        for r in model.rules {
            for s in r.subjects where model.bodies[s]?.isKind == false {
                named.insert(s)
                if byBody[s] == nil, options.bodies?.contains(s) ?? true { byBody[s] = .some(nil) }
            }
        }
        // Compiled once against this store's layouts and symbols, then run over every body.
        let compiler = ExpressionCompiler(store: store, general: !options.compiled)
        let judgedWindow: EvaluationWindow
        switch window(dates: store.dates, options: options) {
        case .success(let w): judgedWindow = w
        case .failure(let p):
            // Nothing is judged; the report says why.
            let asked: ClosedRange<Day> = switch p {
            case .backwards(let from, let to), .noDays(let from, let to): to...from
            case .outside(let requested, _): requested
            }
            return Session(window: asked, judgedWindow: nil, problem: p, bodies: [:], named: [], rules: [], targeted: [])
        }
        let window = judgedWindow.range
        let rules = model.rules.filter { if case .target = $0.form { false } else { true } }.map { r in
            var compiled = compiler.rule(r)
            switch r.form {
            case .frequency(let period, _), .periodic(let period, _): compiled.spans = Periods.spans(period, in: window, term: model.regulation?.term)
            default: break
            }
            return (rule: r, compiled: compiled)
        }
        let targeted = Set(model.rules.compactMap { r -> String? in if case .target(_, let n, _) = r.form { n } else { nil } })
        var session = Session(window: window, judgedWindow: judgedWindow, problem: nil, bodies: byBody, named: named, rules: rules,
                              targeted: targeted)
        session.store = store
        return session
    }

    func judge(body: String, _ store: EventStore, options: Options, _ s: inout Session) {
        guard let number = s.bodies[body] else { return }
        // By place: a rule is a large value, copied for every body it would be costly.
        let rules = s.rules.indices.compactMap { k -> (Int, BodyInfo)? in
            guard let info = s.rules[k].rule.subjects.lazy.compactMap({ model.bodies[$0] }).first(where: { $0.matches(body) }) else { return nil }
            return (k, info)
        }
        if rules.isEmpty { return }
        let b = BodyEvents(store: store, number: number, name: body, asOf: options.asOf)
        // A body whose events all come after the evaluation date is not yet known on it.
        if b.count == 0 && !s.named.contains(body) { return }
        // Only the events in the days this version judges: those before the regulation took effect
        // or outside the window are not judged.
        let days = options.judged ?? s.window
        s.evaluated += model.roster?.body(body).map { $0.active(within: days).map(b.count(in:)) ?? 0 } ?? b.count(in: days)
        let rejected = options.rejected.filter { $0.body == nil || $0.body == body }
        for (k, info) in rules {
            let rule = s.rules[k].rule
            // A kind as a whole is all its bodies: `--body` leaves out the rest, so it is not judged.
            if rule.whole && options.bodies != nil { continue }
            // The days the rule's wording is in force: a period wholly inside is judged, one partly
            // inside only as docs/semantics.md says; a gap is measured from where it begins.
            var coverage = options.coverage?[rule.name] ?? s.judgedWindow.map(RuleCoverage.init(window:))
                ?? RuleCoverage(range: s.window, start: .window(.option), end: .window(.option))
            // A body on the roster is judged only on its active days: a cell formed in June is not
            // short of meetings from January to May, and the year of one closed in September is cut
            // there (not judged), not dropped. Its events outside them are errors (E26): a rule on each
            // event judges none of them. A rule for a kind as a whole judges the kind's year, whatever
            // part of it one cell existed.
            var judged = options.judged ?? s.window
            if !rule.whole, let listed = model.roster?.body(body) {
                guard let narrowed = coverage.narrowed(to: listed), let days = listed.active(within: judged) else { continue }
                coverage = narrowed
                if rule.form.judgesEachEvent { judged = days }
            }
            let run = RuleRun(rule: rule, compiled: s.rules[k].compiled, info: info, b: b, window: s.window, judged: judged,
                              asOf: options.asOf, model: model, calendar: calendar, coverage: coverage)
            run.explain = options.explain
            run.rejected = rejected
            if let origin = options.origins?[rule.name] { run.regulation = origin }
            var sink = FindingSink(rule: rule.name, regulation: run.regulation, body: body, listKept: options.listKept || options.explain,
                                   keptOnePerMonth: options.keptOnePerMonth,
                                   marking: s.targeted.contains(rule.name))
            s.sights[rule.name, default: RuleSight()].add(run.evaluate(into: &sink))
            if options.explain, b.count == 0, let roster = model.roster, roster.body(body) != nil {
                for k in sink.findings.indices { sink.findings[k].steps.insert(.silentBody(roster: roster.file), at: 0) }
            }
            if rule.whole {
                Self.add(sink.whole, to: &s.whole[rule.name, default: []])
                if let parent = model.roster?.body(body)?.parent { Self.add(sink.whole, to: &s.wholeByParent[rule.name, default: [:]][parent, default: []]) }
                continue
            }
            s.findings += sink.findings
            if !sink.keptMonths.isEmpty { s.keptMonths.append((rule.name, sink.keptMonths)) }
            s.tallies.append(sink.tally)
            if let marks = sink.marks { s.marks[rule.name, default: [:]][body] = marks }
        }
    }

    /// One body's periods of a whole-kind rule added to the totals so far, period by period.
    static func add(_ periods: [(label: String, period: PeriodOutcome)], to totals: inout [(label: String, period: PeriodOutcome)]) {
        for (label, p) in periods {
            if let k = totals.firstIndex(where: { $0.label == label }) { totals[k].period.merge(p) } else { totals.append((label, p)) }
        }
    }

    /// The targets, over every body's marks, and the evaluation.
    func conclude(_ s: Session, options: Options) -> Evaluation {
        var findings = s.findings, tallies = s.tallies
        let window = s.window, evaluated = s.evaluated, marksByBody = s.marks
        var targets: [TargetResult] = []
        for r in model.rules {
            guard case .target(let share, let ruleName, let period) = r.form else { continue }
            // A share of a kind's bodies is not the share of those `--body` selects: said once, by
            // the version in force at the window's end.
            if options.bodies != nil {
                guard options.judged?.contains(window.upperBound) ?? true else { continue }
                var f = Finding(status: .notJudged, regulation: options.origins?[r.name] ?? model.regulation?.code ?? "", rule: r.name,
                                ruleLabel: r.label, citation: r.citation, body: r.subjects.joined(separator: ", "), eventId: nil, source: nil,
                                period: "\(window.lowerBound)…\(window.upperBound)", date: window.upperBound,
                                detail: .judgedNothing(.bodiesSelected, absent: []), values: nil, reason: nil)
                f.wholeRule = true
                findings.append(f)
                tallies.append(RuleTally(f))
                continue
            }
            for kind in r.subjects {
                let (fs, ts) = targetFindings(r, kind: kind, share: share, ruleName: ruleName, period: period,
                                              perBody: marksByBody[ruleName] ?? [:], window: window,
                                              judged: options.judged ?? window, asOf: options.asOf, origin: options.origins?[r.name],
                                              selected: options.bodies, explain: options.explain)
                findings += fs
                targets += ts
                for f in fs {
                    tallies.append(RuleTally(f))
                }
            }
        }
        var byParent: [Finding] = []
        for r in model.rules where r.whole {
            guard case .periodic(_, let condition) = r.form, let store = s.store else { continue }
            for (label, period) in s.whole[r.name] ?? [] {
                let f = wholeFinding(r, condition, label, period, store: store, options: options)
                findings.append(f)
                tallies.append(RuleTally(f))
            }
            // Each parent's figure, in the roster's order: what the rule says of its bodies alone.
            let parents = s.wholeByParent[r.name] ?? [:]
            for p in model.roster?.bodies ?? [] {
                for (label, period) in parents[p.id] ?? [] {
                    var f = wholeFinding(r, condition, label, period, store: store, options: options)
                    f.body = p.id
                    byParent.append(f)
                }
            }
        }
        var evaluation = Evaluation(regulation: model.regulation?.code ?? "", from: window.lowerBound, to: window.upperBound,
                                    asOf: options.asOf, findings: findings, tallies: Self.merged(tallies, ruleOrder: model.rules.map(\.name)),
                                    targets: targets, eventsEvaluated: evaluated)
        evaluation.window = s.judgedWindow
        evaluation.windowProblem = s.problem
        evaluation.keptListed = options.listKept || options.explain
        evaluation.byParent = byParent
        evaluation.asOfBasis = options.asOfBasis
        evaluation.title = model.regulation?.title
        if let store = s.store { evaluation.population = Population.of(model, store: store) }
        evaluation.ruleVersions = model.rules.map {
            RuleVersion(regulation: model.regulation?.code ?? "", rule: $0.name, label: $0.label, citation: $0.citation)
        }
        return evaluation
    }

    /// Checks kept and broken per rule, wording and body: bodies in name order, rules in the
    /// file's order, one rule's wordings in the order the versions came.
    static func merged(_ parts: [RuleTally], ruleOrder: [String]) -> [RuleTally] {
        let order = Dictionary(ruleOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // Sorted by body and rule, stably, so one rule's wordings (rarely more than one) keep the
        // order they came in; the parts mostly come in that order already, which a sort is quick on.
        // Their places are sorted, not copies: a national log has a million tallies.
        let rank = parts.map { order[$0.rule] ?? 0 }
        // Most often already merged and in order (bodies are judged in name order, rules in the
        // model's): then kept as they are, not copied.
        if parts.allSatisfy({ $0.total > 0 }),
           parts.indices.dropFirst().allSatisfy({ (parts[$0 - 1].body, rank[$0 - 1]) < (parts[$0].body, rank[$0]) }) {
            return parts
        }
        let sorted = parts.indices.filter { parts[$0].total > 0 }
            .sorted { (parts[$0].body, rank[$0], $0) < (parts[$1].body, rank[$1], $1) }
        var merged: [RuleTally] = []
        var group = 0
        for (k, i) in sorted.enumerated() {
            let p = parts[i]
            if k == 0 || p.body != parts[sorted[k - 1]].body || p.rule != parts[sorted[k - 1]].rule { group = merged.count }
            if let j = merged[group...].firstIndex(where: { $0.regulation == p.regulation }) { merged[j].add(p) } else { merged.append(p) }
        }
        return merged
    }

    /// "100% of cells keep 12 regular meetings a year": per period, the share of the kind's bodies
    /// with at least one kept check and no violation of the named rule in that period.
    func targetFindings(_ r: CheckedRule, kind: String, share: Rational, ruleName: String, period: Period?,
                        perBody: [String: [(date: Day, status: Finding.Status)]], window: ClosedRange<Day>, judged: ClosedRange<Day>,
                        asOf: Day, origin: String?, selected: Set<String>?, explain: Bool = false) -> ([Finding], [TargetResult]) {
        // [S-target]: the population is the roster's bodies of the kind active on the period's last
        // day; without a roster, the kind's bodies that have checks of the rule.
        let seen = perBody.filter { !$0.value.isEmpty }.keys.filter { model.bodies[kind]?.matches($0) ?? false }.sorted()
        func population(_ span: PeriodSpan) -> [String] {
            guard let roster = model.roster else { return seen }
            return roster.population(of: kind, on: span.end).map(\.id).filter { selected?.contains($0) ?? true }
        }
        let spans = period.map { Periods.spans($0, in: window, term: model.regulation?.term) }
            ?? [PeriodSpan(start: window.lowerBound, end: window.upperBound, label: "\(window.lowerBound)…\(window.upperBound)",
                           naturalEnd: window.upperBound, naturalStart: window.lowerBound)]
        var findings: [Finding] = [], results: [TargetResult] = []
        for span in spans where judged.contains(span.end) {
            let bodies = population(span)
            var keeping: Set<String> = [], notKeeping: [String] = [], open: [String] = []
            for body in bodies {
                let inSpan = (perBody[body] ?? []).filter { $0.date >= span.start && $0.date <= span.end }
                if inSpan.contains(where: { $0.status == .violation }) {
                    notKeeping.append(body)
                } else if inSpan.contains(where: { $0.status == .kept }) {
                    keeping.insert(body)
                } else if inSpan.contains(where: { $0.status == .notJudged }) {
                    open.append(body)
                } else {
                    notKeeping.append(body)
                }
            }
            guard !bodies.isEmpty else { continue }
            var result = TargetResult(rule: r.name, kind: kind, keptRule: ruleName, period: span.label,
                                      bodiesMeeting: keeping.count, bodies: bodies.count, target: share, met: false)
            if let roster = model.roster { result.byParent = Self.byParent(bodies, keeping: keeping, roster) }
            result.decide(undecided: open.count, pending: span.naturalEnd > asOf)
            results.append(result)
            var f = Finding(
                status: result.status, regulation: origin ?? model.regulation?.code ?? "",
                rule: r.name, ruleLabel: r.label, citation: r.citation, body: kind, eventId: nil, source: nil,
                period: span.label, date: span.end, detail: result.detail(undecided: open.count), values: result.values, reason: nil)
            if explain { f.steps = [.targetBodies(notKeeping: notKeeping, undecided: open)] }
            findings.append(f)
        }
        return (findings, results)
    }
}

extension Evaluator {
    /// A target's count under each parent of the roster, parents in the roster's order.
    static func byParent(_ bodies: [String], keeping: Set<String>, _ roster: Roster) -> [ParentShare] {
        var counts: [String: (met: Int, all: Int)] = [:]
        for b in bodies {
            guard let parent = roster.body(b)?.parent else { continue }
            counts[parent, default: (0, 0)].all += 1
            if keeping.contains(b) { counts[parent]!.met += 1 }
        }
        return roster.bodies.compactMap { p in
            counts[p.id].map { ParentShare(parent: p.id, name: p.name, bodiesMeeting: $0.met, bodies: $0.all) }
        }
    }

    /// [S-whole]: one period of a rule for its kind as a whole, judged on the kind's totals.
    func wholeFinding(_ r: CheckedRule, _ condition: CExpr, _ label: String, _ period: PeriodOutcome, store: EventStore,
                      options: Options) -> Finding {
        let kind = r.subjects.joined(separator: ", ")
        func finding(_ status: Finding.Status, _ detail: Finding.Detail, _ date: Day, values: Finding.Values? = nil) -> Finding {
            var f = Finding(status: status, regulation: options.origins?[r.name] ?? model.regulation?.code ?? "", rule: r.name, ruleLabel: r.label,
                            citation: r.citation, body: kind, eventId: nil, source: nil, period: label, date: date, detail: detail, values: values,
                            reason: nil)
            f.ofKind = true
            return f
        }
        // The totals stand in for the counts and aggregates; nothing else reads a body.
        var ev = ExpressionEvaluator(b: BodyEvents(store: store, number: nil, name: kind, asOf: options.asOf),
                                     counts: MemberCounts(declared: model.bodies[r.subjects[0]]!), calendar: calendar,
                                     periodDate: options.asOf)
        var missing: (name: String, source: EventSource)?
        var truth: Bool?
        if case .judged(let last, let parts, _) = period {
            ev.periodDate = last
            condition.forEach { e in
                let key = ExprText.render(e)
                switch e.kind {
                case .count: ev.fixed[key] = (parts[key] ?? AggregatePart(count: 0)).value(nil)
                case .aggregate(let k, _, _):
                    let part = parts[key] ?? AggregatePart(count: 0)
                    ev.fixed[key] = part.value(k)
                    missing = missing ?? part.missing
                default: break
                }
            }
            truth = ev.truth(condition)
        }
        var f = period.finding(truth, condition, explain: Explainer(ev: ev), missing: missing) { finding($0, $1, $2, values: $3) }
        f.totals = period.totals
        return f
    }
}
