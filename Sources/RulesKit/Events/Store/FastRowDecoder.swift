import Foundation

/// The common JSON Lines record — one flat object of plain ASCII strings, numbers, booleans and
/// nulls, every field valid for its type — decoded from the line's bytes straight into a stored
/// row, without making a `String` or a `RawRecord`.
///
/// It only ever accepts: anything it does not fully understand (an escape, non-ASCII text, a
/// nested value, an exponent, a bad or missing field, a duplicate id…) returns false with no
/// effect, and the record takes the general path (`JSONLineScanner` + `EventDecoder`), which
/// decides and explains. `FastPathTests` holds both paths to the same events.
struct FastRowDecoder {
    private let store: EventStore
    private let scratch: Scratch
    private let tables: DecoderTables
    private let listedValues: [[SymbolTable.Symbol]]
    private var keys: UnsafeMutableBufferPointer<Range<Int>> { UnsafeMutableBufferPointer(rebasing: scratch.keys[0..<scratch.count]) }
    private var values: UnsafeMutableBufferPointer<(kind: UInt8, range: Range<Int>)> {
        UnsafeMutableBufferPointer(rebasing: scratch.values[0..<scratch.count])
    }
    /// Ids met lately: a record's references are mostly to events a few lines above it.
    private var recent = [SymbolTable.Symbol](repeating: -1, count: 8)
    private var recentNext = 0
    private var lastBody: SymbolTable.Symbol = -1

    private enum Kind {
        static let string: UInt8 = 0, number: UInt8 = 1, fraction: UInt8 = 2, yes: UInt8 = 3, no: UInt8 = 4, null: UInt8 = 5
    }

    init(store: EventStore) {
        self.store = store
        var listedValues: [[SymbolTable.Symbol]] = []
        // Per type, per declared field, how to read it: plain values, so reading a record copies
        // no strings or arrays of the layout (and counts no references to them).
        let plans = store.layouts.map { layout in
            layout.declared.map { d in
                var listed = -1
                if let values = d.listed {
                    listed = listedValues.count
                    listedValues.append(values)
                }
                let isCount = d.type == .integer || d.type == .number
                return FieldPlan(kind: FieldPlan.Kind(d.type), column: d.column ?? -1, listed: listed,
                                 count: isCount ? Plausibility.Count.byName[d.name]?.rawValue ?? -1 : -1)
            }
        }
        self.listedValues = listedValues
        tables = DecoderTables(layouts: store.layouts, plans: plans, keyCapacity: Scratch.capacity)
        scratch = Scratch(rowCapacity: store.layouts.map(\.stride).max() ?? EventStore.Row.fields)
    }

