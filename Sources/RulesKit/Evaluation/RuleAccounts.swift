/// Every rule accounts for itself: a rule with no check at all in the window — nothing of its
/// type, a filter that took nothing, no body with events — is reported as *not judged*, with why,
/// instead of being silent (and a report looking clean).
enum RuleAccounts {
    /// One finding (and tally) per rule that made no check, after every body and version.
    /// - Parameters:
    ///   - rules: each rule with the code of the version whose wording it last had.
    ///   - selected: `--body`, when given: a rule for none of those bodies is not asked to account.
    static func unjudged(_ rules: [(rule: CheckedRule, regulation: String)], bodies: [String: BodyInfo], tallies: [RuleTally],
                         sights: [String: RuleSight], absent: [AbsentValue], window: ClosedRange<Day>,
                         selected: Set<String>?) -> (findings: [Finding], tallies: [RuleTally]) {
        // A rule whose every check was a warning decided nothing either: it says so, with the count.
        var decided: Set<String> = [], warnings: [String: Int] = [:]
        for t in tallies {
            if t.total > t.warnings { decided.insert(t.rule) }
            warnings[t.rule, default: 0] += t.warnings
        }
        var findings: [Finding] = [], added: [RuleTally] = []
        var done: Set<String> = []
        for (rule, regulation) in rules.reversed() {
            if case .target = rule.form { continue }
            guard !decided.contains(rule.name), done.insert(rule.name).inserted else { continue }
            if let selected {
                guard rule.subjects.contains(where: { s in selected.contains { bodies[s]?.matches($0) ?? false } }) else { continue }
            }
            let warned = warnings[rule.name, default: 0]
            let why: NothingJudged = rule.whole && selected != nil ? .bodiesSelected
                : warned > 0 ? .allWarnings(warned) : reason(rule, sights[rule.name] ?? RuleSight())
            let subjects = rule.subjects.joined(separator: ", ")
            var f = Finding(status: .notJudged, regulation: regulation, rule: rule.name, ruleLabel: rule.label, citation: rule.citation,
                            body: subjects, eventId: nil, source: nil, period: "\(window.lowerBound)…\(window.upperBound)",
                            date: window.upperBound, detail: .judgedNothing(why, absent: absent.filter { $0.rule == rule.name }),
                            values: nil, reason: nil)
            f.wholeRule = true
            findings.append(f)
            // A rule whose checks were all warnings has them counted already: the note adds no check.
            guard warned == 0 || rule.whole && selected != nil else { continue }
            var t = RuleTally(rule: rule.name, body: subjects, regulation: regulation)
            t.notJudged = 1
            added.append(t)
        }
        return (findings.reversed(), added.reversed())
    }

    static func reason(_ rule: CheckedRule, _ sight: RuleSight) -> NothingJudged {
        let type = rule.form.eventType ?? ""
        let subjects = rule.subjects.joined(separator: ", ")
        if sight.bodies == 0 { return .noEvents(subjects: subjects) }
        if sight.typeEvents == 0 { return .noEventsOfType(type: type, subjects: subjects, bodies: sight.bodies) }
        if sight.matched == 0 { return .filterMatchedNone(type: type, events: sight.typeEvents) }
        return .noPeriodInWindow(type: type, matched: sight.matched)
    }
}

extension CRuleForm {
    /// A rule judging events one by one (`each`, `whenever`), not periods or gaps between them.
    var judgesEachEvent: Bool {
        switch self {
        case .each, .whenever: true
        default: false
        }
    }

    /// The type of the events the rule counts or judges.
    var eventType: String? {
        switch self {
        case .frequency(_, let c): c.filter.type
        case .gap(_, let f), .each(let f, _, _), .whenever(let f, _): f.type
        case .target: nil
        case .periodic(_, let c): c.firstFilterType
        }
    }
}
