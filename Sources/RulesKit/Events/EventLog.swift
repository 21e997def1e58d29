/// Reads event files (JSON Lines or CSV), validates every record and accounts for all of them:
/// each record read is either stored or rejected with its file, line and field.
///
/// Valid events go into an `EventStore` (rows of 32-bit cells), not into `Event` values: a
/// province's term of events then fits in memory. The common JSON Lines record is decoded from
/// its bytes by `FastRowDecoder`; every other record, and every bad one, by the general path.
public struct EventLog: Sendable {
    public let store: EventStore
    public private(set) var recordErrors = RecordErrors()
    /// The record errors kept in full (the first `RecordErrors.kept`); `recordErrors` counts the rest.
    public var errors: [EventError] { recordErrors.listed }
    /// References to ids no event in the log has, in file and line order.
    public private(set) var unresolved: [UnresolvedReference] = []
    /// The ids of records refused, and where: a reference to one is not to an event still to come.
    private(set) var rejectedIds: [String: EventSource] = [:]
    /// Every record refused, with its type, body and date when they could be read.
    public private(set) var rejected: [RejectedRecord] = []
    /// Keys of records that their type does not have, each (type, key) once with how many records.
    public private(set) var unknownFields: [UnknownField] = []
    /// Occurrences of further unknown (type, key) pairs once `maxUnknownFields` are listed: a log
    /// whose records each carry new keys must not grow a list, or a warning, per key.
    public private(set) var unlistedUnknownFields = 0
    static let maxUnknownFields = 100
    private var unknownFieldIndex: [String: Int] = [:]
    public internal(set) var recordsRead = 0
    /// Called every 100,000 records with the count so far, for a progress line.
    public var progress: (@Sendable (Int) -> Void)?

    public var recordsRejected: Int { recordsRead - store.count + offRoster }
    /// Events stored but refused by the roster (`check(against:)`): not judged.
    public private(set) var offRoster = 0

    /// The stored events as values, in file and line order (for tools and tests; evaluation
    /// reads the store).
    public var events: [Event] { store.events() }

    private(set) var decoder: EventDecoder
    /// `--date-format dmy`: dates written day first (20/05/2024).
    public var dayFirstDates: Bool {
        get { decoder.dayFirstDates }
        set { decoder.dayFirstDates = newValue }
    }
    /// `--delimiter`: the CSV separator; nil to take it from the header.
    public var csvDelimiter: UInt8?
    /// The separator of the last CSV file read, as given or found: a CSV report written for the
    /// same spreadsheet uses it.
    public private(set) var csvDelimiterRead: UInt8?
    /// Off only in tests that hold the fast path to the general one.
    var usesFastPath = true
    /// Records the fast path stored (tests: that it is taken at all).
    var recordsDecodedFast = 0

    /// `keeping`: the fields rules read (`Model.fieldsRead`); the others are checked, not kept.
    public init(types: [String: EventType], keeping: Set<String>? = nil) {
        decoder = EventDecoder(types: types)
        store = EventStore(types: types, keeping: keeping)
        self.keeping = keeping
    }

    let keeping: Set<String>?
    /// Threads a large events file is read on (`--jobs`): parts of it at line boundaries, each
    /// read as one reader would read it, then taken in in file order (`EventLog+Parts`).
    public var jobs = 1
    /// Smaller parts are not worth a thread (tests make it small).
    var partBytes = 8 << 20

    public enum ReadFailure: Error, Sendable {
        case file(SourceLoader.Failure)
    }

    /// Reads one file; a missing file or a directory is a failure of the whole input.
    public mutating func read(path: String) -> ReadFailure? {
        if let p = SourceLoader.problem(with: path) { return .file(p) }
        let format = EventFileFormat.detect(path: path)
        if jobs > 1, let parts = FileParts.split(path: path, into: jobs, atLeast: partBytes) {
            if format != .csv {
                read(path: path, parts: parts, csv: nil)
                return nil
            }
            if let header = csvHeaderForParts(path: path) {
                read(path: path, parts: parts, csv: header)
                return nil
            }
        }
        read(.file(path), file: path, format: format)
        return nil
    }

