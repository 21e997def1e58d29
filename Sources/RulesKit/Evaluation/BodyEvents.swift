/// The events of one body known on the evaluation date, read in place from the store: each type's
/// rows in date order, numbered one type after another. Evaluation is independent per body, so
/// this is all a rule ever looks at.
struct BodyEvents {
    let store: EventStore
    let body: String
    /// The types present, each with the number of its first event; their rows in `rows`. Kept
    /// apart so reading a cell copies no array (no reference counting per cell).
    private let parts: [Part]
    private let rows: [[Int32]]
    private struct Part {
        let type: Int, first: Int, count: Int, stride: Int
    }
    let count: Int
    /// `membership` events: the body's size from their date on.
    private(set) var membership: [(date: Day, members: Int64?, exempt: Int64?)] = []
    /// Hash indexes on one field of one type, built the first time a join needs them.
    let joins = JoinIndexes()

    /// `number` is the body's in the store, nil for a body with no events at all.
    init(store: EventStore, number: Int?, name: String, asOf: Day) {
        self.store = store
        body = name
        var parts: [Part] = [], kept: [[Int32]] = []
        var count = 0
        let byType: [[Int32]] = number.map { store.bodies[$0].rows } ?? []
        for (t, rows) in byType.enumerated() where !rows.isEmpty {
            let stride = store.layouts[t].stride
            // Rows are in date order: an event dated after the evaluation date is not yet known.
            var lo = 0, hi = rows.count / stride
            while lo < hi {
                let mid = (lo + hi) / 2
                if rows[mid * stride] <= asOf.ordinal { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            parts.append(Part(type: t, first: count, count: lo, stride: stride))
            kept.append(rows)
            count += lo
        }
        self.parts = parts
        self.rows = kept
        self.count = count
        if let t = store.membershipType, let p = parts.first(where: { $0.type == t }) {
            let layout = store.layouts[t]
            let m = layout.position("members"), x = layout.position("exempt")
            for i in p.first..<p.first + p.count {
                func int(_ k: Int?) -> Int64? {
                    guard let k, case .number(let q)? = value(i, field: k), q.isInteger else { return nil }
                    return q.numerator
                }
                membership.append((date(i), int(m), int(x)))
            }
        }
    }

    /// The position in `events` (event numbers in date order) of the first dated on or after `day`.
    func position<C: RandomAccessCollection<Int>>(in events: C, notBefore day: Day) -> C.Index {
        var lo = events.startIndex, hi = events.endIndex
        while lo < hi {
            let mid = events.index(lo, offsetBy: events.distance(from: lo, to: hi) / 2)
            if date(events[mid]) < day { lo = events.index(after: mid) } else { hi = mid }
        }
        return lo
    }

    /// The position of the first dated after `day` (none is after the last day there is).
    func position<C: RandomAccessCollection<Int>>(in events: C, after day: Day) -> C.Index {
        day == .last ? events.endIndex : position(in: events, notBefore: day.adding(days: 1))
    }

    /// The part of `events` dated in `days`.
    func slice<C: RandomAccessCollection<Int>>(of events: C, in days: ClosedRange<Day>) -> C.SubSequence {
        events[position(in: events, notBefore: days.lowerBound)..<position(in: events, after: days.upperBound)]
    }

    /// Whether any event is dated in the days: stops at the first type that has one.
    func hasEvents(in days: ClosedRange<Day>) -> Bool {
        parts.contains { !slice(of: $0.first..<$0.first + $0.count, in: days).isEmpty }
    }

    /// How many of the body's events are dated in `days`: each type's are in date order.
    func count(in days: ClosedRange<Day>) -> Int {
        parts.reduce(0) { $0 + slice(of: $1.first..<$1.first + $1.count, in: days).count }
    }

    /// The event numbers of one type, in date order.
    func indices(ofType name: String) -> Range<Int> {
        store.typeNumber(name).map(indices(ofTypeNumber:)) ?? 0..<0
    }

    func indices(ofTypeNumber t: Int) -> Range<Int> {
        guard let p = parts.first(where: { $0.type == t }) else { return 0..<0 }
        return p.first..<p.first + p.count
    }

    /// The part holding event `i`: few types, so a scan from the last.
    @inline(__always)
    private func part(_ i: Int) -> Int {
        var k = parts.count - 1
        while parts[k].first > i { k -= 1 }
        return k
    }

    private func locate(_ i: Int) -> (type: Int, start: Int) {
        let p = parts[part(i)]
        return (p.type, (i - p.first) * p.stride)
    }

    func typeName(_ i: Int) -> String { store.layouts[locate(i).type].name }

    func isMembership(_ i: Int) -> Bool { locate(i).type == store.membershipType }

    func date(_ i: Int) -> Day { Day(ordinal: cell(i, EventStore.Row.date)) }

    /// The id as a symbol (`Cell.missing` when the event has none).
    func idSymbol(_ i: Int) -> Int32 { cell(i, EventStore.Row.id) }

    func id(_ i: Int) -> String? {
        let s = idSymbol(i)
        return s == Cell.missing ? nil : store.symbols.string(s)
    }

    func source(_ i: Int) -> EventSource { store.source(row(i)) }

    /// A field's value, implicit fields included; nil when the record does not have it.
    func value(_ i: Int, _ name: String) -> Value? {
        switch name {
        case "id": return id(i).map(Value.id)
        case "date": return .date(date(i))
        case "body": return .id(body)
        case "type": return .text(typeName(i))
        default:
            guard let k = store.layouts[locate(i).type].position(name) else { return nil }
            return value(i, field: k)
        }
    }

    func value(_ i: Int, field k: Int) -> Value? {
        Cell.decode(fieldCell(i, k), store.layouts[locate(i).type].fields[k].type, symbols: store.symbols, big: store.big)
    }

    /// A symbol-typed field's raw cell, for joins: equal cells are equal texts and ids.
    func symbolCell(_ i: Int, _ name: String) -> Int32? {
        store.symbolColumn(type: locate(i).type, field: name).map { cell(i, $0) }
    }

    /// The cell of the event's kept field `k` (a column of its type's layout).
    func fieldCell(_ i: Int, _ k: Int) -> Int32 { cell(i, EventStore.Row.fields + k) }

    /// One cell of the event's row.
    @inline(__always)
    func cell(_ i: Int, _ column: Int) -> Int32 {
        let k = part(i)
        return rows[k][(i - parts[k].first) * parts[k].stride + column]
    }

    /// The event's row.
    func row(_ i: Int) -> ArraySlice<Int32> {
        let k = part(i)
        let start = (i - parts[k].first) * parts[k].stride
        return rows[k][start..<start + parts[k].stride]
    }

    /// The whole event, for the few places that want one (explanations).
    func event(_ i: Int) -> Event {
        store.event(type: locate(i).type, body: body, row: row(i))
    }
}

/// `document d where d.meeting == m.id` looks up the documents of one meeting instead of
/// scanning them all: without this the per-event rules are quadratic in a body's events.
/// Texts and ids are looked up by symbol, other values by value.
final class JoinIndexes {
    private var byValue: [String: [Value: [Int]]] = [:]
    /// Few per body (one per joined field): found by a scan, not hashed.
    private var byColumn: [ColumnIndex] = []

    /// The events of one type sorted by one cell, each entry `key << 32 | event` so sorting and
    /// searching are on plain integers: one array, not an array per key, and mostly sorted
    /// already (a record's references follow the order records are written in).
    private final class ColumnIndex {
        let type: Int, column: Int
        let entries: [UInt64]

        init(_ b: BodyEvents, type: Int, column: Int) {
            self.type = type
            self.column = column
            var entries: [UInt64] = []
            for i in b.indices(ofTypeNumber: type) {
                let c = b.cell(i, column)
                if c != Cell.missing { entries.append(ColumnIndex.entry(c, i)) }
            }
            entries.sort()
            self.entries = entries
        }

        /// Ordered as the key, then the event number (signed keys flipped to keep their order).
        @inline(__always)
        static func entry(_ key: Int32, _ event: Int) -> UInt64 {
            UInt64(UInt32(bitPattern: key) ^ 0x8000_0000) << 32 | UInt64(event)
        }
    }

    /// The events of type number `type` whose row holds `key` in `column`, in date order.
    func candidates(_ b: BodyEvents, type: Int, column: Int, symbol key: Int32) -> LazyMapSequence<ArraySlice<UInt64>, Int> {
        let index: ColumnIndex
        if let known = byColumn.first(where: { $0.type == type && $0.column == column }) {
            index = known
        } else {
            index = ColumnIndex(b, type: type, column: column)
            byColumn.append(index)
        }
        let entries = index.entries
        let first = ColumnIndex.entry(key, 0)
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid] < first { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < entries.count && entries[end] >> 32 == first >> 32 { end += 1 }
        return entries[lo..<end].lazy.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
    }

    /// The same by type and field name; nil when the field is not held as a symbol.
    func candidates(_ b: BodyEvents, type: String, field: String, symbol key: Int32) -> [Int]? {
        guard let t = b.store.typeNumber(type) else { return [] }
        return b.store.symbolColumn(type: t, field: field).map { Array(candidates(b, type: t, column: $0, symbol: key)) }
    }

    func candidates(_ b: BodyEvents, type: String, field: String, equal key: Value) -> [Int] {
        let name = type + "\u{0}" + field
        if let t = byValue[name] { return t[Self.normalized(key)] ?? [] }
        var t: [Value: [Int]] = [:]
        for i in b.indices(ofType: type) {
            if let v = b.value(i, field) { t[Self.normalized(v), default: []].append(i) }
        }
        byValue[name] = t
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
/// 3. the roster's members of the body (`--roster`) on that date;
/// 4. the rules file's `members … [from …]` of the body (or of its kind) in force on that date.
struct MemberCounts {
    let declared: BodyInfo?
    /// The body's members on the roster, if it is listed with any.
    var listed: Timeline? = nil

    func members(_ b: BodyEvents, on day: Day, event: Int?) -> Int64? {
        own(b, event, "members") ?? recorded(b, on: day, exempt: false)
    }

    func exempt(_ b: BodyEvents, on day: Day, event: Int?) -> Int64? {
        own(b, event, "exempt") ?? recorded(b, on: day, exempt: true)
    }

    /// The event's own count (1 above), unless it is a `membership` record.
    private func own(_ b: BodyEvents, _ event: Int?, _ field: String) -> Int64? {
        guard let e = event, !b.isMembership(e), case .number(let q)? = b.value(e, field), q.isInteger else { return nil }
        return q.numerator
    }

    /// The body's size on `day` from its records alone (2 to 4 above). The roster lists members
    /// only; exempt members come from the records or the rules file. Asked for every event a
    /// count is checked on: nothing here allocates.
    func recorded(_ b: BodyEvents, on day: Day, exempt: Bool) -> Int64? {
        if exempt {
            if let m = b.membership.last(where: { $0.date <= day && $0.exempt != nil }) { return m.exempt }
            return declared?.exempt.value(on: day)
        }
        if let m = b.membership.last(where: { $0.date <= day && $0.members != nil }) { return m.members }
        return listed?.value(on: day) ?? declared?.members.value(on: day)
    }
}
