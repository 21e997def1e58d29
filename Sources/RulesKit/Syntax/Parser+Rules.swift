/// `rule NAME ["label"] [for SUBJECT, …]: FORM`
extension Parser {
    mutating func rule() throws(Recover) -> RuleDecl {
        let start = try expect(.rule).range
        let name = try expectName()
        let label = optionalString()
        var subjects: [Name] = []
        var whole = false
        if accept(.for) {
            repeat { subjects.append(try expectName()) } while acceptSymbol(",")
            if accept(.as) {
                _ = try expect(.a)
                _ = try expect(.whole)
                whole = true
            }
        }
        _ = try expectSymbol(":")
        let form = try ruleForm()
        return RuleDecl(name: name, label: label, subjects: subjects, whole: whole, form: form, range: range(from: start))
    }

    mutating func ruleForm() throws(Recover) -> RuleForm {
        if accept(.every) {
            let period = try expectName(word: true)
            _ = try expectSymbol(":")
            // `at least`/`at most`/`exactly` count events; anything else is a condition on the period.
            if at(.at) || at(.exactly) { return .frequency(period: period, try countRequirement()) }
            return .periodic(period: period, condition: try expression())
        }
        if accept(.no) {
            _ = try expect(.gap)
            _ = try expect(.longer)
            _ = try expect(.than)
            let max = try unary()
            _ = try expect(.between)
            return .gap(max: max, try eventFilter())
        }
        if accept(.each) {
            let pattern = try eventFilter()
            var unless: Expr?
            if accept(.unless) { unless = try expression() }
            _ = try expectSymbol(":")
            return .each(pattern, unless: unless, try requirement())
        }
        if accept(.whenever) {
            let pattern = try eventFilter()
            _ = try expectSymbol(":")
            return .whenever(pattern, try requirement())
        }
        if accept(.target) {
            let share = try unary()
            _ = try expect(.keep)
            let rule = try expectName()
            var period: Name?
            if accept(.every) { period = try expectName(word: true) }
            return .target(share: share, rule: rule, period: period)
        }
        throw fail(SyntaxMessages.ruleForm)
    }

    mutating func countRequirement() throws(Recover) -> CountRequirement {
        let bound: CountBound
        if at(.at), at(.least, offset: 1) {
            advance(); advance(); bound = .atLeast
        } else if at(.at), at(.most, offset: 1) {
            advance(); advance(); bound = .atMost
        } else if accept(.exactly) {
            bound = .exactly
        } else {
            throw fail(SyntaxMessages.bound)
        }
        let count = try unary()
        let filter = try eventFilter()
        var deadline: MonthDay?
        if accept(.by) {
            let (day, r) = try expectInteger()
            // `31 October`; in Vietnamese also `31 tháng 10`, as dates are written there.
            if at(.month), case .integer(let n) = peek(1).kind, (1...12).contains(n) {
                advance(); advance()
                deadline = MonthDay(month: Int(n), day: Int(day), range: range(from: r))
            } else {
                guard let m = current.identifier, let i = Keyword.months.firstIndex(where: { $0.rawValue == m }) else {
                    throw fail(SyntaxMessages.unknownMonth)
                }
                advance()
                deadline = MonthDay(month: i + 1, day: Int(day), range: range(from: r))
            }
        }
        let prorated = accept(.prorated) ? previous.range : nil
        return CountRequirement(bound: bound, count: count, filter: filter, deadline: deadline, prorated: prorated)
    }

    /// A binder is any name that is not a word of the language: `meeting m`, never `meeting where`.
    static let keywords = Set(Keyword.allCases.map(\.rawValue))

    /// `TYPE [binder] [where EXPR]`
    mutating func eventFilter() throws(Recover) -> EventFilter {
        let type = try expectName()
        var binder: Name?
        if let w = current.identifier, !Parser.keywords.contains(w), !startsLine {
            binder = try expectName()
        }
        var condition: Expr?
        if accept(.where) { condition = try expression() }
        return EventFilter(type: type, binder: binder, condition: condition, range: range(from: type.range))
    }

    /// A related event is `TYPE [binder] [where …] TIMING`; anything else is a condition.
    var atRelatedEvent: Bool {
        guard let w = current.identifier, !["not", "count", "exists", "has", "true", "false", "adopted"].contains(w)
        else { return false }
        let next = peek(1)
        guard next.range.start.line == current.range.start.line else { return false }
        if let n = next.identifier {
            return !["and", "or", "in", "of", "not"].contains(n)
        }
        return false
    }

    mutating func requirement() throws(Recover) -> Requirement {
        if at(.adopted), at(.requires, offset: 1) {
            advance(); advance()
            let base = try expression()
            var cases: [DecisionCase] = []
            while at(.when) {
                let s = advance().range
                let cond = try expression()
                _ = try expect(.requires)
                let req = try expression()
                cases.append(DecisionCase(when: cond, requires: req, range: range(from: s)))
            }
            return .decision(base: base, cases: cases)
        }
        if atRelatedEvent {
            let filter = try eventFilter()
            return .related(filter, try timing())
        }
        return .condition(try expression())
    }

    mutating func timing() throws(Recover) -> Timing {
        let s = current.range
        var kind: Timing.Kind
        if at(.at), at(.least, offset: 1) {
            advance(); advance()
            let d = try unary()
            _ = try expect(.before)
            kind = .atLeastBefore(d)
        } else if at(.by) || at(.at), at(.the, offset: 1) || at(.next, offset: 1) {
            let sameDay = at(.at)
            advance()
            _ = accept(.the)
            _ = try expect(.next)
            let filter = try eventFilter()
            _ = try expect(.after)
            kind = .next(filter, sameDay: sameDay)
        } else if accept(.at) {
            kind = .sameDay
        } else if accept(.within) {
            let d = try unary()
            _ = try expect(.after)
            kind = .withinAfter(d)
        } else if accept(.before) {
            kind = .before
        } else if accept(.after) {
            kind = .after
        } else {
            throw fail(SyntaxMessages.timing)
        }
        let anchor = try expectName()
        if case .after = kind, accept(.by) {
            _ = try expect(.end)
            _ = try expect(.of)
            kind = .afterByEndOf(try expectName(word: true))
        }
        return Timing(kind: kind, anchor: anchor, range: range(from: s))
    }
}
