/// Evaluates checked expressions over one body's events. A missing field gives nil, and nil
/// flows through comparisons and Kleene logic (false and unknown is false; true or unknown is
/// true), so a check that cannot be decided is reported as such instead of as a violation.
struct ExpressionEvaluator {
    let b: BodyEvents
    let counts: MemberCounts
    let calendar: WorkingCalendar
    /// The date `members` is read on when no event is in scope (a period's end).
    var periodDate: Day
    /// The period a periodic rule judges: its counts and aggregates range over these days.
    var period: ClosedRange<Day>?
    /// [S-whole]: counts and aggregates already totalled over a kind's bodies, by `ExprText.render`.
    var fixed: [String: Value?] = [:]

    func event(_ slots: [Int], _ slot: Int?) -> Int? {
        guard let slot, slot < slots.count else { return nil }
        return slots[slot]
    }

    /// The first field (or `members`/`exempt`) `e` reads that the events in `slots` do not have.
    /// When an expression has no value and this is nil, the data was there and a value could not
    /// be computed exactly (a number past 64 bits, a date outside years 1–9999).
    func missingData(_ e: CExpr, _ slots: [Int]) -> String? {
        var missing: String?
        e.forEach { x in
            guard missing == nil else { return }
            switch x.kind {
            case .field(let slot, let name) where slot < slots.count && eval(x, slots) == nil: missing = name
            case .members(let slot) where (slot.map { $0 < slots.count } ?? true) && eval(x, slots) == nil: missing = "members"
            case .exempt(let slot) where (slot.map { $0 < slots.count } ?? true) && eval(x, slots) == nil: missing = "exempt"
            default: break
            }
        }
        return missing
    }

    func eval(_ e: CExpr, _ slots: [Int]) -> Value? {
        switch e.kind {
        case .constant(let v): return v
        case .field(let slot, let name): return event(slots, slot).flatMap { b.value($0, name) }
        case .event(let slot): return event(slots, slot).flatMap { b.id($0) }.map(Value.id)
        case .members(let slot):
            let ev = event(slots, slot)
            return counts.members(b, on: ev.map { b.date($0) } ?? periodDate, event: ev).map { .number(Rational($0)) }
        case .exempt(let slot):
            let ev = event(slots, slot)
            return counts.exempt(b, on: ev.map { b.date($0) } ?? periodDate, event: ev).map { .number(Rational($0)) }
        case .has(let slot, let name): return .boolean(event(slots, slot).flatMap { b.value($0, name) } != nil)
        case .list(let items):
            var out: [Value] = []
            for i in items {
                guard let v = eval(i, slots) else { return nil }
                out.append(v)
            }
            return .list(out)
        case .count(let f):
            if !fixed.isEmpty, let v = fixed[ExprText.render(e)] { return v }
            return .number(Rational(inPeriod(matches(f, slots)).count))
        case .aggregate(let kind, let value, let f):
            if !fixed.isEmpty, let v = fixed[ExprText.render(e)] { return v }
            var values: [Value] = []
            for (_, v) in aggregated(value, f, slots) {
                // A value missing from one event leaves the aggregate undetermined, not smaller.
                guard let v else { return nil }
                values.append(v)
            }
            return Self.aggregate(kind, values)
        case .exists(let f): return .boolean(!matches(f, slots).isEmpty)
        case .unary(.not, let x):
            guard case .boolean(let v)? = eval(x, slots) else { return nil }
            return .boolean(!v)
        case .unary(_, let x):
            switch eval(x, slots) {
            case .number(let q)?: return q.negated().map(Value.number)
            case .duration(let n, let d)? where n != .min: return .duration(-n, d)
            default: return nil
            }
        case .binary(let op, let x, let y): return binary(op, x, y, slots)
        }
    }

    /// Each event an aggregate ranges over, with its value (nil when missing).
    func aggregated(_ value: CExpr, _ f: CFilter, _ slots: [Int]) -> [(event: Int, value: Value?)] {
        var inner = Array(slots.prefix(f.slot))
        inner.append(0)
        return inPeriod(matches(f, slots)).map { i in
            inner[f.slot] = i
            return (i, eval(value, inner))
        }
    }

    /// In a periodic rule, only the events of the period judged.
    private func inPeriod(_ events: [Int]) -> [Int] {
        guard let period else { return events }
        return events.filter { period.contains(b.date($0)) }
    }

