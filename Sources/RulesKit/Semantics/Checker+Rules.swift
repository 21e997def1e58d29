/// The seven rule forms.
extension Checker {
    /// Event scopes visible to an expression: slot 0 is the rule's own event.
    struct Scope {
        var slots: [(binder: String?, type: String)] = []

        func pushing(_ binder: String?, _ type: String) -> Scope {
            var s = self
            s.slots.append((binder, type))
            return s
        }
    }

    mutating func checkRules() {
        var seen: [String: RuleDecl] = [:]
        for (decl, _) in ruleDecls {
            if let first = seen[decl.name.text] {
                error(.C002, decl.name.range, CheckMessages.duplicate("rule", decl.name.text),
                      hint: CheckMessages.firstAt(first.name.range.start.line))
            } else {
                seen[decl.name.text] = decl
            }
        }
        for (decl, citation) in ruleDecls {
            // A regulation marked illustrative marks every provision it has.
            var citation = citation
            citation.illustrative = citation.illustrative ?? model.regulation?.illustrative
            citation.numbering = model.regulation?.numbering
            if let rule = checkRule(decl, citation, all: seen) { model.rules.append(rule) }
        }
    }

    mutating func checkRule(_ r: RuleDecl, _ citation: Citation, all: [String: RuleDecl]) -> CheckedRule? {
        var subjects: [String] = []
        for s in r.subjects {
            if model.bodies[s.text] == nil {
                error(.C008, s.range, CheckMessages.unknownBody(s.text), hint: Suggestions.hint(s.text, model.bodies.keys))
            } else {
                subjects.append(s.text)
            }
        }
        if r.subjects.isEmpty {
            if model.bodies.count == 1, let only = model.bodyOrder.first {
                subjects = [only]
                warning(.W008, r.name.range, CheckMessages.impliedSubject(only), hint: CheckMessages.impliedSubjectHint(only))
            } else {
                error(.C009, r.name.range, CheckMessages.noSubject, hint: CheckMessages.noSubjectHint(model.bodyOrder))
            }
        }
        let scope = Scope()
        let form: CRuleForm?
        switch r.form {
        case .frequency(let period, let req):
            let p = self.period(period)
            let count = countRequirement(req, scope)
            form = p.flatMap { p in count.map { .frequency(p, $0) } }
        case .gap(let max, let filter):
            let d = constantDuration(max)
            let f = self.filter(filter, scope)
            form = d.flatMap { d in f.map { .gap(max: d, $0) } }
        case .each(let pattern, let unless, let req):
            guard let own = self.filter(pattern, scope) else { return nil }
            let inner = scope.pushing(pattern.binder?.text, pattern.type.text)
            var cUnless: CExpr?
            if let unless {
                let u = expr(unless, inner)
                if u.type != .boolean && u.type != .text && u.type != .error {
                    error(.C010, unless.range, CheckMessages.unlessType(u.type))
                }
                cUnless = u
            }
            guard let cReq = requirement(req, own: pattern, inner) else { return nil }
            form = .each(own, unless: cUnless, cReq)
        case .whenever(let pattern, let req):
            guard let own = self.filter(pattern, scope) else { return nil }
            let inner = scope.pushing(pattern.binder?.text, pattern.type.text)
            guard let cReq = requirement(req, own: pattern, inner) else { return nil }
            form = .whenever(own, cReq)
        case .target(let share, let ruleName, let period):
            form = target(share, ruleName, period, subjects: r.subjects, all: all)
        case .periodic(let period, let condition):
            let p = self.period(period)
            let c = expr(condition, scope)
            expectBoolean(c, condition.range)
            form = c.type == .boolean ? p.map { .periodic($0, c) } : nil
        }
        guard let form else { return nil }
        if r.whole {
            // Together, a kind's bodies have no one size: `members` is read inside an aggregate, per event.
            let outside = if case .periodic(_, let c) = form { c.readsSizeOutsideAggregates } else { false }
            let problem: Localized? = if case .periodic = form {
                !subjects.allSatisfy({ model.bodies[$0]?.isKind == true }) ? CheckMessages.wholeNeedsKind
                    : outside ? CheckMessages.wholeReadsSizeOutside : nil
            } else {
                CheckMessages.wholeNeedsPeriodic
            }
            if let problem {
                error(.C058, r.name.range, problem)
                return nil
            }
        }
        var rule = CheckedRule(name: r.name.text, label: r.label?.value, subjects: subjects, citation: citation,
                               form: form, range: r.range)
        rule.whole = r.whole
        return rule
    }

    mutating func period(_ n: Name) -> Period? {
        guard let p = Period(rawValue: n.text) else {
            error(.C011, n.range, CheckMessages.unknownPeriod(n.text), hint: Suggestions.hint(n.text, Period.allCases.map(\.rawValue)))
            return nil
        }
        if p == .term, model.regulation?.term == nil {
            error(.C012, n.range, CheckMessages.termWithoutTerm)
            return nil
        }
        return p
    }

