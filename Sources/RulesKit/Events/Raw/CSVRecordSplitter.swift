#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a `ByteInput` into CSV records (RFC 4180), which unlike lines may contain line
/// feeds inside quoted fields.
///
/// Only record boundaries are found here; `CSVRowParser` then splits the fields. The
/// quote state machine is the same in both, so they always agree on where a record
/// ends. Its state survives refills, so no byte is scanned twice and an over-long
/// record is skipped without being buffered.
struct CSVRecordSplitter {
    enum Event {
        /// Record bytes without the line feed and without a trailing CR; valid only until
        /// the next call. `closed` is false when the input ended inside a quoted field.
        case record(UnsafeBufferPointer<UInt8>, line: Int, closed: Bool)
        case tooLong(line: Int)
        case ioError(String, line: Int)
    }

    private enum State {
        case fieldStart, unquoted, quoted, afterQuote
    }

    /// How lines end, decided by the first line end outside quotes: LF (or CRLF), or a lone CR
    /// (old Mac spreadsheets), which then ends every record.
    private enum LineEnds { case undecided, lineFeed, carriageReturn }
    private var lineEnds = LineEnds.undecided
    var delimiter = RawByte.comma

    private let input: ByteInput
    private let maxRecordBytes: Int
    private var nextLine = 1
    private var state = State.fieldStart
    /// Bytes after `input.start` already run through the state machine.
    private var scanned = 0
    /// Line feeds inside quotes in the current record, to number the next one.
    private var innerLineFeeds = 0
    private var skipping = false
    private var finished = false

    /// `firstLine`: the number of the first line read (a part of a file is numbered as in the whole);
    /// `quoteFree`: the file is known to hold no quote and to end its lines in LF or CRLF (a part's
    /// first line end is not the file's), so a record ends at the next line feed.
    init(input: ByteInput, maxRecordBytes: Int, firstLine: Int = 1, quoteFree: Bool = false) {
        self.input = input
        self.maxRecordBytes = maxRecordBytes
        nextLine = firstLine
        if quoteFree { lineEnds = .lineFeed }
        self.quoteFree = quoteFree
    }

    private let quoteFree: Bool

    /// Lines passed so far, blank ones and those inside quoted cells included.
    var linesPassed: Int { nextLine - 1 }

    mutating func next() -> Event? {
        if finished { return nil }
        input.skipByteOrderMark()
        while true {
            if let end = scanForRecordEnd() {
                let line = nextLine
                nextLine += innerLineFeeds + 1
                innerLineFeeds = 0
                state = .fieldStart
                let start = input.start
                input.start = end + 1
                scanned = 0
                if skipping {
                    skipping = false
                    continue
                }
                if end - start > maxRecordBytes { return .tooLong(line: line) }
                let bytes = trimmingCarriageReturn(start, end)
                if bytes.isEmpty { continue }
                return .record(bytes, line: line, closed: true)
            }
            if skipping {
                input.start = input.end
                scanned = 0
            } else if scanned > maxRecordBytes {
                skipping = true
                input.start = input.end
                scanned = 0
                return .tooLong(line: nextLine)
            }
            if !input.refill() { return endOfInput() }
        }
    }

    /// Runs the state machine over the unscanned bytes; the offset of the record-ending
    /// line feed, or nil if more input is needed.
    private mutating func scanForRecordEnd() -> Int? {
        let bytes = input.buffer
        var i = input.start + scanned
        let end = input.end
        if quoteFree {
            if i < end, let hit = memchr(bytes + i, Int32(RawByte.lineFeed), end - i) {
                return bytes.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            scanned = end - input.start
            return nil
        }
        var state = self.state
        defer {
            self.state = state
            scanned = i - input.start
        }
        while i < end {
            let b = bytes[i]
            switch state {
            case .quoted:
                if b == RawByte.quote {
                    state = .afterQuote
                } else if b == RawByte.lineFeed {
                    innerLineFeeds += 1
                }
            case .fieldStart, .unquoted, .afterQuote:
                if b == RawByte.lineFeed {
                    if lineEnds == .undecided { lineEnds = .lineFeed }
                    return i
                }
                if b == RawByte.carriageReturn, lineEnds != .lineFeed {
                    if lineEnds == .carriageReturn { return i }
                    // Decided by the next byte: wait for it unless the input has ended.
                    guard i + 1 < end else { return nil }
                    if bytes[i + 1] != RawByte.lineFeed {
                        lineEnds = .carriageReturn
                        return i
                    }
                }
                if b == delimiter {
                    state = .fieldStart
                } else if b == RawByte.quote && state != .unquoted {
                    // At a field start it opens quoting; right after a closing quote it is
                    // the second half of an escaped `""`.
                    state = .quoted
                } else {
                    state = .unquoted
                }
            }
            i += 1
        }
        return nil
    }

    private mutating func endOfInput() -> Event? {
        finished = true
        if let failure = input.failure {
            return .ioError(failure, line: nextLine == 1 ? 0 : nextLine)
        }
        let pending = input.pendingCount
        guard pending > 0, !skipping else { return nil }
        if pending > maxRecordBytes { return .tooLong(line: nextLine) }
        let closed = state != .quoted
        let start = input.start
        input.start = input.end
        let bytes = closed
            ? trimmingCarriageReturn(start, start + pending)
            : UnsafeBufferPointer(start: input.buffer + start, count: pending)
        if bytes.isEmpty { return nil }
        return .record(bytes, line: nextLine, closed: closed)
    }

    /// CRLF files: the CR belongs to the line break, not to the last field.
    private func trimmingCarriageReturn(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        var end = end
        if end > start && input.buffer[end - 1] == RawByte.carriageReturn { end -= 1 }
        return UnsafeBufferPointer(start: input.buffer + start, count: end - start)
    }
}
