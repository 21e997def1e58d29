/// A text a rule compares a field with that no event of the log carries in that field — most
/// often a typo (`"personel"`), which would make the rule match nothing and look kept.
public struct AbsentValue: Sendable, Hashable {
    public var rule: String
    public var type: String
    public var field: String
    public var value: String
    /// The values the log does carry in that field, most frequent first, with their counts.
    public var seen: [Seen]

    public struct Seen: Sendable, Hashable {
        public var value: String
        public var count: Int
    }
}

extension AbsentValue {
    /// Every text constant a rule compares a text field with (`==`, `!=`, `in`, `not in`) that the
    /// store's symbols do not have: no event carries it in any field.
    static func find(in rules: [CheckedRule], store: EventStore) -> [AbsentValue] {
        var out: [AbsentValue] = []
        for rule in rules {
            // With no event of the type at all, the rule already says so; the text is not the news.
            for (type, field, values) in Comparisons.texts(in: rule) where hasEvents(type, store) {
                // A list names the values allowed; a log need not have them all. It is news only
                // when the log has none of them.
                let absent = values.filter { store.symbols.lookup($0) == nil }
                guard absent.count == values.count else { continue }
                for value in absent {
                    let a = AbsentValue(rule: rule.name, type: type, field: field, value: value, seen: seen(type, field, store))
                    if !out.contains(a) { out.append(a) }
                }
            }
        }
        return out
    }

    private static func hasEvents(_ type: String, _ store: EventStore) -> Bool {
        guard let t = store.typeNumber(type) else { return false }
        return store.bodies.contains { !$0.rows[t].isEmpty }
    }

    /// The values of one text field across the log, most frequent first (at most five).
    private static func seen(_ type: String, _ field: String, _ store: EventStore) -> [Seen] {
        guard let t = store.typeNumber(type), let column = store.symbolColumn(type: t, field: field) else { return [] }
        var counts: [SymbolTable.Symbol: Int] = [:]
        let stride = store.layouts[t].stride
        for body in store.bodies {
            let rows = body.rows[t]
            for i in Swift.stride(from: column, to: rows.count, by: stride) where rows[i] != Cell.missing { counts[rows[i], default: 0] += 1 }
        }
        return counts.map { Seen(value: store.symbols.string($0.key), count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }.prefix(5).map { $0 }
    }
}

/// The text comparisons of a rule, each with the event type and field it reads.
enum Comparisons {
    /// Each comparison's texts: one for `==`/`!=`, the list's for `in`/`not in`.
    static func texts(in rule: CheckedRule) -> [(type: String, field: String, values: [String])] {
        var out: [(String, String, [String])] = []
        var slots: [Int: String] = [:]
        func visit(_ f: CFilter) {
            slots[f.slot] = f.type
            visit(f.condition)
        }
        func visit(_ e: CExpr?) {
            guard let e else { return }
            switch e.kind {
            case .binary(let op, let a, let b):
                if [.equal, .notEqual, .in, .notIn].contains(op) {
                    for (x, y) in [(a, b), (b, a)] {
                        // `x.type` is the checker's to judge: a type name is no value of the log.
                        guard case .field(let slot, let name) = x.kind, name != "type", case .text = x.type, let type = slots[slot] else { continue }
                        let values = texts(y)
                        if !values.isEmpty { out.append((type, name, values)) }
                    }
                }
                visit(a)
                visit(b)
            case .unary(_, let x): visit(x)
            case .list(let items): items.forEach(visit)
            case .count(let f), .exists(let f): visit(f)
            case .aggregate(_, let value, let f):
                visit(f)
                visit(value)
            case .constant, .field, .event, .members, .exempt, .has: break
            }
        }
        func texts(_ e: CExpr) -> [String] {
            switch e.kind {
            case .constant(.text(let s)): [s]
            case .list(let items): items.flatMap(texts)
            default: []
            }
        }
        switch rule.form {
        case .frequency(_, let c): visit(c.filter)
        case .gap(_, let f): visit(f)
        case .each(let f, let unless, let req):
            visit(f)
            visit(unless)
            visit(req)
        case .whenever(let f, let req):
            visit(f)
            visit(req)
        case .target: break
        case .periodic(_, let c): visit(c)
        }
        func visit(_ req: CRequirement) {
            switch req {
            case .condition(let c): visit(c)
            case .related(let f, let timing):
                visit(f)
                if case .next(let n, _) = timing { visit(n) }
            case .decision(let base, let cases):
                visit(base)
                for c in cases {
                    visit(c.when)
                    visit(c.requires)
                }
            }
        }
        return out
    }
}
