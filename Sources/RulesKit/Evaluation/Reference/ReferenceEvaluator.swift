/// A second evaluator, written from `docs/semantics.md` and nothing else: events as values in
/// arrays, every filter a scan, every expression interpreted — no columnar store, no join plans,
/// no indexes, no compiled expressions. Slow and plain on purpose; the differential tests hold
/// the real evaluator to it on generated regulations and logs.
///
/// It judges one regulation version (no amendments) and every rule form; it gives
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

    public let model: Model
    let calendar: WorkingCalendar

    public init(model: Model) {
        self.model = model
        calendar = model.workingCalendar
    }

    /// [S-window-default] … [S-asof-events-after]: the window is the real evaluator's (the same
    /// statements decide it); events after `asOf` are not seen.
    public func evaluate(_ events: [Event], window: EvaluationWindow, asOf: Day) -> [Verdict] {
        var byBody: [String: [Event]] = [:]
        for e in events where e.date <= asOf { byBody[e.body, default: []].append(e) }
        // A body the rules name is judged even with no event: its months without a meeting count.
        for r in model.rules {
            for s in r.subjects where model.bodies[s]?.isKind == false && byBody[s] == nil { byBody[s] = [] }
        }
        var out: [Verdict] = []
        for (body, list) in byBody {
            let sorted = list.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            for rule in model.rules {
                guard let info = rule.subjects.lazy.compactMap({ model.bodies[$0] }).first(where: { $0.matches(body) }) else { continue }
                let judge = BodyJudge(rule: rule, body: body, info: info, events: sorted, window: window, asOf: asOf, calendar: calendar,
                                      term: model.regulation?.term)
                out += judge.verdicts()
            }
        }
        for rule in model.rules {
            guard case .target(let share, let counted, let period) = rule.form else { continue }
            for kind in rule.subjects { out += target(rule.name, kind, share, counted, period, out, window: window.range, asOf: asOf) }
        }
        return out.sorted()
    }

    /// [S-target]: per period, the share of the kind's bodies (those with checks of the rule) that
    /// kept it — a kept check in the period and no violation; a period not judged may still count.
    private func target(_ name: String, _ kind: String, _ share: Rational, _ counted: String, _ period: Period?,
                        _ verdicts: [Verdict], window: ClosedRange<Day>, asOf: Day) -> [Verdict] {
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
