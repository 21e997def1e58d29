/// Splits one CSV record (as cut by `CSVRecordSplitter`) into cells, unescaping `""`,
/// validating UTF-8 and noting each cell's position for error messages.
struct CSVRowParser {
    struct Cell {
        /// nil for an empty unquoted cell, which the reader treats as an absent value.
        var text: String?
        var line: Int
        var column: Int
    }

    /// Cells of the last parsed record; reused to avoid reallocating per record.
    private(set) var cells: [Cell] = []
    /// Where the last record ended, for reporting a row that is short of fields.
    private(set) var endLine = 0
    private(set) var endColumn = 0
    private var scratch: [UInt8] = []
    var delimiter = RawByte.comma

    /// Parses `record`, whose first byte is on line `firstLine`; nil on success.
    mutating func parse(_ record: UnsafeBufferPointer<UInt8>, firstLine: Int) -> RawReadError? {
        cells.removeAll(keepingCapacity: true)
        var columns = ColumnCounter()
        var line = firstLine
        let n = record.count
        var i = 0
        while true {
            let cellLine = line
            let cellColumn = columns.column(at: i, in: record)
            if i < n && record[i] == RawByte.quote {
                i += 1
                let contentStart = i
                var hasEscapedQuote = false
                var lineBreak: RawReadError?
                while true {
                    guard i < n else {
                        // Every line after it is inside the cell: said, so they do not vanish unseen.
                        let lastLineEnded = n > 0 && record[n - 1] == RawByte.lineFeed
                        return RawReadError(line: cellLine, column: cellColumn, code: .unterminatedQuote,
                                            detail: String(line - cellLine - (lastLineEnded ? 1 : 0)))
                    }
                    let b = record[i]
                    if b == RawByte.quote {
                        if i + 1 < n && record[i + 1] == RawByte.quote {
                            hasEscapedQuote = true
                            i += 2
                            continue
                        }
                        break
                    }
                    if b == RawByte.lineFeed || b == RawByte.carriageReturn {
                        // A line break in a cell would reach a terminal or a report as one: event text is one
                        // line, as JSON Lines requires. Reported once the cell is known to be closed, so an
                        // unclosed quote or bad UTF-8 further on is named instead.
                        lineBreak = lineBreak ?? RawReadError(line: line, column: columns.column(at: i, in: record),
                                                              code: .controlCharacter, detail: RawByte.describe(scalar: UInt32(b)))
                        if b == RawByte.lineFeed {
                            line += 1
                            columns.startLine(at: i + 1)
                        }
                    } else if let error = check(record, at: &i, line: line, columns: &columns) {
                        return error
                    } else {
                        continue
                    }
                    i += 1
                }
                if let lineBreak { return lineBreak }
                let text = hasEscapedQuote
                    ? unescapingQuotes(record, contentStart..<i)
                    : String(decoding: UnsafeBufferPointer(rebasing: record[contentStart..<i]), as: UTF8.self)
                i += 1
                if i < n && record[i] != delimiter {
                    return RawReadError(line: line, column: columns.column(at: i, in: record), code: .textAfterQuote)
                }
                cells.append(Cell(text: text, line: cellLine, column: cellColumn))
            } else {
                let start = i
                while i < n && record[i] != delimiter {
                    if record[i] == RawByte.quote {
                        return RawReadError(line: line, column: columns.column(at: i, in: record), code: .strayQuote)
                    }
                    if let error = check(record, at: &i, line: line, columns: &columns) { return error }
                }
                let text = i > start
                    ? String(decoding: UnsafeBufferPointer(rebasing: record[start..<i]), as: UTF8.self) : nil
                cells.append(Cell(text: text, line: cellLine, column: cellColumn))
            }
            if i < n {
                i += 1  // the delimiter; a trailing one still starts an (empty) last cell
                continue
            }
            endLine = line
            endColumn = columns.column(at: n, in: record)
            return nil
        }
    }

    /// Accepts the character at `i` (not a quote or line feed) and moves past it, or
    /// returns why it is not allowed.
    @inline(__always)
    private func check(_ record: UnsafeBufferPointer<UInt8>, at i: inout Int, line: Int,
                       columns: inout ColumnCounter) -> RawReadError? {
        let b = record[i]
        if b == 0 {
            return RawReadError(line: line, column: columns.column(at: i, in: record), code: .nulByte)
        }
        // As in JSON Lines, a control character (ESC, DEL, a C1 control such as CSI) in event text
        // would reach a report or a terminal as one.
        if b < 0x20 || b == 0x7F {
            return RawReadError(line: line, column: columns.column(at: i, in: record), code: .controlCharacter,
                                detail: RawByte.describe(scalar: UInt32(b)))
        }
        if b < 0x80 {
            i += 1
            return nil
        }
        let sequence = UTF8Check.sequence(in: record, at: i)
        guard sequence.valid else {
            return RawReadError(line: line, column: columns.column(at: i, in: record), code: .invalidUTF8,
                                detail: RawByte.hex(record[i..<i + sequence.length]))
        }
        if b == 0xC2 || b == 0xD8 || b == 0xE2, let c = RawByte.control(in: record, at: i, length: sequence.length) {
            return RawReadError(line: line, column: columns.column(at: i, in: record), code: .controlCharacter,
                                detail: RawByte.describe(scalar: c))
        }
        i += sequence.length
        return nil
    }

    private mutating func unescapingQuotes(_ record: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        scratch.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            scratch.append(record[i])
            i += record[i] == RawByte.quote ? 2 : 1
        }
        return String(decoding: scratch, as: UTF8.self)
    }
}
