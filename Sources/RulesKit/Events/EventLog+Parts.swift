import Dispatch

/// A large JSON Lines or CSV file read on several threads ([S-jobs]): cut at line boundaries, the first
/// part read by this log and each other part by a log of its own, at the same time; then the
/// other parts taken in in file order, as if this log had read them. A part is taken in only when
/// one reader would have found nothing to say about it — no record refused, no unknown key, no id
/// met before —; otherwise this log reads it again itself, so every error, warning and count is
/// the one a single reader gives, and the result is the same whatever the number of threads.
extension EventLog {
    /// `csv`: the header of a CSV file (each part after the first is read with it), nil for JSON Lines.
    mutating func read(path: String, parts: [Range<Int>], csv: CSVHeader?) {
        var others: [EventLog?] = (1..<parts.count).map { _ in EventLog(partOf: self) }
        var ends = [LinesRead?](repeating: nil, count: parts.count)
        // Each part's lines are numbered from 1 while the parts before it are still being read.
        @Sendable func source(_ k: Int, firstLine: Int = 1) -> RawSource {
            .part(path, FilePart(bytes: parts[k], firstLine: firstLine, csvHeader: k == 0 ? nil : csv, quoteFree: csv != nil))
        }
        withUnsafeMutablePointer(to: &self) { me in
            others.withUnsafeMutableBufferPointer { others in
                ends.withUnsafeMutableBufferPointer { ends in
                    // Each thread writes its own log and its own slot of `ends` only.
                    let (me, others, ends) = (Unchecked(me), Unchecked(others), Unchecked(ends))
                    DispatchQueue.concurrentPerform(iterations: parts.count) { k in
                        ends.value[k] = k == 0 ? me.value.pointee.readPart(source(0), file: path, csv: csv != nil)
                                               : others.value[k - 1]!.readPart(source(k), file: path, csv: csv != nil)
                    }
                }
            }
        }
        let first = ends[0]!
        // A pretty-printed file is refused at its first line, and nothing after it is read.
        if first.abandoned { return }
        // Only the file's first line with content may open pretty-printed JSON: the first part had none.
        if !first.sawContent {
            _ = readLines(.file(path), file: path)
            return
        }
        var line = first.lastLine
        for k in 1..<parts.count {
            let part = others[k - 1]!
            // The part's memory is given back as it is taken in.
            others[k - 1] = nil
            if part.isClean, store.absorb(part.store, lineOffset: Int32(line)) {
                recordsRead += part.recordsRead
                recordsDecodedFast += part.recordsDecodedFast
                progress?(recordsRead)
            } else {
                _ = readPart(source(k, firstLine: line + 1), file: path, csv: csv != nil)
            }
            line += ends[k]!.lastLine
        }
    }

    private mutating func readPart(_ source: RawSource, file: String, csv: Bool) -> LinesRead {
        csv ? readCSV(source, file: file) : readLines(source, file: file)
    }

    /// A log reading a part of a file for this one: the same types, fields kept and settings.
    private init(partOf log: EventLog) {
        self.init(types: log.decoder.types, keeping: log.keeping)
        dayFirstDates = log.dayFirstDates
        usesFastPath = log.usesFastPath
        csvDelimiter = log.csvDelimiter
    }

    /// Nothing refused, warned or noted: all that reading the part left is its events.
    private var isClean: Bool {
        recordErrors.isEmpty && rejected.isEmpty && unknownFields.isEmpty && unlistedUnknownFields == 0 && rejectedIds.isEmpty
    }
}
