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
        // Each file's lines placed after the one before it, whatever order the events come in.
        var last: [String: Int] = [:], order: [String] = []
        for e in events {
            if last[e.source.file] == nil { order.append(e.source.file) }
            last[e.source.file] = max(last[e.source.file] ?? 0, e.source.line)
        }
        var bases: [String: Int32] = [:]
        for path in order {
            bases[path] = lineBase(path)
            lastLineCell = max(lastLineCell, Self.lineCell(last[path]!, base: bases[path]!))
        }
        for e in events { _ = append(e, lineCell: Self.lineCell(e.source.line, base: bases[e.source.file]!), checkingId: false) }
        _ = finish(checkingReferences: false)
    }

    /// Stores a decoded event; its id must be new unless `checkingId` is false.
    public func append(_ event: Event, checkingId: Bool = true) -> AppendFailure? {
        append(event, lineCell: Self.lineCell(event.source.line, base: lineBase(event.source.file)), checkingId: checkingId)
    }

    private func append(_ event: Event, lineCell: Int32, checkingId: Bool) -> AppendFailure? {
        guard let t = typeNumber(event.type), let body = symbols.intern(event.body) else { return .tooLong(field: "body") }
        let layout = layouts[t]
        var row = [Int32](repeating: Cell.missing, count: layout.stride)
        row[Row.date] = event.date.ordinal
        row[Row.line] = lineCell
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

    /// Once every file is read: drops the events whose references point at an event of another
    /// type, lists those whose references point at no event at all (a log cut at a date refers to
    /// meetings still to come; `docs/semantics.md`, cut logs), then puts each body's events of each
    /// type in date order, ties in file and line order. Input need not be sorted: this waits for the end.
    public func finish(checkingReferences: Bool = true) -> (errors: RecordErrors, unresolved: [UnresolvedReference]) {
        // Per type, its reference fields: column, target type's name and number.
        let refs = layouts.map { layout in
            layout.fields.enumerated().compactMap { k, f -> (Int, String, Int)? in
                if case .ref(let target) = f.type { return (k, target, typeNumber(target) ?? -1) }
                return nil
            }
        }
        var errors = RecordErrors(), unresolved: [UnresolvedReference] = []
        for b in bodies.indices {
            for t in layouts.indices where !bodies[b].rows[t].isEmpty {
                if checkingReferences, !refs[t].isEmpty { checkReferences(body: b, type: t, refs: refs[t], &errors, &unresolved) }
                sortRows(body: b, type: t)
            }
        }
        unresolved.sort { ($0.source.file, $0.source.line) < ($1.source.file, $1.source.line) }
        return (errors, unresolved)
    }

    private func checkReferences(body b: Int, type t: Int, refs: [(Int, String, Int)], _ errors: inout RecordErrors,
                                 _ unresolved: inout [UnresolvedReference]) {
        let stride = layouts[t].stride
        let rows = bodies[b].rows[t]
        /// Whether every reference of the row at `i` points at an event of its type.
        func resolves(_ i: Int) -> Bool {
            refs.allSatisfy { k, _, number in
                let cell = rows[i + Row.fields + k]
                return cell == Cell.missing || owner(of: cell) == number
            }
        }
        // Nearly always every reference resolves: then nothing is copied.
        guard let first = Swift.stride(from: 0, to: rows.count, by: stride).first(where: { !resolves($0) }) else { return }
        var kept = Array(rows[..<first])
        for i in Swift.stride(from: first, to: rows.count, by: stride) {
            let row = rows[i..<i + stride]
            var wrongType = false
            for (k, target, number) in refs {
                let cell = rows[i + Row.fields + k]
                guard cell != Cell.missing, owner(of: cell) != number else { continue }
                let field = layouts[t].fields[k].name
                if let other = owner(of: cell) {
                    // The id is another type's: the log itself shows the record is wrong.
                    wrongType = true
                    errors.add(EventError(source: source(row), column: nil, field: field, code: .E17,
                                             message: EventMessages.referenceOfOtherType(symbols.string(cell), target, layouts[other].name)))
                } else {
                    unresolved.append(UnresolvedReference(source: source(row), field: field, id: symbols.string(cell), type: target))
                }
            }
            if wrongType { count -= 1 } else { kept += row }
        }
        bodies[b].rows[t] = kept
    }

    private func sortRows(body b: Int, type t: Int) {
        let stride = layouts[t].stride
        let rows = bodies[b].rows[t]
        let n = rows.count / stride
        func key(_ i: Int) -> (Int32, Int32) { (rows[i * stride + Row.date], rows[i * stride + Row.line]) }
        if n < 2 || (1..<n).allSatisfy({ key($0 - 1) <= key($0) }) { return }
        let order = (0..<n).sorted { key($0) < key($1) }
        var sorted: [Int32] = []
        sorted.reserveCapacity(rows.count)
        for i in order { sorted += rows[i * stride..<(i + 1) * stride] }
        bodies[b].rows[t] = sorted
    }

    /// Every stored event as an `Event`, in file and line order.
    public func events() -> [Event] {
        var out: [(line: Int32, event: Event)] = []
        out.reserveCapacity(count)
        forEachRow { b, t, row in
            out.append((row[row.startIndex + Row.line], event(type: t, body: symbols.string(bodies[b].name), row: row)))
        }
        return out.sorted { $0.line < $1.line }.map(\.event)
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