    /// Exact: a sum or an average that leaves 64-bit fractions, and the least or greatest of none
    /// or of an average of none, are undetermined (nil).
    static func aggregate(_ kind: Aggregate, _ values: [Value]) -> Value? {
        func numbers() -> [Rational]? {
            values.allSatisfy { if case .number = $0 { true } else { false } } ? values.compactMap { if case .number(let q) = $0 { q } else { nil } } : nil
        }
        if let first = values.first, case .duration(_, let dim) = first {
            var amounts: [Int64] = []
            for v in values {
                guard case .duration(let n, dim) = v else { return nil }
                amounts.append(n)
            }
            switch kind {
            case .sum:
                var total: Int64 = 0
                for n in amounts {
                    let (t, overflow) = total.addingReportingOverflow(n)
                    if overflow { return nil }
                    total = t
                }
                return .duration(total, dim)
            case .min: return .duration(amounts.min()!, dim)
            case .max: return .duration(amounts.max()!, dim)
            case .average: return nil
            }
        }
        guard let qs = numbers() else { return nil }
        switch kind {
        case .sum, .average:
            var total = Rational(0)
            for q in qs {
                guard let t = total.adding(q) else { return nil }
                total = t
            }
            if kind == .sum { return .number(total) }
            return qs.isEmpty ? nil : total.divided(by: Rational(qs.count)).map(Value.number)
        case .min: return qs.min().map(Value.number)
        case .max: return qs.max().map(Value.number)
        }
    }

    /// The events of the filter's type that satisfy its condition, with the outer slots in scope.
    func matches(_ f: CFilter, _ slots: [Int]) -> [Int] {
        guard var condition = f.condition else { return Array(b.indices(ofType: f.type)) }
        var candidates: [Int]
        if let plan = f.join {
            switch symbolKey(plan.outer, slots) {
            case .missing: return []
            case .symbol(let key)?:
                if let found = b.joins.candidates(b, type: f.type, field: plan.field, symbol: key) {
                    candidates = found
                    break
                }
                fallthrough
            default:
                guard let key = eval(plan.outer, slots) else { return [] }
                candidates = b.joins.candidates(b, type: f.type, field: plan.field, equal: key)
            }
            // The index found the events the join's conjunct holds for; only the rest is left.
            guard let rest = plan.rest else { return candidates }
            condition = rest
        } else {
            candidates = Array(b.indices(ofType: f.type))
        }
        var inner = Array(slots.prefix(f.slot))
        inner.append(0)
        return candidates.filter { i in
            inner[f.slot] = i
            return eval(condition, inner) == .boolean(true)
        }
    }

    /// True when the filter joins on a value the enclosing event does not have (`d.meeting == m.id`
    /// for a meeting recorded without an id): then no search can decide the check.
    func joinKeyMissing(_ f: CFilter, _ slots: [Int]) -> Bool {
        guard let outer = f.join?.outer else { return false }
        switch symbolKey(outer, slots) {
        case .missing: return true
        case .symbol?: return false
        default: return eval(outer, slots) == nil
        }
    }

    enum JoinKey {
        case missing
        case symbol(Int32)
    }

    /// A join key that is a text or an id, as its symbol, without making a string; nil when the
    /// key is some other value (then it is evaluated and looked up by value).
    func symbolKey(_ outer: CExpr, _ slots: [Int]) -> JoinKey? {
        switch outer.kind {
        case .field(let s, let name):
            guard let i = event(slots, s) else { return .missing }
            guard let c = b.symbolCell(i, name) else { return nil }
            return c == Cell.missing ? .missing : .symbol(c)
        case .event(let s):
            guard let i = event(slots, s) else { return .missing }
            let c = b.idSymbol(i)
            return c == Cell.missing ? .missing : .symbol(c)
        case .constant(.text(let t)), .constant(.id(let t)):
            // A text no event has cannot match: -2 is no symbol.
            return .symbol(b.store.symbols.lookup(t) ?? -2)
        default: return nil
        }
    }

