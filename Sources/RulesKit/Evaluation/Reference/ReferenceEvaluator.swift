/// A second evaluator, written from `docs/semantics.md` and nothing else: events as values in
/// arrays, every filter a scan, every expression interpreted — no columnar store, no join plans,
/// no indexes, no compiled expressions. Slow and plain on purpose; the differential tests hold
/// the real evaluator to it on generated regulations and logs.
///
/// It judges one regulation version (no amendments) and every rule form but targets; it gives
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
        return out.sorted()
    }
}
