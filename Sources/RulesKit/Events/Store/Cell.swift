/// One field of one stored event in 32 bits, read back by the field's declared type: a symbol
/// for text and ids, a day ordinal, minutes, 0/1, or an integer. Numbers that do not fit (large,
/// or not whole) go to a side table and the cell holds their index.
enum Cell {
    static let missing = Int32.min
    /// Cells from `bigBase` up to `smallMin` index the side table of numbers.
    private static let bigBase = Int32.min + 1
    private static let smallMin: Int64 = -(1 << 30)

    static func number(_ q: Rational, big: inout [Rational]) -> Int32 {
        if q.isInteger, q.numerator >= smallMin, q.numerator <= Int64(Int32.max) { return Int32(q.numerator) }
        big.append(q)
        return bigBase + Int32(big.count - 1)
    }

    private static func fits(_ n: Int64) -> Bool { n >= smallMin && n <= Int64(Int32.max) }

    static func integer(_ n: Int64, big: inout [Rational]) -> Int32 {
        fits(n) ? Int32(n) : number(Rational(n), big: &big)
    }

    /// Whether a number's cell indexes the side table.
    @inline(__always)
    static func isBig(_ cell: Int32) -> Bool { cell != missing && Int64(cell) < smallMin }

    /// The whole number a cell holds without the side table, if it is one: most counts.
    @inline(__always)
    static func smallInteger(_ cell: Int32) -> Int64? { Int64(cell) >= smallMin ? Int64(cell) : nil }

    static func rational(_ cell: Int32, big: [Rational]) -> Rational {
        Int64(cell) >= smallMin ? Rational(Int64(cell)) : big[Int(cell - bigBase)]
    }

    /// The cell of a decoded value; nil for a text too long to intern.
    static func encode(_ v: Value, symbols: SymbolTable, big: inout [Rational]) -> Int32? {
        switch v {
        case .number(let q): number(q, big: &big)
        case .boolean(let b): b ? 1 : 0
        case .text(let s), .id(let s): symbols.intern(s)
        case .date(let d): d.ordinal
        case .time(let m): Int32(m)
        case .duration(let n, _): Int32(clamping: n)
        case .list: nil
        }
    }

    static func decode(_ cell: Int32, _ type: FieldType, symbols: SymbolTable, big: [Rational]) -> Value? {
        if cell == missing { return nil }
        return switch type {
        case .integer, .number: .number(rational(cell, big: big))
        case .boolean: .boolean(cell != 0)
        case .text: .text(symbols.string(cell))
        case .id, .ref: .id(symbols.string(cell))
        case .date: .date(Day(ordinal: cell))
        case .time: .time(Int(cell))
        case .duration: .duration(Int64(cell), .clock)
        }
    }

    /// Texts and ids are stored as symbols: equal cells are equal values.
    static func isSymbol(_ type: FieldType) -> Bool {
        switch type {
        case .text, .id, .ref: true
        default: false
        }
    }
}
