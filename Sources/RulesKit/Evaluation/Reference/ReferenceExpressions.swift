/// Expressions read straight from the checked tree over event values: [S-condition]'s three-valued
/// logic, [S-members]' body size, a filter as a scan of the body's events.
struct ReferenceExpressions {
    let events: [Event]
    let info: BodyInfo
    let calendar: WorkingCalendar
    /// The day `members` is read on when no event is in scope.
    let periodDay: Day
    /// [S-periodic]: the days a periodic rule judges; counts and aggregates range over them.
    var period: ClosedRange<Day>? = nil

    func value(_ e: CExpr, _ scope: [Event]) -> Value? {
        func event(_ slot: Int?) -> Event? { slot.flatMap { $0 < scope.count ? scope[$0] : nil } }
        switch e.kind {
        case .constant(let v): return v
        case .field(let slot, let name): return event(slot)?.value(name)
        case .event(let slot): return event(slot)?.id.map(Value.id)
        case .has(let slot, let name): return .boolean(event(slot)?.value(name) != nil)
        case .members(let slot): return size(event(slot), "members").map { .number(Rational($0)) }
        case .exempt(let slot): return size(event(slot), "exempt").map { .number(Rational($0)) }
        case .list(let items):
            var out: [Value] = []
            for i in items {
                guard let v = value(i, scope) else { return nil }
                out.append(v)
            }
            return .list(out)
        case .count(let f): return .number(Rational(matches(f, scope).count))
        case .aggregate(let kind, let x, let f): return aggregate(kind, matches(f, scope).map { value(x, scope + [$0]) })
        case .exists(let f): return .boolean(!matches(f, scope).isEmpty)
        case .unary(.not, let x):
            guard case .boolean(let b)? = value(x, scope) else { return nil }
            return .boolean(!b)
        case .unary(_, let x):
            switch value(x, scope) {
            case .number(let q)?: return q.negated().map(Value.number)
            case .duration(let n, let d)? where n != .min: return .duration(-n, d)
            default: return nil
            }
        case .binary(let op, let x, let y): return binary(op, x, y, scope)
        }
    }

    func truth(_ e: CExpr?, _ scope: [Event]) -> Bool? {
        guard let e else { return true }
        if case .boolean(let b)? = value(e, scope) { return b }
        return nil
    }

    /// [S-members]: the event's own field, else the latest `membership` record on or before the
    /// day, else the rules file's size in force that day.
    func size(_ event: Event?, _ field: String) -> Int64? {
        if let event, event.type != "membership", case .number(let q)? = event.value(field), q.isInteger { return q.numerator }
        return recorded(field, on: event?.date ?? periodDay, of: event?.body)
    }

    /// The body's size on a day from its records alone ([S-whole]: `body`'s, when the events are a kind's).
    func recorded(_ field: String, on day: Day, of body: String? = nil) -> Int64? {
        for m in events.reversed() where m.type == "membership" && m.date <= day && (body == nil || m.body == body) {
            if case .number(let q)? = m.value(field), q.isInteger { return q.numerator }
        }
        return (field == "members" ? info.members : info.exempt).value(on: day)
    }

    /// The body's events of the filter's type whose condition holds, with the outer events in scope
    /// (and, in a periodic rule, dated in the period).
    func matches(_ f: CFilter, _ scope: [Event]) -> [Event] {
        events.filter { $0.type == f.type && (period?.contains($0.date) ?? true) && truth(f.condition, scope + [$0]) == true }
    }

    /// [S-aggregate]: any value missing, none to take the least, greatest or average of, or a
    /// total past exact arithmetic, and there is no value.
    private func aggregate(_ kind: Aggregate, _ values: [Value?]) -> Value? {
        guard !values.contains(where: { $0 == nil }) else { return nil }
        let all = values.compactMap { $0 }
        if kind != .sum && all.isEmpty { return nil }
        var total: Value = all.first.map { if case .duration(_, let d) = $0 { .duration(0, d) } else { .number(Rational(0)) } } ?? .number(Rational(0))
        var best: Value?
        for v in all {
            guard let t = ExpressionEvaluator.arithmetic(.plus, total, v, calendar), Self.compare(v, total) != nil else { return nil }
            total = t
            if let b = best {
                guard let c = Self.compare(v, b) else { return nil }
                if kind == .min ? c < 0 : c > 0 { best = v }
            } else {
                best = v
            }
        }
        switch kind {
        case .sum: return total
        case .min, .max: return best
        case .average:
            guard case .number = total else { return nil }
            return ExpressionEvaluator.arithmetic(.divided, total, .number(Rational(all.count)), calendar)
        }
    }

    private func binary(_ op: Operator, _ x: CExpr, _ y: CExpr, _ scope: [Event]) -> Value? {
        switch op {
        case .and, .or:
            let a = truth(x, scope), b = truth(y, scope)
            let stop = op == .or
            if a == stop || b == stop { return .boolean(stop) }
            return a == nil || b == nil ? nil : .boolean(!stop)
        default: break
        }
        guard let a = value(x, scope), let b = value(y, scope) else { return nil }
        switch op {
        case .equal: return .boolean(Self.same(a, b))
        case .notEqual: return .boolean(!Self.same(a, b))
        case .in, .notIn:
            guard case .list(let items) = b else { return nil }
            let found = items.contains { Self.same(a, $0) }
            return .boolean(op == .in ? found : !found)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let c = Self.compare(a, b) else { return nil }
            return .boolean(op == .less ? c < 0 : op == .lessOrEqual ? c <= 0 : op == .greater ? c > 0 : c >= 0)
        default:
            // Exact arithmetic on rationals, dates and durations: the values' own operations.
            return ExpressionEvaluator.arithmetic(op, a, b, calendar)
        }
    }

    /// Ids and texts compare as text.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.id(let x), .text(let y)), (.text(let x), .id(let y)), (.id(let x), .id(let y)), (.text(let x), .text(let y)): x == y
        default: a == b
        }
    }

    static func compare(_ a: Value, _ b: Value) -> Int? {
        func c<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : x == y ? 0 : 1 }
        switch (a, b) {
        case (.number(let x), .number(let y)): return c(x, y)
        case (.date(let x), .date(let y)): return c(x, y)
        case (.time(let x), .time(let y)): return c(x, y)
        case (.duration(let x, let d), .duration(let y, let e)) where d == e: return c(x, y)
        default: return nil
        }
    }
}
