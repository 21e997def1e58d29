/// Streams the records of a JSON Lines file (one JSON object per line).
///
/// Yields one `Result` per non-blank line, in order: the record, or the reason the line
/// was rejected. A bad line never stops the stream. Blank (whitespace-only) lines are
/// skipped but still counted, so line numbers match what an editor shows. A UTF-8 BOM
/// at the start is ignored; CRLF line ends are accepted. If the file cannot be opened
/// the only element is an `ioError` at line 0.
///
/// Memory stays bounded by `options.maxLineBytes` plus one chunk, whatever the file size.
///
///     for result in JSONLinesReader(path: "events.jsonl") {
///         switch result {
///         case .success(let record): ...
///         case .failure(let error): print(error.line, error.message(vi: true))
///         }
///     }
public struct JSONLinesReader: RawRecordReader, Sendable {
    private let source: RawSource
    public let options: RawReaderOptions

    public init(source: RawSource, options: RawReaderOptions = .default) {
        self.source = source
        self.options = options
    }

    public func makeIterator() -> Iterator {
        // Only at the top of the file is a byte-order mark skipped, or pretty-printed JSON recognised.
        let part = source.part
        return Iterator(splitter: LineSplitter(input: source.open(options: options), maxLineBytes: options.maxLineBytes,
                                               firstLine: part?.firstLine ?? 1),
                        scanner: JSONLineScanner(maxDepth: options.maxDepth),
                        maxLineBytes: options.maxLineBytes, startsFile: (part?.bytes.lowerBound ?? 0) == 0)
    }

    /// Not `Sendable`: it owns an open file and buffer. Iterate on one task.
    public struct Iterator: IteratorProtocol {
        private var splitter: LineSplitter
        private var scanner: JSONLineScanner
        private let maxLineBytes: Int
        /// Whether a line with content was met: only the file's first one may open pretty-printed JSON.
        private(set) var sawContent: Bool
        /// Set when the file was found pretty-printed: nothing after its first line is read.
        private(set) var finished = false

        init(splitter: LineSplitter, scanner: JSONLineScanner, maxLineBytes: Int, startsFile: Bool) {
            self.splitter = splitter
            self.scanner = scanner
            self.maxLineBytes = maxLineBytes
            sawContent = !startsFile
        }

        /// The number of the last line passed (its lines, in a part).
        var lastLine: Int { splitter.linesPassed }

        public mutating func next() -> Result<RawRecord, RawReadError>? {
            next { _, _ in false }
        }

        /// Offers each line (its bytes and number) to `taken` first; the lines it takes are not
        /// parsed here. This lets a caller decode the common record its own faster way.
        mutating func next(offering taken: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Result<RawRecord, RawReadError>? {
            guard !finished else { return nil }
            while let event = splitter.next() {
                switch event {
                case .line(let bytes, let number):
                    if !sawContent, let first = bytes.firstIndex(where: { !Self.isSpace($0) }) {
                        sawContent = true
                        if Self.opensPrettyJSON(bytes[first...]) {
                            finished = true
                            let convert = bytes[first] == RawByte.openBracket ? "jq -c '.[]'" : "jq -c ."
                            return .failure(RawReadError(line: number, column: first + 1, code: .prettyPrinted, detail: convert))
                        }
                    }
                    if taken(bytes, number) { continue }
                    switch scanner.scan(bytes) {
                    case .blank:
                        continue
                    case .record(let fields):
                        return .success(RawRecord(line: number, fields: fields))
                    case .failure(let column, let code, let detail):
                        return .failure(RawReadError(line: number, column: column, code: code, detail: detail))
                    }
                case .tooLong(let number):
                    return .failure(RawReadError(line: number, column: 1, code: .lineTooLong, detail: String(maxLineBytes)))
                case .ioError(let reason, let number):
                    return .failure(RawReadError(line: number, column: 0, code: .ioError, detail: reason))
                }
            }
            return nil
        }

        private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

        /// `[`, `{` or `[{` with nothing after it on the line.
        private static func opensPrettyJSON(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            let content = line.filter { !isSpace($0) }
            return content == [RawByte.openBracket] || content == [RawByte.openBrace] || content == [RawByte.openBracket, RawByte.openBrace]
        }
    }
}