    private func binary(_ op: Operator, _ x: CExpr, _ y: CExpr, _ slots: [Int]) -> Value? {
        if op == .and || op == .or {
            let a = eval(x, slots)
            if op == .and, a == .boolean(false) { return a }
            if op == .or, a == .boolean(true) { return a }
            let c = eval(y, slots)
            if op == .and {
                if c == .boolean(false) { return c }
                return a == .boolean(true) && c == .boolean(true) ? .boolean(true) : nil
            }
            if c == .boolean(true) { return c }
            return a == .boolean(false) && c == .boolean(false) ? .boolean(false) : nil
        }
        guard let a = eval(x, slots) else { return nil }
        // `m.chair in ["secretary", …]`: compared item by item, without building the list.
        if op == .in || op == .notIn, case .list(let items) = y.kind {
            var found = false
            for item in items {
                guard let v = eval(item, slots) else { return nil }
                if !found, Self.equal(a, v) { found = true }
            }
            return .boolean(op == .in ? found : !found)
        }
        guard let c = eval(y, slots) else { return nil }
        return Self.apply(op, a, c, calendar)
    }

    static func apply(_ op: Operator, _ a: Value, _ c: Value, _ calendar: WorkingCalendar) -> Value? {
        switch op {
        case .equal: return .boolean(equal(a, c))
        case .notEqual: return .boolean(!equal(a, c))
        case .in, .notIn:
            guard case .list(let items) = c else { return nil }
            let found = items.contains { equal(a, $0) }
            return .boolean(op == .in ? found : !found)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let o = order(a, c) else { return nil }
            let r: Bool = switch op {
            case .less: o < 0
            case .lessOrEqual: o <= 0
            case .greater: o > 0
            default: o >= 0
            }
            return .boolean(r)
        case .and, .or: return nil
        case .plus, .minus, .times, .divided, .of: return arithmetic(op, a, c, calendar)
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.id(let x), .text(let y)), (.text(let x), .id(let y)), (.id(let x), .id(let y)), (.text(let x), .text(let y)): x == y
        default: a == b
        }
    }

    /// -1, 0, 1; nil for values that have no order between them.
    static func order(_ a: Value, _ b: Value) -> Int? {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : x == y ? 0 : 1 }
        switch (a, b) {
        case (.number(let x), .number(let y)): return cmp(x, y)
        case (.date(let x), .date(let y)): return cmp(x, y)
        case (.time(let x), .time(let y)): return cmp(x, y)
        case (.duration(let x, let d), .duration(let y, let e)) where d == e: return cmp(x, y)
        default: return nil
        }
    }

    static func shift(_ day: Day, by n: Int64, _ d: DurationDimension, _ calendar: WorkingCalendar) -> Day? {
        switch d {
        case .days: return day.shifted(days: n)
        case .workingDays: return calendar.shifted(workingDays: n, from: day)
        case .months: return day.shifted(months: n)
        case .clock: return nil
        }
    }

    static func arithmetic(_ op: Operator, _ a: Value, _ c: Value, _ calendar: WorkingCalendar) -> Value? {
        switch (op, a, c) {
        case (.plus, .number(let x), .number(let y)): return x.adding(y).map(Value.number)
        case (.minus, .number(let x), .number(let y)): return x.subtracting(y).map(Value.number)
        case (.times, .number(let x), .number(let y)), (.of, .number(let x), .number(let y)): return x.multiplied(by: y).map(Value.number)
        case (.divided, .number(let x), .number(let y)): return x.divided(by: y).map(Value.number)
        case (.plus, .date(let d), .duration(let n, let dim)), (.plus, .duration(let n, let dim), .date(let d)):
            return shift(d, by: n, dim, calendar).map(Value.date)
        case (.minus, .date(let d), .duration(let n, let dim)): return shift(d, by: -n, dim, calendar).map(Value.date)
        case (.minus, .date(let x), .date(let y)): return .duration(Int64(x.ordinal) - Int64(y.ordinal), .days)
        case (.minus, .time(let x), .time(let y)): return .duration(Int64(x - y), .clock)
        case (.plus, .time(let t), .duration(let n, .clock)) where n.magnitude < 1_000_000: return .time(t + Int(n))
        case (.minus, .time(let t), .duration(let n, .clock)) where n.magnitude < 1_000_000: return .time(t - Int(n))
        case (.plus, .duration(let x, let d), .duration(let y, let e)) where d == e:
            let (v, o) = x.addingReportingOverflow(y)
            return o ? nil : .duration(v, d)
        case (.minus, .duration(let x, let d), .duration(let y, let e)) where d == e:
            let (v, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .duration(v, d)
        default: return nil
        }
    }
}
