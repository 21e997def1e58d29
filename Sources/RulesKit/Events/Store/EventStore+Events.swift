/// Between stored rows and `Event` values: events decoded the general way (CSV, unusual JSON,
/// events built in code) go in through here, and come out for the tools that want whole events.
extension EventStore {
    public enum AppendFailure: Error {
        /// Another event already has this id; it was first seen here.
        case duplicateId(first: EventSource)
        /// A text or id too long to store.
        case tooLong(field: String)
    }

    /// A store of events built in code (tests, tools): kept as given, without the checks a log
    /// makes (ids unique, references resolved). A type `types` does not know is stored without fields.
    public convenience init(events: [Event], types: [String: EventType]) {
        var all = types
        for e in events where all[e.type] == nil {
            all[e.type] = EventType(name: e.type, label: nil, fields: [:], fieldOrder: [], isBuiltIn: false, range: SourceRange.none)
        }
        self.init(types: all)
        for e in events { _ = append(e, checkingId: false) }
        _ = finish(checkingReferences: false)
    }

    /// Stores a decoded event; its id must be new unless `checkingId` is false.
    public func append(_ event: Event, checkingId: Bool = true) -> AppendFailure? {
        guard let t = typeNumber(event.type), let body = symbols.intern(event.body) else { return .tooLong(field: "body") }
        let layout = layouts[t]
        var row = [Int32](repeating: Cell.missing, count: layout.stride)
        row[Row.date] = event.date.ordinal
        row[Row.file] = file(event.source.file)
        row[Row.line] = Int32(clamping: event.source.line)
        for (k, f) in layout.fields.enumerated() {
            guard let v = event.fields[f.name] else { continue }
            guard let cell = Cell.encode(v, symbols: symbols, big: &big) else { return .tooLong(field: f.name) }
            row[Row.fields + k] = cell
        }
        if let id = event.id {
            guard let s = symbols.intern(id) else { return .tooLong(field: "id") }
            if let first = claim(id: s, type: t, source: event.source), checkingId { return .duplicateId(first: first) }
            row[Row.id] = s
        }
        row.withUnsafeBufferPointer { append(type: t, body: bodyNumber(body), row: $0) }
        return nil
    }

    /// Once every file is read: drops the events whose references point at no event of the
    /// right type (input need not be sorted, so this waits for the end), then puts each body's
    /// events of each type in date order, ties in file and line order.
    public func finish(checkingReferences: Bool = true) -> [EventError] {
        // Per type, its reference fields: column, target type's name and number.
        let refs = layouts.map { layout in
            layout.fields.enumerated().compactMap { k, f -> (Int, String, Int)? in
                if case .ref(let target) = f.type { return (k, target, typeNumber(target) ?? -1) }
                return nil
            }
        }
        var errors: [EventError] = []
        for b in bodies.indices {
            for t in layouts.indices where !bodies[b].rows[t].isEmpty {
                if checkingReferences, !refs[t].isEmpty { errors += dropDanglingReferences(body: b, type: t, refs: refs[t]) }
                sortRows(body: b, type: t)
            }
        }
        return errors
    }

    private func dropDanglingReferences(body b: Int, type t: Int, refs: [(Int, String, Int)]) -> [EventError] {
        let stride = layouts[t].stride
        let rows = bodies[b].rows[t]
        /// The reference field of the row at `i` that points at no event of its type, if any.
        func dangling(_ i: Int) -> (k: Int, target: String, cell: Int32)? {
            for (k, target, number) in refs {
                let cell = rows[i + Row.fields + k]
                if cell != Cell.missing, owner(of: cell) != number { return (k, target, cell) }
            }
            return nil
        }
        // Nearly always every reference resolves: then nothing is copied.
        guard let first = Swift.stride(from: 0, to: rows.count, by: stride).first(where: { dangling($0) != nil }) else { return [] }
        var kept = Array(rows[..<first]), errors: [EventError] = []
        for i in Swift.stride(from: first, to: rows.count, by: stride) {
            let row = rows[i..<i + stride]
            guard let (k, target, cell) = dangling(i) else {
                kept += row
                continue
            }
            errors.append(EventError(source: source(row), column: nil, field: layouts[t].fields[k].name, code: "E17",
                                     message: EventMessages.unknownReference(symbols.string(cell), target)))
            count -= 1
        }
        bodies[b].rows[t] = kept
        return errors
    }

    private func sortRows(body b: Int, type t: Int) {
        let stride = layouts[t].stride
        let rows = bodies[b].rows[t]
        let n = rows.count / stride
        func key(_ i: Int) -> (Int32, Int32, Int32) {
            (rows[i * stride + Row.date], rows[i * stride + Row.file], rows[i * stride + Row.line])
        }
        if n < 2 || (1..<n).allSatisfy({ key($0 - 1) <= key($0) }) { return }
        let order = (0..<n).sorted { key($0) < key($1) }
        var sorted: [Int32] = []
        sorted.reserveCapacity(rows.count)
        for i in order { sorted += rows[i * stride..<(i + 1) * stride] }
        bodies[b].rows[t] = sorted
    }

    /// Every stored event as an `Event`, in file and line order.
    public func events() -> [Event] {
        var out: [(file: Int32, line: Int32, event: Event)] = []
        out.reserveCapacity(count)
        forEachRow { b, t, row in
            out.append((row[row.startIndex + Row.file], row[row.startIndex + Row.line],
                        event(type: t, body: symbols.string(bodies[b].name), row: row)))
        }
        return out.sorted { ($0.file, $0.line) < ($1.file, $1.line) }.map(\.event)
    }

    func event(type t: Int, body: String, row: ArraySlice<Int32>) -> Event {
        let layout = layouts[t]
        let s = row.startIndex
        var fields = EventFields()
        for (k, f) in layout.fields.enumerated() {
            fields[f.name] = Cell.decode(row[s + Row.fields + k], f.type, symbols: symbols, big: big)
        }
        let id = row[s + Row.id]
        return Event(type: layout.name, id: id == Cell.missing ? nil : symbols.string(id), date: Day(ordinal: row[s + Row.date]),
                     body: body, fields: fields, source: source(row))
    }
}