    public mutating func read(bytes: [UInt8], file: String, format: EventFileFormat = .jsonLines) {
        read(.bytes(bytes), file: file, format: format)
    }

    public mutating func read(text: String, file: String, format: EventFileFormat = .jsonLines) {
        read(.bytes(Array(text.utf8)), file: file, format: format)
    }

    /// JSON Lines unless the format says CSV (an unknown extension is read as JSON Lines).
    mutating func read(_ source: RawSource, file: String, format: EventFileFormat) {
        switch format {
        case .csv: _ = readCSV(source, file: file)
        default: _ = readLines(source, file: file)
        }
    }

    /// Reads a CSV file, or a part of one.
    mutating func readCSV(_ source: RawSource, file: String) -> LinesRead {
        var records = CSVReader(source: source, options: RawReaderOptions(csvDelimiter: csvDelimiter)).makeIterator()
        var headerChecked = false
        var fast = FastRowDecoder(store: store)
        let lineBase = store.lineBase(file)
        var spelt: [UInt8] = []
        // Made once the header is checked: records are then spelt from their bytes.
        var speller: CSVRecordAsJSON.Speller?
        var delimiter = RawByte.comma
        while let r = records.next(offering: { bytes, line in
            guard usesFastPath, !dayFirstDates, let json = speller?.spell(bytes, delimiter: delimiter),
                  fast.store(json, lineBase: lineBase, lineNumber: line) else { return false }
            recordsDecodedFast += 1
            countRecord()
            return true
        }) {
            if !headerChecked, let header = records.header {
                headerChecked = true
                speller = CSVRecordAsJSON.Speller(names: header)
                delimiter = records.delimiter
                if let missing = Self.missingColumn(header) {
                    // Every row would fail the same way: one error, about the header, counting the rows.
                    var rows = 1
                    while records.next() != nil { rows += 1 }
                    recordsRead += rows
                    recordErrors.add(EventError(source: EventSource(file: file, line: 1), column: nil, field: missing, code: .E22,
                                             message: EventMessages.headerLacks(missing, header: header, rows: rows)))
                    // Rows of unknown type, body and date: one such record may be anything, as may all of them.
                    rejected.append(RejectedRecord(source: EventSource(file: file, line: 1)))
                    break
                }
            }
            // Day-first dates are the general path's to read.
            if usesFastPath, !dayFirstDates, case .success(let raw) = r, CSVRecordAsJSON.spell(raw, into: &spelt),
               spelt.withUnsafeBufferPointer({ fast.store($0, lineBase: lineBase, lineNumber: raw.line) }) {
                recordsDecodedFast += 1
                countRecord()
                continue
            }
            consume(r, file: file, textValues: true)
        }
        csvDelimiterRead = records.delimiter
        return LinesRead(lastLine: records.lastLine, sawContent: true, abandoned: false)
    }

    /// How reading a JSON Lines file, or a part of one, ended.
    struct LinesRead {
        /// The number of the last line passed.
        var lastLine: Int
        var sawContent: Bool
        /// The file was found pretty-printed: nothing after its first line was read.
        var abandoned: Bool
    }

    mutating func readLines(_ source: RawSource, file: String) -> LinesRead {
        var records = JSONLinesReader(source: source).makeIterator()
        var fast = FastRowDecoder(store: store)
        let lineBase = store.lineBase(file)
        while true {
            // Counted here, whichever path the record takes.
            let r = records.next { line, number in
                guard usesFastPath, fast.store(line, lineBase: lineBase, lineNumber: number) else { return false }
                recordsDecodedFast += 1
                countRecord()
                return true
            }
            guard let r else { break }
            consume(r, file: file)
        }
        return LinesRead(lastLine: records.lastLine, sawContent: records.sawContent, abandoned: records.finished)
    }

    /// The header of a CSV file to read in parts; nil to read it whole: it may have quoted line
    /// breaks or lone CR line ends (`FileParts.csvHeader`), or its header lacks a column every
    /// record needs (one error for the file), or day-first dates are read (the general path's).
    func csvHeaderForParts(path: String) -> CSVHeader? {
        guard !dayFirstDates, let header = FileParts.csvHeader(path: path, delimiter: csvDelimiter),
              Self.missingColumn(header.names) == nil else { return nil }
        return header
    }