    mutating func countRequirement(_ c: CountRequirement, _ scope: Scope) -> CCount? {
        let n = expr(c.count, scope)
        var count: Int64?
        if case .constant(.number(let r)) = n.kind, r.isInteger, r.numerator >= 0 {
            count = r.numerator
        } else if n.type != .error {
            error(.C013, c.count.range, CheckMessages.countNotConstant)
        }
        var deadline: (Int, Int)?
        if let d = c.deadline {
            // 2000 is a leap year, so 29 February is accepted as a day of the year.
            if Day(year: 2000, month: d.month, day: d.day) == nil {
                error(.C014, d.range, CheckMessages.invalidMonthDay(d.day, d.month))
            } else {
                deadline = (d.month, d.day)
            }
        }
        if let p = c.prorated, c.bound != .atLeast {
            // Fewer events in part of a period says nothing about "at most" or "exactly" in all of it.
            error(.C050, p, CheckMessages.proratedNeedsAtLeast)
        }
        guard let f = filter(c.filter, scope), let count else { return nil }
        return CCount(bound: c.bound, count: count, filter: f, deadline: deadline, prorated: c.prorated != nil && c.bound == .atLeast)
    }

    mutating func requirement(_ r: Requirement, own: EventFilter, _ scope: Scope) -> CRequirement? {
        switch r {
        case .condition(let e):
            let c = expr(e, scope)
            expectBoolean(c, e.range)
            return .condition(c)
        case .related(let f, let timing):
            guard timing.anchor.text == own.binder?.text else {
                error(.C015, timing.anchor.range, CheckMessages.anchorNotBound(timing.anchor.text, own.binder?.text),
                      hint: own.binder == nil ? CheckMessages.anchorHint : nil)
                return nil
            }
            let cf = filter(f, scope)
            let ct: CTiming?
            switch timing.kind {
            case .before: ct = .before
            case .sameDay: ct = .sameDay
            case .after:
                warning(.W004, timing.range, CheckMessages.unboundedAfter(f.type.text))
                ct = .after
            case .atLeastBefore(let d): ct = durationExpr(d, scope).map { .atLeastBefore($0) }
            case .withinAfter(let d): ct = durationExpr(d, scope).map { .withinAfter($0) }
            case .afterByEndOf(let p):
                let period = self.period(p)
                if period == .term || period == .week {
                    // A term-long deadline is no bound a drafter means; a week has no name in the regulations.
                    error(.C051, p.range, CheckMessages.deadlinePeriod(p.text))
                }
                ct = period.map { .afterByEndOf($0) }
            case .next(let nf, let sameDay): ct = filter(nf, scope).map { .next($0, sameDay: sameDay) }
            }
            guard let cf, let ct else { return nil }
            return .related(cf, ct)
        case .decision(let base, let cases):
            if model.eventTypes[own.type.text]?.fieldType("adopted") != .boolean, model.eventTypes[own.type.text] != nil {
                error(.C016, own.type.range, CheckMessages.decisionNeedsAdopted(own.type.text))
            }
            let b = expr(base, scope)
            expectBoolean(b, base.range)
            var cc: [(CExpr, CExpr)] = []
            for c in cases {
                let w = expr(c.when, scope), q = expr(c.requires, scope)
                expectBoolean(w, c.when.range)
                expectBoolean(q, c.requires.range)
                cc.append((w, q))
            }
            return .decision(base: b, cases: cc)
        }
    }

    /// A lead time or window: a day-like duration, usually a literal.
    mutating func durationExpr(_ e: Expr, _ scope: Scope) -> CExpr? {
        let c = expr(e, scope)
        switch c.type {
        case .duration(let d) where d != .clock: return c
        case .error: return nil
        default:
            error(.C017, e.range, CheckMessages.dayDuration)
            return nil
        }
    }

    /// A constant, day-like duration (`60 days`, `2 months`).
    mutating func constantDuration(_ e: Expr) -> (amount: Int64, dimension: DurationDimension)? {
        guard case .duration(let n, let unit) = e.kind else {
            error(.C018, e.range, CheckMessages.durationNotConstant)
            return nil
        }
        guard let amount = DurationDimension.baseAmount(n, unit) else {
            error(.C028, e.range, CheckMessages.overflow)
            return nil
        }
        let dim = DurationDimension(unit)
        if dim == .clock {
            error(.C017, e.range, CheckMessages.dayDuration)
            return nil
        }
        return (amount, dim)
    }

    /// A threshold or target between 0 and 1 (C019 otherwise), reported as the author wrote it.
    mutating func isShare(_ q: Rational, written e: Expr) -> Bool {
        guard q < .zero || Rational.one < q else { return true }
        let written = if case .percent = e.kind { q.percentText } else { q.description }
        error(.C019, e.range, CheckMessages.thresholdOutOfRange(written))
        return false
    }

    mutating func target(_ share: Expr, _ ruleName: Name, _ period: Name?, subjects: [Name],
                         all: [String: RuleDecl]) -> CRuleForm? {
        var value: Rational?
        switch share.kind {
        case .percent(let r), .rational(let r):
            if isShare(r, written: share) { value = r }
        case .integer(let n) where n == 0 || n == 1: value = Rational(n)
        default: error(.C021, share.range, CheckMessages.shareNotConstant)
        }
        for s in subjects where model.bodies[s.text].map({ !$0.isKind }) ?? false {
            error(.C022, s.range, CheckMessages.targetNeedsKind(s.text))
        }
        if let target = all[ruleName.text] {
            if case .target = target.form { error(.C023, ruleName.range, CheckMessages.targetOfTarget(ruleName.text)) }
        } else {
            error(.C024, ruleName.range, CheckMessages.unknownRule(ruleName.text), hint: Suggestions.hint(ruleName.text, all.keys))
        }
        let p = period.flatMap { self.period($0) }
        guard let value, all[ruleName.text] != nil, period == nil || p != nil else { return nil }
        return .target(share: value, rule: ruleName.text, period: p)
    }
}
