#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a `ByteInput` into physical lines for JSON Lines, numbering them and enforcing
/// the line-length limit without ever holding more than one over-long line's prefix.
struct LineSplitter {
    enum Event {
        /// The bytes before the line feed; valid only until the next call to `next()`.
        case line(UnsafeBufferPointer<UInt8>, number: Int)
        case tooLong(number: Int)
        case ioError(String, number: Int)
    }

    private let input: ByteInput
    private let maxLineBytes: Int
    private var nextNumber = 1
    /// Bytes after `input.start` already known to contain no line feed, so a refill does
    /// not make us search them again (keeps long lines linear, not quadratic).
    private var searched = 0
    /// True after reporting an over-long line until its line feed has been passed.
    private var skipping = false
    private var finished = false

    init(input: ByteInput, maxLineBytes: Int, firstLine: Int = 1) {
        self.input = input
        self.maxLineBytes = maxLineBytes
        nextNumber = firstLine
    }

    /// Lines passed so far, blank and over-long ones included.
    var linesPassed: Int { nextNumber - 1 }

    mutating func next() -> Event? {
        if finished { return nil }
        input.skipByteOrderMark()
        if skipping, !skipRestOfLongLine() { return endOfInput() }
        while true {
            let from = input.start + searched
            let pending = input.end - from
            if pending > 0, let hit = memchr(input.buffer + from, Int32(RawByte.lineFeed), pending) {
                let lineFeed = input.buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                return takeLine(upTo: lineFeed, consuming: lineFeed + 1)
            }
            searched = input.end - input.start
            if searched > maxLineBytes {
                let number = nextNumber
                nextNumber += 1
                skipping = true
                input.start = input.end
                searched = 0
                return .tooLong(number: number)
            }
            if !input.refill() {
                if input.pendingCount > 0 && input.failure == nil {
                    finished = true
                    return takeLine(upTo: input.end, consuming: input.end)
                }
                return endOfInput()
            }
        }
    }

    private mutating func takeLine(upTo lineEnd: Int, consuming next: Int) -> Event {
        let lineStart = input.start
        let number = nextNumber
        nextNumber += 1
        input.start = next
        searched = 0
        let length = lineEnd - lineStart
        if length > maxLineBytes { return .tooLong(number: number) }
        return .line(UnsafeBufferPointer(start: input.buffer + lineStart, count: length), number: number)
    }

    /// Discards input up to and including the next line feed; false if the input ended first.
    private mutating func skipRestOfLongLine() -> Bool {
        while true {
            let pending = input.pendingCount
            if pending > 0, let hit = memchr(input.buffer + input.start, Int32(RawByte.lineFeed), pending) {
                input.start = input.buffer.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                skipping = false
                return true
            }
            input.start = input.end
            if !input.refill() { return false }
        }
    }

    private mutating func endOfInput() -> Event? {
        finished = true
        if let failure = input.failure {
            return .ioError(failure, number: nextNumber == 1 ? 0 : nextNumber)
        }
        return nil
    }
}
