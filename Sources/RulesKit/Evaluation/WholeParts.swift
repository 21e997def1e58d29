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
        if let s = sum {
            guard let t = ExpressionEvaluator.aggregate(.sum, [s, v]) else { broken = true; return }
            sum = t
        } else {
            sum = v
        }
        if least.map({ ExpressionEvaluator.compare(v, $0).map { $0 < 0 } ?? false }) ?? true { least = v }
        if most.map({ ExpressionEvaluator.compare(v, $0).map { $0 > 0 } ?? false }) ?? true { most = v }
    }

    mutating func merge(_ o: AggregatePart) {
        broken = broken || o.broken
        missing = missing ?? o.missing
        count += o.count
        if let s = o.sum {
            if let mine = sum {
                if let t = ExpressionEvaluator.aggregate(.sum, [mine, s]) { sum = t } else { broken = true }
            } else {
                sum = s
            }
        }
        for v in [o.least].compactMap({ $0 }) where least.map({ ExpressionEvaluator.compare(v, $0).map { $0 < 0 } ?? false }) ?? true { least = v }
        for v in [o.most].compactMap({ $0 }) where most.map({ ExpressionEvaluator.compare(v, $0).map { $0 > 0 } ?? false }) ?? true { most = v }
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

/// One period of a whole-kind rule as one body saw it; merged across the kind's bodies.
enum WholePeriod {
    case cut(CutPeriod)
    /// Not over yet; the events so far (for `explain`).
    case open(Day, considered: [EventSource])
    case refused(EventSource, Day)
    case impossible(problem: Localized, members: Int64, on: Day, source: EventSource, field: String, last: Day)
    /// The parts of each count and aggregate (keyed by `ExprText.render`), and the events counted.
    case judged(last: Day, parts: [String: AggregatePart], considered: [EventSource])

    mutating func merge(_ o: WholePeriod) {
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
}
