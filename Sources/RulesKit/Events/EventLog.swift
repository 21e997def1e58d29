/// Reads event files (JSON Lines or CSV), validates every record and accounts for all of them:
/// each record read is either accepted or rejected with its file, line and field.
public struct EventLog: Sendable {
    public private(set) var events: [Event] = []
    public private(set) var errors: [EventError] = []
    public private(set) var recordsRead = 0
    /// Called every 100,000 records with the count so far, for a progress line.
    public var progress: (@Sendable (Int) -> Void)?

    public var recordsRejected: Int { recordsRead - events.count }

    private let decoder: EventDecoder
    /// Every id accepted, with its record and type: for duplicates now and references at the end.
    private var firstSeen: [String: (source: EventSource, type: String)] = [:]
    /// References to check once every file is read: input need not be sorted.
    private var references: [(id: String, type: String, field: String, source: EventSource)] = []
    private var refFields: [String: [(name: String, target: String)]] = [:]

    public init(types: [String: EventType]) {
        decoder = EventDecoder(types: types)
        for (name, t) in types {
            let refs = t.fieldOrder.compactMap { f -> (String, String)? in
                if case .ref(let target) = t.fields[f]!.type { return (f, target) }
                return nil
            }
            if !refs.isEmpty { refFields[name] = refs }
        }
    }

    public enum ReadFailure: Error, Sendable {
        case file(SourceLoader.Failure)
    }

    /// Reads one file; a missing file or a directory is a failure of the whole input.
    public mutating func read(path: String) -> ReadFailure? {
        if let p = SourceLoader.problem(with: path) { return .file(p) }
        read(.file(path), file: path, format: EventFileFormat.detect(path: path))
        return nil
    }

    public mutating func read(bytes: [UInt8], file: String, format: EventFileFormat = .jsonLines) {
        read(.bytes(bytes), file: file, format: format)
    }

    public mutating func read(text: String, file: String, format: EventFileFormat = .jsonLines) {
        read(.bytes(Array(text.utf8)), file: file, format: format)
    }

    /// JSON Lines unless the format says CSV (an unknown extension is read as JSON Lines).
    private mutating func read(_ source: RawSource, file: String, format: EventFileFormat) {
        switch format {
        case .csv: consume(CSVReader(source: source), file: file)
        default: consume(JSONLinesReader(source: source), file: file)
        }
    }

    private mutating func consume<S: Sequence>(_ records: S, file: String) where S.Element == Result<RawRecord, RawReadError> {
        for r in records {
            recordsRead += 1
            if recordsRead % 100_000 == 0 { progress?(recordsRead) }
            switch r {
            case .failure(let e):
                errors.append(EventError(source: EventSource(file: file, line: e.line), column: e.column, field: nil,
                                         code: "R-\(e.code.rawValue)",
                                         message: Localized(vi: e.message(vi: true), en: e.message(vi: false))))
            case .success(let raw):
                switch decoder.decode(raw, file: file) {
                case .failure(let e): errors.append(e)
                case .success(let event): accept(event, raw)
                }
            }
        }
    }

    private mutating func accept(_ event: Event, _ raw: RawRecord) {
        if let id = event.id {
            if let first = firstSeen[id] {
                errors.append(EventError(source: event.source, column: raw["id"]?.column, field: "id", code: "E16",
                                         message: EventMessages.duplicateId(id, first.source)))
                return
            }
            firstSeen[id] = (event.source, event.type)
        }
        for (name, target) in refFields[event.type] ?? [] {
            if case .id(let ref)? = event.fields[name] {
                references.append((ref, target, name, event.source))
            }
        }
        events.append(event)
    }

    /// Checks references once all files are read; records pointing nowhere become errors.
    public mutating func finish() {
        var bad: Set<EventSource> = []
        for r in references where firstSeen[r.id]?.type != r.type {
            errors.append(EventError(source: r.source, column: nil, field: r.field, code: "E17",
                                     message: EventMessages.unknownReference(r.id, r.type)))
            bad.insert(r.source)
        }
        if !bad.isEmpty { events.removeAll { bad.contains($0.source) } }
        references = []
        errors.sort { ($0.source.file, $0.source.line) < ($1.source.file, $1.source.line) }
    }
}

import Foundation
