/// [S-whole]: what one body adds, period by period, to a rule for its kind as a whole. Sums,
/// counts, least and greatest values combine across bodies; the condition is judged on the totals.
struct AggregatePart {
    var count = 0
    /// nil before the first value.
    var sum: Value?
    var least: Value?
    var most: Value?
    /// A value missing or past exact arithmetic: the aggregate has no value.
    var broken = false
    /// The first record lacking the value, to name in a warning.
    var missing: (name: String, source: EventSource)?

    init(count: Int) { self.count = count }

    init(values: [Value?], missing: (String, EventSource)?) {
        self.missing = missing
        for v in values {
            guard let v else { broken = true; continue }
            add(v)
        }
    }

    private mutating func add(_ v: Value) {
        count += 1
        addToSum(v)
        Self.keep(v, -1, in: &least)
        Self.keep(v, 1, in: &most)
    }

    mutating func merge(_ o: AggregatePart) {
        broken = broken || o.broken
        missing = missing ?? o.missing
        count += o.count
        if let s = o.sum { addToSum(s) }
        if let v = o.least { Self.keep(v, -1, in: &least) }
        if let v = o.most { Self.keep(v, 1, in: &most) }
    }

    private mutating func addToSum(_ v: Value) {
        guard let s = sum else { sum = v; return }
        if let t = ExpressionEvaluator.aggregate(.sum, [s, v]) { sum = t } else { broken = true }
    }

    /// `v` replaces `current` when it orders `side` of it (-1 less, 1 greater), or there is none yet.
    private static func keep(_ v: Value, _ side: Int, in current: inout Value?) {
        if current.map({ ExpressionEvaluator.order(v, $0) == side }) ?? true { current = v }
    }

    /// The aggregate's value over every body: as `ExpressionEvaluator.aggregate` gives it for one.
    func value(_ kind: Aggregate?) -> Value? {
        guard let kind else { return .number(Rational(count)) }
        if broken { return nil }
        switch kind {
        case .sum: return sum ?? .number(Rational(0))
        case .min: return least
        case .max: return most
        case .average:
            guard count > 0, case .number(let s)? = sum else { return nil }
            return s.divided(by: Rational(count)).map(Value.number)
        }
    }
}

/// [S-periodic]: what one period of a periodic rule came to, before it is a finding. A body's run
/// makes one per period; for a rule for a kind as a whole the bodies' are merged, then judged on
/// the totals. One function makes the finding either way.
enum PeriodOutcome {
    /// Only partly in force; the events of its part (for `explain`).
    case cut(CutPeriod, considered: [EventSource])
    /// Not over yet; the events so far.
    case open(Day, considered: [EventSource])
    case refused(EventSource, Day)
    case impossible(problem: Localized, members: Int64, on: Day, source: EventSource, field: String, last: Day)
    /// Judged; for a kind as a whole, the parts of each count and aggregate (keyed by `ExprText.render`).
    case judged(last: Day, parts: [String: AggregatePart], considered: [EventSource])

    mutating func merge(_ o: PeriodOutcome) {
        switch (self, o) {
        case (.open(let last, let seen), .open(_, let seen2)): self = .open(last, considered: seen + seen2)
        case (.judged(let last, var parts, let seen), .judged(_, let more, let seen2)):
            for (k, p) in more { parts[k, default: AggregatePart(count: 0)].merge(p) }
            self = .judged(last: last, parts: parts, considered: seen + seen2)
        // A refused or impossible record anywhere decides the whole period.
        case (.judged, .refused), (.judged, .impossible): self = o
        default: break
        }
    }

    /// The check's status; `truth` is the condition's, for a judged period.
    func status(_ truth: Bool?) -> Finding.Status {
        switch self {
        case .cut, .refused: .notJudged
        case .open: .pending
        case .impossible: .warning
        case .judged: truth.map { $0 ? .kept : .violation } ?? .warning
        }
    }

    /// The finding: `make` gives one with the rule's own fields; `explain` reads the values that
    /// decided a judged period, `missing` the record lacking a value when there was none.
    func finding(_ truth: Bool?, _ condition: CExpr, explain: Explainer?, missing: (name: String, source: EventSource)?,
                 _ make: (Finding.Status, Finding.Detail, Day, Finding.Values?) -> Finding) -> Finding {
        let status = status(truth)
        switch self {
        case .cut(let c, let seen):
            var f = make(status, .periodCut(c), c.last, nil)
            f.considered = seen
            return f
        case .open(let last, let seen):
            var f = make(status, .periodOpen(until: last), last, nil)
            f.considered = seen
            return f
        case .refused(let source, let last): return make(status, .rejectedRecord(source), last, nil)
        case .impossible(let problem, let members, let on, let source, let field, let last):
            var f = make(status, .impossibleRecord(problem: problem, members: members, on: on), last, .field(field))
            f.source = source
            return f
        case .judged(let last, _, let seen):
            var f = switch truth {
            case true?: make(status, .conditionKept, last, explain.map { .expression($0.why(condition, [])) })
            case false?: make(status, .conditionBroken(needed: nil), last, explain.map { .expression($0.whyNot(condition, [])) })
            default: make(status, missing.map { .lacksField($0.name) } ?? .notComputable, last, explain.map { .expression($0.why(condition, [])) })
            }
            // The record to complete.
            if truth == nil { f.source = missing?.source }
            f.considered = seen
            return f
        }
    }
}

/// [S-whole] A kind's judged period as data a JSON report carries — each count and aggregate's
/// count, sum, least and greatest — so parts of one log judged apart add up (`rules merge`).
public struct WholeTotals: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        /// The count or aggregate in the tool's own notation (`ExprText.render`): what matches one
        /// part's total to another's.
        public var key: String
        public var count: Int
        public var sum: Rational?
        public var least: Rational?
        public var most: Rational?
    }

    public var last: Day
    public var parts: [Part]
}

extension AggregatePart {
    /// nil when a value is missing or is not a number (a duration, a date): such totals are not added up.
    func totals(_ key: String) -> WholeTotals.Part? {
        guard !broken else { return nil }
        func number(_ v: Value?) -> (ok: Bool, Rational?) {
            switch v {
            case nil: (true, nil)
            case .number(let q)?: (true, q)
            default: (false, nil)
            }
        }
        let (a, sum) = number(self.sum), (b, least) = number(self.least), (c, most) = number(self.most)
        guard a, b, c else { return nil }
        return WholeTotals.Part(key: key, count: count, sum: sum, least: least, most: most)
    }

    init(_ p: WholeTotals.Part) {
        count = p.count
        sum = p.sum.map(Value.number)
        least = p.least.map(Value.number)
        most = p.most.map(Value.number)
    }
}

extension PeriodOutcome {
    /// A judged period's totals, when every part is a number.
    var totals: WholeTotals? {
        guard case .judged(let last, let parts, _) = self else { return nil }
        var out: [WholeTotals.Part] = []
        for key in parts.keys.sorted() {
            guard let p = parts[key]!.totals(key) else { return nil }
            out.append(p)
        }
        return WholeTotals(last: last, parts: out)
    }

    /// Totals read back, as a judged period.
    init(_ t: WholeTotals) {
        var parts: [String: AggregatePart] = [:]
        for p in t.parts { parts[p.key] = AggregatePart(p) }
        self = .judged(last: t.last, parts: parts, considered: [])
    }
}
