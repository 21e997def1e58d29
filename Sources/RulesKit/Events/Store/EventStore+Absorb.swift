extension EventStore {
    /// Takes in the events another store read from a later part of the same file, as if this store
    /// had read them itself: its texts become this table's symbols (new ones numbered in the order
    /// the part met them, as one reader would have), its bodies join these in order of first
    /// appearance, its rows follow these in each body, and its line numbers move by `lineOffset`.
    ///
    /// False, with no event taken, when an id of the part is already an event's here, or its lines
    /// would pass 2^31 − 1: the part is then read again by this store, which reports the duplicate
    /// where it is, or clamps the lines as one reader does.
    func absorb(_ part: EventStore, lineOffset: Int32) -> Bool {
        // The part's lines, counted from its first, move by where its file's lines start here and
        // by the lines before the part.
        var shift: Int32 = 0
        if let path = part.files.first {
            let (s, overflow) = lineBase(path).addingReportingOverflow(lineOffset)
            guard part.files.count == 1, !overflow, Int(part.lastLineCell) + Int(s) <= Int(Int32.max) else { return false }
            shift = s
        }
        let map = symbols.adopt(part.symbols)
        for s in part.idOwner.indices where part.idOwner[s] != 0 {
            if owner(of: map[s]) != nil { return false }
        }
        for s in part.idOwner.indices where part.idOwner[s] != 0 {
            let id = Int(map[s])
            if idOwner.count <= id { idOwner += Array(repeating: 0, count: max(id + 1 - idOwner.count, idOwner.count / 2 + 1024)) }
            idOwner[id] = part.idOwner[s]
        }
        // Rebuilt from the rows when next needed.
        firstSeen = nil
        let bigOffset = Int32(big.count)
        big += part.big
        let columns = layouts.map(Columns.init)
        for b in part.bodies.indices {
            let into = bodyNumber(map[Int(part.bodies[b].name)])
            for t in layouts.indices where !part.bodies[b].rows[t].isEmpty {
                var rows = part.bodies[b].rows[t]
                part.bodies[b].rows[t] = []
                Self.renumber(&rows, columns[t], symbols: map, lineShift: shift, bigOffset: bigOffset)
                if bodies[into].rows[t].isEmpty { bodies[into].rows[t] = rows } else { bodies[into].rows[t] += rows }
            }
        }
        count += part.count
        if part.count > 0 { lastLineCell = max(lastLineCell, part.lastLineCell + shift) }
        if let theirs = part.dates {
            dates = dates.map { min($0.lowerBound, theirs.lowerBound)...max($0.upperBound, theirs.upperBound) } ?? theirs
        }
        return true
    }

    /// The cells of a type's row that name a symbol, and those that may index the side table.
    private struct Columns {
        let symbols: [Int], numbers: [Int], stride: Int

        init(_ layout: Layout) {
            symbols = [Row.id] + layout.fields.indices.filter { Cell.isSymbol(layout.fields[$0].type) }.map { Row.fields + $0 }
            numbers = layout.fields.indices.filter {
                switch layout.fields[$0].type { case .integer, .number: true; default: false }
            }.map { Row.fields + $0 }
            stride = layout.stride
        }
    }

    /// A part's rows in this store's numbers: symbols, lines and numbers of the side table.
    private static func renumber(_ rows: inout [Int32], _ columns: Columns, symbols map: [SymbolTable.Symbol], lineShift: Int32,
                                 bigOffset: Int32) {
        rows.withUnsafeMutableBufferPointer { r in
            map.withUnsafeBufferPointer { map in
                var i = 0
                while i < r.count {
                    for c in columns.symbols where r[i + c] != Cell.missing { r[i + c] = map[Int(r[i + c])] }
                    r[i + Row.line] += lineShift
                    if bigOffset > 0 {
                        for c in columns.numbers where Cell.isBig(r[i + c]) { r[i + c] += bigOffset }
                    }
                    i += columns.stride
                }
            }
        }
    }
}
