/// Streams the records of a CSV file (RFC 4180) whose first row names the fields.
///
/// - Every value is `.string` with the cell's exact text: no trimming, no number or
///   boolean guessing; schemas decide types downstream.
/// - An **empty unquoted cell is omitted** from the record, so `a,,c` means "field 2 is
///   absent", the same as a missing key in JSON Lines. A quoted empty cell `""` is kept
///   as `.string("")`, the one way to state an empty text explicitly.
/// - Quoted cells may contain commas, `""` (one quote) and line breaks, kept verbatim
///   (a CRLF inside quotes stays CRLF). `RawRecord.line` is the line where the record
///   starts; later records keep correct line numbers. A field's `column` is counted on
///   the physical line where its cell starts.
/// - LF or CRLF line ends; a UTF-8 BOM at the start is ignored. Blank lines are skipped
///   (so a one-column file cannot express an empty value except as `""`), and so are rows of
///   nothing but separators, as a spreadsheet writes its empty rows.
/// - A row whose cell count differs from the header's yields `wrongFieldCount`; like
///   every per-row error it does not stop the stream. Errors in the header row itself
///   (`emptyHeader`, `duplicateHeader`, or any syntax error there) end the stream after
///   being reported, because no row could be keyed without it.
/// - An empty file (or only blank lines) yields nothing.
public struct CSVReader: RawRecordReader, Sendable {
    private let source: RawSource
    public let options: RawReaderOptions

    public init(source: RawSource, options: RawReaderOptions = .default) {
        self.source = source
        self.options = options
    }

    public func makeIterator() -> Iterator {
        // A part after the first is read with the header and separator the file's first line gave.
        let part = source.part
        var iterator = Iterator(splitter: CSVRecordSplitter(input: source.open(options: options), maxRecordBytes: options.maxLineBytes,
                                                            firstLine: part?.firstLine ?? 1, quoteFree: part?.quoteFree ?? false),
                                maxLineBytes: options.maxLineBytes, delimiter: options.csvDelimiter)
        if let header = part?.csvHeader { iterator.preset(header: header.names, delimiter: header.delimiter) }
        return iterator
    }

    /// Not `Sendable`: it owns an open file and buffer. Iterate on one task.
    public struct Iterator: IteratorProtocol {
        private var splitter: CSVRecordSplitter
        private var parser = CSVRowParser()
        private var finished = false
        private let maxLineBytes: Int
        private let givenDelimiter: UInt8?
        /// The header's names, once read: a reader of the records can check it once rather than
        /// find the same fault in every row.
        public private(set) var header: [String]?
        /// The separator in use: the one given, or the one the header showed.
        public var delimiter: UInt8 { splitter.delimiter }

        init(splitter: CSVRecordSplitter, maxLineBytes: Int, delimiter: UInt8?) {
            self.splitter = splitter
            self.maxLineBytes = maxLineBytes
            self.givenDelimiter = delimiter
        }

        mutating func preset(header: [String], delimiter: UInt8) {
            self.header = header
            parser.delimiter = delimiter
            splitter.delimiter = delimiter
        }

        /// Lines passed so far (a part's, in a part).
        var lastLine: Int { splitter.linesPassed }

        /// The separator the header uses most, outside quotes, of `,` `;` and tab (`,` on a tie).
        static func delimiter(of header: UnsafeBufferPointer<UInt8>) -> UInt8 {
            var counts: [UInt8: Int] = [RawByte.comma: 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
            var quoted = false
            for b in header {
                if b == RawByte.quote { quoted.toggle() } else if !quoted, counts[b] != nil { counts[b]! += 1 }
            }
            return [RawByte.comma, UInt8(ascii: ";"), UInt8(ascii: "\t")].max { counts[$0]! < counts[$1]! } ?? RawByte.comma
        }

        public mutating func next() -> Result<RawRecord, RawReadError>? {
            next { _, _ in false }
        }

        /// Offers each record after the header (its bytes and first line) to `taken` first; the
        /// records it takes are not parsed here. This lets a caller decode the common record its
        /// own faster way, as `JSONLinesReader` does.
        mutating func next(offering taken: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Result<RawRecord, RawReadError>? {
            guard !finished else { return nil }
            while let event = splitter.next() {
                switch event {
                case .tooLong(let line):
                    return fail(RawReadError(line: line, column: 1, code: .lineTooLong, detail: String(maxLineBytes)))
                case .ioError(let reason, let line):
                    finished = true
                    return .failure(RawReadError(line: line, column: 0, code: .ioError, detail: reason))
                case .record(let bytes, let line, _):
                    if header != nil, taken(bytes, line) { continue }
                    if header == nil {
                        let d = givenDelimiter ?? Self.delimiter(of: bytes)
                        parser.delimiter = d
                        splitter.delimiter = d
                    }
                    if let error = parser.parse(bytes, firstLine: line) { return fail(error) }
                    guard let header else {
                        if let error = acceptHeader() { return fail(error) }
                        continue
                    }
                    // A spreadsheet's empty row is all separators: no record, like a blank line.
                    if parser.cells.allSatisfy({ $0.text == nil }) { continue }
                    return record(startingAt: line, keys: header)
                }
            }
            finished = true
            return nil
        }

        /// Reports `error`; if the header is not established yet, nothing further can be read.
        private mutating func fail(_ error: RawReadError) -> Result<RawRecord, RawReadError> {
            if header == nil { finished = true }
            return .failure(error)
        }

        private mutating func acceptHeader() -> RawReadError? {
            var names: [String] = []
            var seen = Set<String>()
            for (index, cell) in parser.cells.enumerated() {
                // ` date ` typed in a spreadsheet header is `date`.
                guard let name = cell.text?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                    return RawReadError(line: cell.line, column: cell.column, code: .emptyHeader, detail: String(index + 1))
                }
                guard seen.insert(name).inserted else {
                    return RawReadError(line: cell.line, column: cell.column, code: .duplicateHeader, detail: name)
                }
                names.append(name)
            }
            header = names
            return nil
        }

        private func record(startingAt line: Int, keys: [String]) -> Result<RawRecord, RawReadError> {
            let cells = parser.cells
            guard cells.count == keys.count else {
                let detail = "\(cells.count)/\(keys.count)"
                if cells.count > keys.count {
                    let extra = cells[keys.count]
                    return .failure(RawReadError(line: extra.line, column: extra.column, code: .wrongFieldCount, detail: detail))
                }
                return .failure(RawReadError(line: parser.endLine, column: parser.endColumn, code: .wrongFieldCount, detail: detail))
            }
            var fields: [RawField] = []
            fields.reserveCapacity(keys.count)
            for index in 0..<cells.count {
                if let text = cells[index].text {
                    fields.append(RawField(key: keys[index], value: .string(text), column: cells[index].column))
                }
            }
            return .success(RawRecord(line: line, fields: fields))
        }
    }
}
