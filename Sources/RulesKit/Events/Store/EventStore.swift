/// The accepted events of a log, as rows of 32-bit cells grouped by body and type: a row is the
/// event's date, id, line and one cell per field its type declares. Evaluation is per
/// body, so a body's events are contiguous; and a province's ten million events fit in memory
/// as a few hundred megabytes instead of a Swift value with its own strings per event.
public final class EventStore: @unchecked Sendable {
    /// How the events of one type are laid out.
    public struct Layout: Sendable {
        public let name: String
        /// The fields kept in the row, in row order.
        public let fields: [(name: String, type: FieldType)]
        /// Every field the type declares, each checked when read, and its place in the row if kept.
        let declared: [Declared]
        /// Bit k set: declared field k is required.
        let requiredMask: UInt64

        struct Declared {
            let name: String
            let type: FieldType
            /// Listed values of a text field, as symbols (nil: any text).
            let listed: [SymbolTable.Symbol]?
            let column: Int?
        }

        var stride: Int { Row.fields + fields.count }

        public func position(_ field: String) -> Int? {
            fields.firstIndex { $0.name == field }
        }
    }

    /// The fixed cells at the start of every row.
    enum Row {
        static let date = 0, id = 1, line = 2, fields = 3
    }

    struct Body {
        let name: SymbolTable.Symbol
        /// Per type number, the rows one after another.
        var rows: [[Int32]]
    }

    public let layouts: [Layout]
    let typeNumbers: [String: Int]
    public let symbols: SymbolTable
    public private(set) var files: [String] = []
    /// A row's line cell counts lines across the files read in turn: file k's line n is
    /// `fileStarts[k] + n`. A row needs no file cell then, and line order is file-then-line order.
    private(set) var fileStarts: [Int32] = []
    /// The largest line cell stored: a new file's lines start past it.
    @exclusivity(unchecked) var lastLineCell: Int32 = 0
    // Filled by one reader, then only read: no run-time exclusivity checks (see `SymbolTable`).
    @exclusivity(unchecked) var bodies: [Body] = []
    var bodyNumbers: [SymbolTable.Symbol: Int] = [:]
    /// Numbers too large or not whole for a cell.
    @exclusivity(unchecked) var big: [Rational] = []
    @exclusivity(unchecked) public internal(set) var count = 0
    @exclusivity(unchecked) public internal(set) var dates: ClosedRange<Day>?
    /// Per symbol, 1 + the type number of the event whose id it is; 0 if none.
    /// Per id, its event's type number + 1 (0: no event yet). Two bytes: a model has at most
    /// `maxTypes` event types (the checker says so), not 255.
    @exclusivity(unchecked) var idOwner: [UInt16] = []
    public static let maxTypes = Int(UInt16.max) - 1
    /// Built on the first duplicate id: where each id was first seen.
    var firstSeen: [SymbolTable.Symbol: EventSource]?

    /// `keeping`: the fields to keep in rows (those some rule reads), nil for all. Every declared
    /// field is still checked when read; references are always kept, to be resolved at the end.
    public init(types: [String: EventType], keeping: Set<String>? = nil) {
        let table = SymbolTable()
        var numbers: [String: Int] = [:]
        var layouts: [Layout] = []
        for (n, name) in types.keys.sorted().enumerated() {
            let t = types[name]!
            numbers[name] = n
            var stored: [(String, FieldType)] = [], declared: [Layout.Declared] = [], required: UInt64 = 0
            for (k, field) in t.fieldOrder.enumerated() {
                let info = t.fields[field]!
                var keep = keeping?.contains(field) ?? true
                if case .ref = info.type { keep = true }
                // Listed values interned up front: checking one is then an integer comparison.
                var listed: [SymbolTable.Symbol]?
                if case .text(let values) = info.type, !values.isEmpty { listed = values.compactMap { table.intern($0) } }
                declared.append(.init(name: field, type: info.type, listed: listed, column: keep ? stored.count : nil))
                if keep { stored.append((field, info.type)) }
                if info.required, k < 64 { required |= 1 << UInt64(k) }
            }
            layouts.append(Layout(name: name, fields: stored, declared: declared, requiredMask: required))
        }
        symbols = table
        self.layouts = layouts
        typeNumbers = numbers
        membershipType = numbers["membership"]
    }

    public func typeNumber(_ name: String) -> Int? { typeNumbers[name] }

    /// The row column holding a field as a symbol, for joins: the id, or a kept text or id field;
    /// nil for any other field.
    func symbolColumn(type: Int, field name: String) -> Int? {
        if name == "id" { return Row.id }
        guard EventType.implicitFields[name] == nil, let k = layouts[type].position(name),
              Cell.isSymbol(layouts[type].fields[k].type) else { return nil }
        return Row.fields + k
    }

