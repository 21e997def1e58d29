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
            let why = warned > 0 ? allWarnings(warned) : reason(rule, sights[rule.name] ?? RuleSight(), absent.filter { $0.rule == rule.name })
            let subjects = rule.subjects.joined(separator: ", ")
            var f = Finding(status: .notJudged, regulation: regulation, rule: rule.name, ruleLabel: rule.label, citation: rule.citation,
                            body: subjects, eventId: nil, source: nil, period: "\(window.lowerBound)…\(window.upperBound)",
                            date: window.upperBound, message: Localized(vi: "quy tắc không đánh giá được gì: ", en: "the rule judged nothing: ") + why,
                            compared: nil, reason: nil)
            f.why = why
            f.wholeRule = true
            findings.append(f)
            var t = RuleTally(rule: rule.name, body: subjects, regulation: regulation)
            t.notJudged = 1
            added.append(t)
        }
        return (findings.reversed(), added.reversed())
    }

    static func reason(_ rule: CheckedRule, _ sight: RuleSight, _ absent: [AbsentValue]) -> Localized {
        let type = rule.form.eventType ?? ""
        let subjects = rule.subjects.joined(separator: ", ")
        var why: Localized
        if sight.bodies == 0 {
            // "Up to the evaluation date": an event dated after it is in the window but not yet known.
            why = Localized(vi: "không có sự kiện nào của \(subjects) trong khoảng đánh giá tính đến ngày đánh giá",
                            en: "no event of \(subjects) in the window up to the evaluation date")
        } else if sight.typeEvents == 0 {
            why = Localized(vi: "không có sự kiện \(VocabularyLabels.noun(type)) nào của \(subjects) trong khoảng đánh giá tính đến ngày đánh giá (\(sight.bodies) cơ quan có sự kiện)",
                            en: "no \(type) event of \(subjects) in the window up to the evaluation date (bodies with events: \(sight.bodies))")
        } else if sight.matched == 0 {
            why = Localized(vi: "điều kiện lọc của quy tắc không khớp với sự kiện nào trong \(sight.typeEvents) sự kiện \(VocabularyLabels.noun(type))",
                            en: "its filter matched none of the \(sight.typeEvents) \(type) events")
        } else {
            why = Localized(vi: "\(sight.matched) sự kiện \(VocabularyLabels.noun(type)) khớp điều kiện nhưng không có kỳ hay thời hạn nào của quy tắc kết thúc trong khoảng đánh giá",
                            en: "\(sight.matched) \(type) events matched, but no period or deadline of the rule falls in the window")
        }
        for a in absent { why = why + .same("; ") + absentText(a) }
        return why
    }

    static func allWarnings(_ n: Int) -> Localized {
        Localized(vi: "cả \(n) lần kiểm tra đều là cảnh báo: bản ghi thiếu dữ liệu quy tắc cần, hoặc không thể đúng",
                  en: "every one of its \(n) checks is a warning: the records lack data it needs, or cannot be true")
    }

    /// "'personel' never occurs in vote.category; seen: personnel (3), budget (2)".
    static func absentText(_ a: AbsentValue) -> Localized {
        let seen = a.seen.map { "\($0.value) (\($0.count))" }.joined(separator: ", ")
        return Localized(vi: "'\(a.value)' không có ở \(a.type).\(a.field) trong nhật ký" + (seen.isEmpty ? "" : "; các giá trị có: \(seen)"),
                         en: "'\(a.value)' never occurs in \(a.type).\(a.field)" + (seen.isEmpty ? "" : "; seen: \(seen)"))
    }
}

extension CRuleForm {
    /// The type of the events the rule counts or judges.
    var eventType: String? {
        switch self {
        case .frequency(_, let c): c.filter.type
        case .gap(_, let f), .each(let f, _, _), .whenever(let f, _): f.type
        case .target: nil
        }
    }
}
