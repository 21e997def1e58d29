/// The days one rule is in force, unchanged, inside the window: a period of a frequency rule is
/// judged as the provision means it only when the whole period lies inside (`docs/semantics.md`,
/// partial periods). Each end says why it is there.
public struct RuleCoverage: Sendable, Equatable {
    public enum Bound: Sendable, Hashable {
        /// An end of the window (`EvaluationWindow.Bound` says which and why).
        case window(EvaluationWindow.Bound)
        /// A version of the regulation that adds the rule takes effect.
        case added(code: String, on: Day)
        /// A version that changes the rule takes effect (before or after the days covered).
        case changed(code: String, on: Day)
        /// A version without the rule takes effect.
        case repealed(code: String, on: Day)
        /// The body's first or last active day on the roster.
        case roster(on: Day)
    }

    public var range: ClosedRange<Day>
    public var start: Bound
    public var end: Bound
    /// The version that ends the coverage no longer has the rule: the periods it cuts are
    /// reported by this coverage's version, as no later version will.
    public var repealedAtEnd: Bool { if case .repealed = end { true } else { false } }

    /// A single regulation: the rule is in force over the whole window.
    init(window: EvaluationWindow) {
        range = window.range
        start = .window(window.start)
        end = .window(window.end)
    }

    init(range: ClosedRange<Day>, start: Bound, end: Bound) {
        self.range = range
        self.start = start
        self.end = end
    }

    /// Cut to a roster body's active days; nil when it has none inside.
    func narrowed(to body: Roster.Body) -> RuleCoverage? {
        guard let days = body.active(within: range) else { return nil }
        var c = self
        if days.lowerBound > range.lowerBound { c.start = .roster(on: days.lowerBound) }
        if days.upperBound < range.upperBound { c.end = .roster(on: days.upperBound) }
        c.range = days
        return c
    }

    /// Whether a period from `first` to `last` lies wholly outside the body's active days on the
    /// roster: before it was formed or after it closed, the body has no such period at all.
    func outsideBody(_ first: Day, _ last: Day) -> Bool {
        if case .roster = start, last < range.lowerBound { return true }
        if case .roster = end, first > range.upperBound { return true }
        return false
    }

    /// Whether a period from `first` to `last` lies wholly inside.
    func covers(_ first: Day, _ last: Day) -> Bool { range.lowerBound <= first && last <= range.upperBound }
}

extension RegulationChain {
    private func has(_ rule: String, _ i: Int) -> Bool { versions[i].model.rules.contains { $0.name == rule } }

    /// The versions around `index` in which the rule has the same wording: present, and not
    /// touched by an amendment in between.
    private func run(of rule: String, around index: Int) -> (first: Int, last: Int) {
        func touches(_ i: Int) -> Bool { versions[i].changes.contains { $0.rules.contains(rule) } }
        var first = index, last = index
        while first > 0, has(rule, first - 1), !touches(first) { first -= 1 }
        while last + 1 < versions.count, has(rule, last + 1), !touches(last + 1) { last += 1 }
        return (first, last)
    }

    /// For the version at `index`, the code of the version that gave each rule its wording: a
    /// finding cites the text it applies, not the latest amendment's number.
    func origins(version index: Int) -> [String: String] {
        Dictionary(versions[index].model.rules.map { ($0.name, versions[run(of: $0.name, around: index).first].code) },
                   uniquingKeysWith: { a, _ in a })
    }

    /// Each rule's wording in every version: its origin, label and citation, in the order of the
    /// rules and then of the versions.
    var ruleVersions: [RuleVersion] {
        var out: [RuleVersion] = []
        for i in versions.indices {
            let origins = origins(version: i)
            for r in versions[i].model.rules {
                let v = RuleVersion(regulation: origins[r.name] ?? versions[i].code, rule: r.name, label: r.label, citation: r.citation)
                if !out.contains(v) { out.append(v) }
            }
        }
        return out
    }

    /// For the version at `index`, each rule's coverage: the versions around it in which the rule
    /// is present and not touched by an amendment, cut to the window.
    func coverage(version index: Int, window: EvaluationWindow) -> [String: RuleCoverage] {
        var out: [String: RuleCoverage] = [:]
        for rule in versions[index].model.rules.map(\.name) {
            let (first, last) = run(of: rule, around: index)
            var lower = window.range.lowerBound, startWhy = RuleCoverage.Bound.window(window.start)
            if first > 0, versions[first].effective > lower {
                let v = versions[first]
                (lower, startWhy) = (v.effective, has(rule, first - 1) ? .changed(code: v.code, on: v.effective) : .added(code: v.code, on: v.effective))
            }
            var upper = window.range.upperBound, endWhy = RuleCoverage.Bound.window(window.end)
            if last + 1 < versions.count, versions[last + 1].effective <= upper {
                let next = versions[last + 1]
                (upper, endWhy) = (next.effective.adding(days: -1),
                                   has(rule, last + 1) ? .changed(code: next.code, on: next.effective) : .repealed(code: next.code, on: next.effective))
            }
            guard lower <= upper else { continue }
            out[rule] = RuleCoverage(range: lower...upper, start: startWhy, end: endWhy)
        }
        return out
    }
}
