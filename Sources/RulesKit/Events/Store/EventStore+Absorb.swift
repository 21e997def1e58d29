extension EventStore {
    /// Takes in the events another store read from a later part of the same file, as if this store
    /// had read them itself: its texts become this table's symbols (new ones numbered in the order
    /// the part met them, as one reader would have), its bodies join these in order of first
    /// appearance, its rows follow these in each body, and its line numbers move by `lineOffset`.
    ///
    /// False, with no event taken, when an id of the part is already an event's here: the part
    /// is then read again by this store, which reports the duplicate where it is.
    func absorb(_ part: EventStore, lineOffset: Int32) -> Bool {
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
        let fileMap = part.files.map(file)
        let bigOffset = Int32(big.count)
        big += part.big
        let columns = layouts.map(Columns.init)
        for b in part.bodies.indices {
            let into = bodyNumber(map[Int(part.bodies[b].name)])
            for t in layouts.indices where !part.bodies[b].rows[t].isEmpty {
                var rows = part.bodies[b].rows[t]
                part.bodies[b].rows[t] = []
                Self.renumber(&rows, columns[t], symbols: map, files: fileMap, lineOffset: lineOffset, bigOffset: bigOffset)
                if bodies[into].rows[t].isEmpty { bodies[into].rows[t] = rows } else { bodies[into].rows[t] += rows }
            }
        }
        count += part.count
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

    /// A part's rows in this store's numbers: symbols, files, lines and numbers of the side table.
    private static func renumber(_ rows: inout [Int32], _ columns: Columns, symbols map: [SymbolTable.Symbol], files: [Int32],
                                 lineOffset: Int32, bigOffset: Int32) {
        rows.withUnsafeMutableBufferPointer { r in
            map.withUnsafeBufferPointer { map in
                var i = 0
                while i < r.count {
                    for c in columns.symbols where r[i + c] != Cell.missing { r[i + c] = map[Int(r[i + c])] }
                    r[i + Row.file] = files[Int(r[i + Row.file])]
                    r[i + Row.line] += lineOffset
                    if bigOffset > 0 {
                        for c in columns.numbers where Cell.isBig(r[i + c]) { r[i + c] += bigOffset }
                    }
                    i += columns.stride
                }
            }
        }
    }
}