    /// True when the record was valid and is now stored.
    /// `lineBase`: what `EventStore.lineBase` gave for the file.
    mutating func store(_ line: UnsafeBufferPointer<UInt8>, lineBase: Int32, lineNumber: Int) -> Bool {
        guard lineNumber <= Int(Int32.max) - Int(lineBase), scan(line) else { return false }
        var type = -1, date = Cell.missing, body: SymbolTable.Symbol = -1, id = Cell.missing
        // Keys that are the record's own (type, date, body, id), not fields of its type; a record
        // has at most `Scratch.capacity` keys.
        var own: UInt32 = 0
        var idText: Range<Int>?, idHash: UInt64?
        for (k, key) in keys.enumerated() {
            let v = values[k]
            switch OwnKey(line, key) {
            case nil: continue
            case .type:
                own |= 1 << UInt32(k)
                guard v.kind == Kind.string else { return false }
                type = tables.type(line, v.range)
            case .date:
                own |= 1 << UInt32(k)
                guard v.kind == Kind.string, let d = Self.day(line, v.range) else { return false }
                date = d
            case .body:
                own |= 1 << UInt32(k)
                guard v.kind == Kind.string, !v.range.isEmpty else { return false }
                if lastBody >= 0, same(line, v.range, lastBody) {
                    body = lastBody
                } else {
                    guard let s = intern(line, v.range) else { return false }
                    body = s
                    lastBody = s
                }
            case .id:
                own |= 1 << UInt32(k)
                guard v.kind == Kind.string, !v.range.isEmpty else { return false }
                // Interned once the rest of the record is read: a new id's slot in the symbol
                // table is a cache miss, and the prefetch lets that work hide it.
                idText = v.range
                idHash = v.range.count > 16 ? store.symbols.prefetch(ascii: bytes(line, v.range)) : nil
            }
        }
        // No `date` (a `time` only, say) is for the general path too, and so is a type of more
        // than 64 fields, which the presence mask could not follow.
        guard type >= 0, date != Cell.missing, body >= 0 else { return false }
        let layout = tables.types[type]
        guard layout.count <= 64 else { return false }
        let row = UnsafeMutableBufferPointer(rebasing: scratch.row[0..<layout.stride])
        row.update(repeating: Cell.missing)
        row[EventStore.Row.date] = date
        row[EventStore.Row.line] = lineBase + Int32(lineNumber)
        var present: UInt64 = 0
        // Numbers too large for a cell go to the store's side table: taken back if the record is not stored.
        let bigCount = store.big.count
        func reject() -> Bool {
            store.big.removeLast(store.big.count - bigCount)
            return false
        }
        var counts = Plausibility.Counts()
        for (k, key) in keys.enumerated() {
            if own & (1 << UInt32(k)) != 0 { continue }
            // A key the type does not have is listed by the general path, with a suggestion.
            guard let f = tables.field(type, line, key, at: k) else { return reject() }
            let plan = tables.fields[layout.first + f].plan
            // A text no rule reads and no list restricts is only checked: nothing to intern.
            if plan.column < 0, plan.listed < 0, plan.kind == .text || plan.kind == .id, values[k].kind == Kind.string,
               values[k].range.count <= SymbolTable.maxLength {
                present |= 1 << UInt64(f)
                continue
            }
            guard let cell = convert(line, values[k], plan) else { return reject() }
            if cell != Cell.missing { present |= 1 << UInt64(f) }
            // A count read once, from its cell: a whole number the plausibility check compares.
            if plan.count >= 0, cell != Cell.missing, values[k].kind == Kind.number, let c = Plausibility.Count(rawValue: plan.count) {
                if let n = Cell.smallInteger(cell) {
                    counts[c] = n
                } else if case let q = Cell.rational(cell, big: store.big), q.isInteger {
                    counts[c] = q.numerator
                }
            }
            if plan.column >= 0 { row[EventStore.Row.fields + plan.column] = cell }
        }
        if present & layout.requiredMask != layout.requiredMask { return reject() }
        // Counts the record cannot hold: the general path says which and why.
        if !counts.isEmpty, Plausibility.problem(counts) != nil {
            return reject()
        }
        if let r = idText {
            let s = if let h = idHash { store.symbols.intern(ascii: bytes(line, r), hash: h) } else { intern(line, r) }
            guard let s else { return reject() }
            id = s
            row[EventStore.Row.id] = id
            recent[recentNext] = s
            recentNext = (recentNext + 1) & 7
        }
        if id != Cell.missing, store.claim(id: id, type: type, source: store.source(line: lineBase + Int32(lineNumber))) != nil {
            return reject()
        }
        let bodyNumber = store.bodyNumber(body)
        store.append(type: type, body: bodyNumber, row: UnsafeBufferPointer(row))
        return true
    }

    // MARK: - Values

    private mutating func convert(_ line: UnsafeBufferPointer<UInt8>, _ v: (kind: UInt8, range: Range<Int>), _ plan: FieldPlan) -> Int32? {
        if v.kind == Kind.null { return Cell.missing }
        switch plan.kind {
        case .integer, .number:
            if v.kind == Kind.number {
                guard let n = Self.integer(line, v.range) else { return nil }
                return Cell.integer(n, big: &store.big)
            }
            guard v.kind == Kind.fraction, let q = Rational.parseDecimal(String(decoding: UnsafeBufferPointer(rebasing: line[v.range]), as: UTF8.self)),
                  plan.kind == .number || q.isInteger else { return nil }
            return Cell.number(q, big: &store.big)
        case .boolean:
            return v.kind == Kind.yes ? 1 : v.kind == Kind.no ? 0 : nil
        case .text:
            guard v.kind == Kind.string, let s = intern(line, v.range) else { return nil }
            if plan.listed >= 0, !listedValues[plan.listed].contains(s) { return nil }
            return s
        case .id, .ref:
            guard v.kind == Kind.string else { return nil }
            for s in recent where s >= 0 && same(line, v.range, s) { return s }
            return intern(line, v.range)
        case .date:
            return v.kind == Kind.string ? Self.day(line, v.range) : nil
        case .time, .duration:
            return v.kind == Kind.string ? Self.clock(line, v.range) : nil
        }
    }

    private func same(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ symbol: SymbolTable.Symbol) -> Bool {
        let b = store.symbols.bytes(symbol)
        return b.count == r.count && (r.isEmpty || memcmp(line.baseAddress! + r.lowerBound, b.baseAddress!, r.count) == 0)
    }

