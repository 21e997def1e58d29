/// A second evaluator, written from `docs/semantics.md` and nothing else: events as values in
/// arrays, every filter a scan, every expression interpreted — no columnar store, no join plans,
/// no indexes, no compiled expressions. Slow and plain on purpose; the differential tests hold
/// the real evaluator to it on generated regulations and logs.
///
/// It judges a regulation and its amendments and every rule form; it gives
/// verdicts only (rule, body, event or period, day, status), not the reports' texts.
public struct ReferenceEvaluator: Sendable {
    public struct Verdict: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var rule: String
        public var body: String
        /// The event judged (its id), or the period's label (`2023-05`, `2023-01-05…2023-03-01`).
        public var at: String
        public var day: Day
        public var status: Finding.Status

        public var description: String { "\(rule) \(body) \(at) \(day) \(status.rawValue)" }
        public static func < (a: Verdict, b: Verdict) -> Bool { a.description < b.description }
    }

    public let chain: RegulationChain
    public var model: Model { chain.versions.last!.model }

    public init(chain: RegulationChain) {
        self.chain = chain
    }

    public init(model: Model) {
        chain = RegulationChain(versions: [.init(code: model.regulation?.code ?? "", effective: model.regulation?.effective ?? .first,
                                                 model: model, changes: [])])
    }

    /// [S-window-default] … [S-asof-events-after]: the window is the real evaluator's (the same
    /// statements decide it); events after `asOf` are not seen. [S-version-event],
    /// [S-version-period]: each version judges the days it is in force.
    public func evaluate(_ events: [Event], window: EvaluationWindow, asOf: Day) -> [Verdict] {
        var byBody: [String: [Event]] = [:]
        for e in events where e.date <= asOf { byBody[e.body, default: []].append(e) }
        // A body the rules name is judged even with no event: its months without a meeting count.
        for v in chain.versions {
            for r in v.model.rules {
                for s in r.subjects where v.model.bodies[s]?.isKind == false && byBody[s] == nil { byBody[s] = [] }
            }
        }
        let versions = chain.versions
        var out: [Verdict] = []
        for (i, v) in versions.enumerated() {
            let from = max(v.effective, window.range.lowerBound)
            let to = i + 1 < versions.count ? min(versions[i + 1].effective.adding(days: -1), window.range.upperBound) : window.range.upperBound
            guard from <= to else { continue }
            let calendar = v.model.workingCalendar
            for (body, list) in byBody {
                let sorted = list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
                for rule in v.model.rules where !rule.whole {
                    if case .target = rule.form { continue }
                    guard let info = rule.subjects.lazy.compactMap({ v.model.bodies[$0] }).first(where: { $0.matches(body) }),
                          let wording = wording(rule.name, at: i, window: window) else { continue }
                    out += BodyJudge(rule: rule, body: body, info: info, events: sorted, window: window, asOf: asOf, calendar: calendar,
                                     term: chain.base.model.regulation?.term, wording: wording, version: from...to).verdicts()
                }
            }
        }
        // [S-whole]: a rule for a kind as a whole judges the kind's bodies' events together.
        for (i, v) in versions.enumerated() {
            let from = max(v.effective, window.range.lowerBound)
            let to = i + 1 < versions.count ? min(versions[i + 1].effective.adding(days: -1), window.range.upperBound) : window.range.upperBound
            guard from <= to else { continue }
            for rule in v.model.rules where rule.whole {
                guard let info = v.model.bodies[rule.subjects[0]], let wording = wording(rule.name, at: i, window: window) else { continue }
                let population = byBody.filter { body, list in !list.isEmpty && rule.subjects.contains { v.model.bodies[$0]?.matches(body) ?? false } }
                guard !population.isEmpty else { continue }
                let events = population.values.joined().sorted { $0.date < $1.date }
                out += BodyJudge(rule: rule, body: rule.subjects.joined(separator: ", "), info: info, events: events, window: window, asOf: asOf,
                                 calendar: v.model.workingCalendar, term: chain.base.model.regulation?.term, wording: wording, version: from...to).verdicts()
            }
        }
        // A target's period is judged by the version in force on its last day, over every check in it.
        let checks = out
        for (i, v) in versions.enumerated() {
            let from = max(v.effective, window.range.lowerBound)
            let to = i + 1 < versions.count ? min(versions[i + 1].effective.adding(days: -1), window.range.upperBound) : window.range.upperBound
            guard from <= to else { continue }
            for rule in v.model.rules {
                guard case .target(let share, let counted, let period) = rule.form else { continue }
                for kind in rule.subjects {
                    out += target(rule.name, kind, share, counted, period, checks, model: v.model, window: window.range, asOf: asOf)
                        .filter { (from...to).contains($0.day) }
                }
            }
        }
        return out.sorted()
    }

    /// The days around version `i` in which the rule has one wording: the versions that have it,
    /// with no amendment touching it in between, cut to the window.
    private func wording(_ rule: String, at i: Int, window: EvaluationWindow) -> BodyJudge.Wording? {
        let versions = chain.versions
        func has(_ k: Int) -> Bool { versions[k].model.rules.contains { $0.name == rule } }
        func touched(_ k: Int) -> Bool { versions[k].changes.contains { $0.rules.contains(rule) } }
        var first = i, last = i
        while first > 0, has(first - 1), !touched(first) { first -= 1 }
        while last + 1 < versions.count, has(last + 1), !touched(last + 1) { last += 1 }
        var lower = window.range.lowerBound, upper = window.range.upperBound
        var begins = window.start == .effective || window.start == .termStart, repealed = false
        if first > 0, versions[first].effective > lower { (lower, begins) = (versions[first].effective, true) }
        if last + 1 < versions.count, versions[last + 1].effective <= upper {
            (upper, repealed) = (versions[last + 1].effective.adding(days: -1), !has(last + 1))
        }
        return lower <= upper ? BodyJudge.Wording(days: lower...upper, begins: begins, repealedAfter: repealed) : nil
    }

    /// [S-target]: per period, the share of the kind's bodies (those with checks of the rule) that
    /// kept it — a kept check in the period and no violation; a period not judged may still count.
    private func target(_ name: String, _ kind: String, _ share: Rational, _ counted: String, _ period: Period?,
                        _ verdicts: [Verdict], model: Model, window: ClosedRange<Day>, asOf: Day) -> [Verdict] {
        guard let info = model.bodies[kind] else { return [] }
        let checks = Dictionary(grouping: verdicts.filter { $0.rule == counted && info.matches($0.body) }, by: \.body)
        guard !checks.isEmpty else { return [] }
        let spans = period.map { Periods.spans($0, in: window, term: model.regulation?.term) }
            ?? [PeriodSpan(start: window.lowerBound, end: window.upperBound, label: "\(window.lowerBound)…\(window.upperBound)",
                           naturalEnd: window.upperBound, naturalStart: window.lowerBound)]
        return spans.map { span in
            var keeping = 0, open = 0
            for (_, vs) in checks {
                let inSpan = vs.filter { (span.start...span.end).contains($0.day) }
                if inSpan.contains(where: { $0.status == .violation }) { continue }
                if inSpan.contains(where: { $0.status == .kept }) { keeping += 1 } else if inSpan.contains(where: { $0.status == .notJudged }) { open += 1 }
            }
            let all = Int64(checks.count)
            let met = !(Rational(Int64(keeping), all)! < share), could = !(Rational(Int64(keeping + open), all)! < share)
            let status: Finding.Status = met ? .kept : span.naturalEnd > asOf ? .pending : could ? .notJudged : .violation
            return Verdict(rule: name, body: kind, at: span.label, day: span.end, status: status)
        }
    }
}
