/// The events of one body, sorted by date, indexed by type and id. Evaluation is independent
/// per body, so this is all a rule ever looks at.
struct BodyEvents {
    let body: String
    let events: [Event]
    let byType: [String: [Int]]
    /// `membership` events: the body's size from their date on.
    let membership: [(date: Day, members: Int64?, exempt: Int64?)]
    /// Hash indexes on one field of one type, built the first time a join needs them.
    let joins = JoinIndexes()

    init(body: String, events unsorted: [Event]) {
        self.body = body
        events = unsorted.sorted { $0.date != $1.date ? $0.date < $1.date : ($0.source.file, $0.source.line) < ($1.source.file, $1.source.line) }
        var byType: [String: [Int]] = [:]
        var membership: [(Day, Int64?, Int64?)] = []
        for (i, e) in events.enumerated() {
            byType[e.type, default: []].append(i)
            if e.type == "membership" {
                func int(_ f: String) -> Int64? {
                    if case .number(let q)? = e.fields[f], q.isInteger { return q.numerator }
                    return nil
                }
                membership.append((e.date, int("members"), int("exempt")))
            }
        }
        self.byType = byType
        self.membership = membership
    }
}

/// `document d where d.meeting == m.id` looks up the documents of one meeting instead of
/// scanning them all: without this the per-event rules are quadratic in a body's events.
final class JoinIndexes {
    private var tables: [String: [Value: [Int]]] = [:]

    func candidates(_ b: BodyEvents, type: String, field: String, equal key: Value) -> [Int] {
        let name = type + "\u{0}" + field
        if let t = tables[name] { return t[Self.normalized(key)] ?? [] }
        var t: [Value: [Int]] = [:]
        for i in b.byType[type] ?? [] {
            if let v = b.events[i].value(field) { t[Self.normalized(v), default: []].append(i) }
        }
        tables[name] = t
        return t[Self.normalized(key)] ?? []
    }

    /// Ids and texts compare equal when their characters do (`equal` in the evaluator).
    static func normalized(_ v: Value) -> Value {
        if case .text(let s) = v { return .id(s) }
        return v
    }
}

/// Where a body's size comes from, most specific first:
/// 1. the judged event's own `members` (or `exempt`) field — what the minutes recorded that day;
/// 2. the latest `membership` event of the body on or before that date;
/// 3. the rules file's `members … [from …]` of the body (or of its kind) in force on that date.
struct MemberCounts {
    let declared: BodyInfo?

    func members(_ b: BodyEvents, on day: Day, event: Event?) -> Int64? {
        count(b, on: day, event: event, field: "members", pick: { $0.members }, timeline: declared?.members)
    }

    func exempt(_ b: BodyEvents, on day: Day, event: Event?) -> Int64? {
        count(b, on: day, event: event, field: "exempt", pick: { $0.exempt }, timeline: declared?.exempt)
    }

    private func count(_ b: BodyEvents, on day: Day, event: Event?, field: String,
                       pick: ((date: Day, members: Int64?, exempt: Int64?)) -> Int64?, timeline: Timeline?) -> Int64? {
        if let e = event, e.type != "membership", case .number(let q)? = e.fields[field], q.isInteger { return q.numerator }
        if let m = b.membership.last(where: { $0.date <= day && pick($0) != nil }) { return pick(m) }
        return timeline?.value(on: day)
    }
}