    /// The standard `membership` type, whose events give a body's size.
    let membershipType: Int?

    /// What to add to a line of `path` to make its line cell. A file is registered again when
    /// another was read since (the same file named twice): its lines start past all before.
    func lineBase(_ path: String) -> Int32 {
        if files.last == path { return fileStarts[fileStarts.count - 1] }
        fileStarts.append(files.isEmpty ? 0 : lastLineCell &+ 1)
        files.append(path)
        return fileStarts[fileStarts.count - 1]
    }

    /// The line cell of line `n` of the file whose lines start at `base`, clamped as a line past
    /// 2^31 − 1 always was.
    static func lineCell(_ n: Int, base: Int32) -> Int32 { Int32(clamping: Int(base) + max(0, n)) }

    /// The file and line a line cell stands for: the last file starting at or before it.
    func source(line cell: Int32) -> EventSource {
        var (low, high) = (0, fileStarts.count)
        while high - low > 1 {
            let mid = (low + high) / 2
            if fileStarts[mid] <= cell { low = mid } else { high = mid }
        }
        guard !files.isEmpty else { return EventSource(file: "", line: Int(cell)) }
        return EventSource(file: files[low], line: Int(cell - fileStarts[low]))
    }

    @exclusivity(unchecked) private var lastBody: (symbol: SymbolTable.Symbol, number: Int) = (-1, -1)

    func bodyNumber(_ symbol: SymbolTable.Symbol) -> Int {
        if symbol == lastBody.symbol { return lastBody.number }
        let n: Int
        if let known = bodyNumbers[symbol] {
            n = known
        } else {
            n = bodies.count
            bodies.append(Body(name: symbol, rows: Array(repeating: [], count: layouts.count)))
            bodyNumbers[symbol] = n
        }
        lastBody = (symbol, n)
        return n
    }

    public func bodyNumber(named name: String) -> Int? {
        symbols.lookup(name).flatMap { bodyNumbers[$0] }
    }

    public var bodyNames: [String] { bodies.map { symbols.string($0.name) } }

    /// Claims `id` for an event of `type` at `source`; if another event has it, where that one is.
    /// `source` is only made once some id has been seen twice: the usual record never needs it.
    func claim(id: SymbolTable.Symbol, type: Int, source: @autoclosure () -> EventSource) -> EventSource? {
        if idOwner.count <= Int(id) { idOwner += Array(repeating: 0, count: max(Int(id) + 1 - idOwner.count, idOwner.count / 2 + 1024)) }
        if idOwner[Int(id)] != 0 {
            if firstSeen == nil { firstSeen = indexOfIds() }
            return firstSeen![id]
        }
        idOwner[Int(id)] = UInt16(type + 1)
        if firstSeen != nil { firstSeen![id] = source() }
        return nil
    }

    /// The type number of the event with this id, if any.
    func owner(of id: SymbolTable.Symbol) -> Int? {
        Int(id) < idOwner.count && idOwner[Int(id)] != 0 ? Int(idOwner[Int(id)]) - 1 : nil
    }

    private func indexOfIds() -> [SymbolTable.Symbol: EventSource] {
        var index: [SymbolTable.Symbol: EventSource] = [:]
        forEachRow { _, _, row in
            let id = row[row.startIndex + Row.id]
            guard id != Cell.missing else { return }
            let source = self.source(row)
            if let old = index[id], (old.file, old.line) < (source.file, source.line) { return }
            index[id] = source
        }
        return index
    }

    /// Adds a row already claimed and validated.
    func append(type: Int, body: Int, row: UnsafeBufferPointer<Int32>) {
        // Grown by a quarter, not doubled: rows are most of the memory, kept to the end.
        let (capacity, used) = (bodies[body].rows[type].capacity, bodies[body].rows[type].count)
        if capacity - used < row.count { bodies[body].rows[type].reserveCapacity(used + used / 4 + 16 * row.count) }
        bodies[body].rows[type].append(contentsOf: row)
        count += 1
        if row[Row.line] > lastLineCell { lastLineCell = row[Row.line] }
        let day = Day(ordinal: row[Row.date])
        if let d = dates {
            if day < d.lowerBound || day > d.upperBound { dates = min(day, d.lowerBound)...max(day, d.upperBound) }
        } else {
            dates = day...day
        }
    }

    func source(_ row: ArraySlice<Int32>) -> EventSource { source(line: row[row.startIndex + Row.line]) }

    func forEachRow(_ visit: (_ body: Int, _ type: Int, ArraySlice<Int32>) -> Void) {
        for (b, body) in bodies.enumerated() {
            for (t, rows) in body.rows.enumerated() {
                let stride = layouts[t].stride
                var i = 0
                while i < rows.count {
                    visit(b, t, rows[i..<i + stride])
                    i += stride
                }
            }
        }
    }
}