    private func bytes(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(line)[r])
    }

    private func intern(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> SymbolTable.Symbol? {
        let bytes = bytes(line, r)
        // `scan` let no byte above 0x7F through.
        guard bytes.count <= 16 else { return store.symbols.intern(ascii: bytes) }
        return scratch.shortTexts.symbol(bytes) { store.symbols.intern(ascii: bytes) }
    }


    /// `YYYY-MM-DD`, the only form `Day.parse` accepts.
    private static func day(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int32? {
        guard r.count == 10, line[r.lowerBound + 4] == 0x2D, line[r.lowerBound + 7] == 0x2D,
              let y = digits(line, r.lowerBound, 4), let m = digits(line, r.lowerBound + 5, 2), let d = digits(line, r.lowerBound + 8, 2),
              let day = Day(year: y, month: m, day: d) else { return nil }
        return day.ordinal
    }

    /// `HH:MM` (or `H:MM`) as minutes, as `EventDecoder.clockMinutes` reads it.
    private static func clock(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int32? {
        let hourDigits = r.count - 3
        guard hourDigits == 1 || hourDigits == 2, line[r.upperBound - 3] == 0x3A,
              let h = digits(line, r.lowerBound, hourDigits), let m = digits(line, r.upperBound - 2, 2), h < 24, m < 60 else { return nil }
        return Int32(h * 60 + m)
    }

    private static func digits(_ line: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var n = 0
        for i in start..<start + count {
            let d = line[i] &- 0x30
            guard d < 10 else { return nil }
            n = n * 10 + Int(d)
        }
        return n
    }

    /// A JSON integer literal (already checked by the scan), nil if it overflows.
    private static func integer(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int64? {
        var i = r.lowerBound
        let negative = line[i] == 0x2D
        if negative { i += 1 }
        var n: Int64 = 0
        while i < r.upperBound {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(line[i] - 0x30))
            guard !o1, !o2 else { return nil }
            n = a
            i += 1
        }
        return negative ? -n : n
    }

    // MARK: - Scanning

    /// Splits a flat object into keys and values; false for anything else.
    private mutating func scan(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        scratch.count = 0
        let n = line.count
        var i = 0
        func skipSpace() {
            // One comparison for the usual case, a byte that is no space.
            while i < n, line[i] <= 0x20, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0D { i += 1 }
        }
        func string() -> Range<Int>? {
            guard i < n, line[i] == 0x22 else { return nil }
            i += 1
            let start = i
            // Eight bytes at a time up to the first quote, backslash, control, DEL or non-ASCII byte.
            while i + 8 <= n {
                let word = UnsafeRawPointer(line.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let special = JSONStringSWAR.specialBytes(word)
                if special != 0 {
                    i += special.trailingZeroBitCount >> 3
                    if JSONStringSWAR.endsAtQuote(word, special: special) {
                        i += 1
                        return start..<i - 1
                    }
                    break
                }
                i += 8
            }
            while i < n {
                let b = line[i]
                if b == 0x22 {
                    i += 1
                    return start..<i - 1
                }
                // Escapes, control characters and non-ASCII text: the general path.
                if b == 0x5C || b < 0x20 || b >= 0x7F { return nil }
                i += 1
            }
            return nil
        }
        skipSpace()
        guard i < n, line[i] == 0x7B else { return false }
        i += 1
        skipSpace()
        if i < n, line[i] == 0x7D { return false }
        // One bit per key, placed by its length and last byte: keys rarely share both.
        var seen: UInt64 = 0
        while true {
            skipSpace()
            guard let key = string(), scratch.count < Scratch.capacity else { return false }
            // A duplicate key is for the general path.
            let bit: UInt64 = key.isEmpty ? 1 : 1 << UInt64((key.count &* 31 &+ Int(line[key.upperBound - 1])) & 63)
            if seen & bit != 0 {
                for k in keys where k.count == key.count {
                    if memcmp(line.baseAddress! + k.lowerBound, line.baseAddress! + key.lowerBound, k.count) == 0 { return false }
                }
            }
            seen |= bit
            skipSpace()
            guard i < n, line[i] == 0x3A else { return false }
            i += 1
            skipSpace()
            guard i < n else { return false }
            let value: (UInt8, Range<Int>)
            switch line[i] {
            case 0x22:
                guard let r = string() else { return false }
                value = (Kind.string, r)
            case 0x2D, 0x30...0x39:
                guard let (kind, r) = Self.number(line, &i) else { return false }
                value = (kind, r)
            case 0x74 where i + 4 <= n && line[i + 1] == 0x72 && line[i + 2] == 0x75 && line[i + 3] == 0x65:
                value = (Kind.yes, i..<i + 4)
                i += 4
            case 0x66 where i + 5 <= n && line[i + 1] == 0x61 && line[i + 2] == 0x6C && line[i + 3] == 0x73 && line[i + 4] == 0x65:
                value = (Kind.no, i..<i + 5)
                i += 5
            case 0x6E where i + 4 <= n && line[i + 1] == 0x75 && line[i + 2] == 0x6C && line[i + 3] == 0x6C:
                value = (Kind.null, i..<i + 4)
                i += 4
            default: return false
            }
            scratch.keys[scratch.count] = key
            scratch.values[scratch.count] = value
            scratch.count += 1
            skipSpace()
            guard i < n else { return false }
            if line[i] == 0x2C {
                i += 1
                continue
            }
            guard line[i] == 0x7D else { return false }
            i += 1
            skipSpace()
            return i == n
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`; an exponent or anything else is left to the general path.
    private static func number(_ line: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> (UInt8, Range<Int>)? {
        let start = i, n = line.count
        if line[i] == 0x2D { i += 1 }
        guard i < n, line[i] &- 0x30 < 10 else { return nil }
        if line[i] == 0x30 {
            i += 1
        } else {
            while i < n, line[i] &- 0x30 < 10 { i += 1 }
        }
        var kind = Kind.number
        if i < n, line[i] == 0x2E {
            i += 1
            guard i < n, line[i] &- 0x30 < 10 else { return nil }
            while i < n, line[i] &- 0x30 < 10 { i += 1 }
            kind = Kind.fraction
        }
        if i < n, line[i] == 0x65 || line[i] == 0x45 { return nil }
        return (kind, start..<i)
    }
}

/// The keys, values and row of the record being decoded, in buffers reused for every record: no
/// array bookkeeping (capacity and uniqueness checks) for each key of each line.
private final class Scratch {
    static let capacity = 32
    let keys = UnsafeMutableBufferPointer<Range<Int>>.allocate(capacity: capacity)
    let values = UnsafeMutableBufferPointer<(kind: UInt8, range: Range<Int>)>.allocate(capacity: capacity)
    let row: UnsafeMutableBufferPointer<Int32>
    var count = 0
    let shortTexts = ShortTexts()

    init(rowCapacity: Int) {
        keys.initialize(repeating: 0..<0)
        values.initialize(repeating: (0, 0..<0))
        row = .allocate(capacity: rowCapacity)
        row.initialize(repeating: Cell.missing)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
        row.deallocate()
    }
}

/// Short texts met lately (a meeting's kind, a vote's method), each found again by its bytes read
/// as two words, without hashing the text and probing the symbol table: most of a log's texts
/// are a few such values over and over. A slot holds the last text that fell in it.
private final class ShortTexts {
    private struct Entry {
        var w0: UInt64 = 0, w1: UInt64 = 0, length = -1, symbol: SymbolTable.Symbol = 0
    }
    private static let bits = 8
    private let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: 1 << ShortTexts.bits)

    init() { entries.initialize(repeating: Entry()) }
    deinit { entries.deallocate() }

    /// The symbol of at most 16 bytes; `intern` gives it when the slot holds another text.
    @inline(__always)
    func symbol(_ bytes: UnsafeRawBufferPointer, _ intern: () -> SymbolTable.Symbol?) -> SymbolTable.Symbol? {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: bytes) }
        let mixed = (words.0 &* 0x9E37_79B9_7F4A_7C15 ^ words.1 ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        let k = Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.bits))
        let e = entries[k]
        if e.length == bytes.count, e.w0 == words.0, e.w1 == words.1 { return e.symbol }
        guard let s = intern() else { return nil }
        entries[k] = Entry(w0: words.0, w1: words.1, length: bytes.count, symbol: s)
        return s
    }
}

/// How the fast path reads one declared field: its type without the type's texts, its column.
struct FieldPlan {
    enum Kind {
        case integer, number, boolean, text, id, ref, date, time, duration

        init(_ type: FieldType) {
            self = switch type {
            case .integer: .integer
            case .number: .number
            case .boolean: .boolean
            case .text: .text
            case .id: .id
            case .ref: .ref
            case .date: .date
            case .time: .time
            case .duration: .duration
            }
        }
    }

    let kind: Kind
    /// Its column in the row, -1 when not kept.
    let column: Int
    /// Its listed values in `listedValues`, -1 when any text will do.
    let listed: Int
    /// Its `Plausibility.Count`, -1 when it is not a count the plausibility check reads.
    let count: Int
}

/// The keys a record has whatever its type, found by their bytes read as one word.
private enum OwnKey {
    case type, date, body, id

    @inline(__always)
    init?(_ line: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) {
        let p = UnsafeRawPointer(line.baseAddress! + key.lowerBound)
        switch key.count {
        // "type", "date", "body" as little-endian 32-bit words.
        case 4:
            switch p.loadUnaligned(as: UInt32.self) {
            case 0x6570_7974: self = .type
            case 0x6574_6164: self = .date
            case 0x7964_6F62: self = .body
            default: return nil
            }
        case 2 where p.loadUnaligned(as: UInt16.self) == 0x6469: self = .id
        default: return nil
        }
    }
}