    /// The column every record needs that the CSV header lacks, if one is missing.
    static func missingColumn(_ header: [String]) -> String? {
        if !header.contains("type") { return "type" }
        if !header.contains("date") && !header.contains("time") { return "date" }
        if !header.contains("body") { return "body" }
        return nil
    }

    mutating func countRecord() {
        recordsRead += 1
        if recordsRead % 100_000 == 0 { progress?(recordsRead) }
    }

    private mutating func consume(_ r: Result<RawRecord, RawReadError>, file: String, textValues: Bool = false) {
        countRecord()
        switch r {
        case .failure(let e):
            recordErrors.add(EventError(source: EventSource(file: file, line: e.line), column: e.column, field: nil,
                                     code: e.code.diagnosticName,
                                     message: Localized(vi: e.message(vi: true), en: e.message(vi: false))))
            rejected.append(RejectedRecord(source: EventSource(file: file, line: e.line)))
        case .success(let raw):
            switch decoder.decode(raw, file: file, textValues: textValues) {
            case .failure(let e):
                recordErrors.add(e)
                func text(_ key: String) -> String? { if case .string(let t)? = raw[key]?.value { t } else { nil } }
                rejected.append(RejectedRecord(source: e.source, type: text("type"), body: text("body"),
                                               date: text("date").flatMap(Day.parse) ?? text("time").flatMap { Day.parse(String($0.prefix(10))) }))
                // A reference to it is then no event still to come: it was in the log and refused.
                if let v = raw["id"]?.value, case .string(let id) = v { rejectedIds[id] = e.source }
            case .success(let event):
                noteUnknownFields(raw, event)
                switch store.append(event) {
                case nil: break
                case .duplicateId(let first)?:
                    recordErrors.add(EventError(source: event.source, column: raw["id"]?.column, field: "id", code: .E16,
                                             message: EventMessages.duplicateId(event.id ?? "", first)))
                    rejected.append(RejectedRecord(source: event.source, type: event.type, body: event.body, date: event.date))
                case .tooLong(let field)?:
                    recordErrors.add(EventError(source: event.source, column: raw[field]?.column, field: field, code: .E21,
                                             message: EventMessages.tooLong(field, SymbolTable.maxLength)))
                    rejected.append(RejectedRecord(source: event.source, type: event.type, body: event.body, date: event.date))
                }
            }
        }
    }

    /// A key the event's type does not have is not an error (the log may carry more than the rules
    /// read) but it is never dropped in silence: each (type, key) is listed once, with a count.
    private mutating func noteUnknownFields(_ raw: RawRecord, _ event: Event) {
        guard let type = decoder.types[event.type] else { return }
        for f in raw.fields where type.fields[f.key] == nil && !Self.ownKeys.contains(f.key) {
            let key = "\(event.type)\u{0}\(f.key)"
            if let k = unknownFieldIndex[key] {
                unknownFields[k].count += 1
            } else if unknownFields.count == Self.maxUnknownFields {
                unlistedUnknownFields += 1
            } else {
                unknownFieldIndex[key] = unknownFields.count
                unknownFields.append(UnknownField(type: event.type, field: f.key, first: event.source, column: f.column, count: 1,
                                                  suggestion: Suggestions.closest(to: f.key, in: type.fieldOrder)))
            }
        }
    }

    static let ownKeys: Set<String> = ["type", "date", "time", "body", "id"]

    /// With a roster, an event of a body it does not list, or dated outside the body's active
    /// days, is an error: one per body, with the count (`EventStore.offRoster`).
    public mutating func check(against roster: Roster) {
        let found = store.offRoster(roster)
        offRoster += found.reduce(0) { $0 + $1.count }
        for f in found { recordErrors.add(f.error) }
        recordErrors.sort()
    }

    /// Checks references once all files are read: one to an event of another type is an error,
    /// one to an id the log does not have is kept and listed (`unresolved`).
    public mutating func finish() {
        let (referenceErrors, unresolved) = store.finish()
        recordErrors.add(contentsOf: referenceErrors)
        recordErrors.sort()
        self.unresolved = unresolved.map { u in
            var u = u
            u.rejected = rejectedIds[u.id]
            return u
        }
    }
}
