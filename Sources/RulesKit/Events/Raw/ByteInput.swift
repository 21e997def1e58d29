#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A sliding window over a file (or an in-memory copy) that the record splitters scan.
///
/// Reads go straight into one manually managed buffer with `read(2)`: no `Data`
/// objects, no per-chunk copies. Only the unconsumed tail is kept across refills, and
/// the buffer never grows past `maxCapacity`, so memory does not depend on file size.
final class ByteInput {
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// First byte not yet handed out as part of a line/record.
    var start = 0
    /// One past the last valid byte.
    private(set) var end = 0
    private(set) var isAtEOF = false
    /// Set when opening or reading failed; the splitters turn it into an `ioError`.
    private(set) var failure: String?

    private let fd: Int32
    /// Bytes still to read when only a part of the file is read; nil: to the end.
    private var remaining: Int?
    private let chunkSize: Int
    private let maxCapacity: Int
    private var checkedBOM = false

    /// `maxCapacity` must leave room for a maximal line plus one chunk, so that a refill
    /// can always make progress while the pending line is within the line limit.
    init(path: String, chunkSize: Int, maxLineBytes: Int, bytes part: Range<Int>? = nil) {
        self.chunkSize = chunkSize
        self.maxCapacity = maxLineBytes + chunkSize + 1
        capacity = min(chunkSize, maxCapacity)
        buffer = .allocate(capacity: capacity)
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            failure = "\(path): \(String(cString: strerror(errno)))"
            isAtEOF = true
        } else if let part {
            remaining = part.count
            // A part after the first starts mid-file: a byte-order mark is only ever at the top.
            checkedBOM = part.lowerBound > 0
            if lseek(fd, off_t(part.lowerBound), SEEK_SET) < 0 {
                failure = "\(path): \(String(cString: strerror(errno)))"
                isAtEOF = true
            }
        }
    }

    init(bytes: [UInt8]) {
        chunkSize = max(bytes.count, 1)
        maxCapacity = chunkSize
        capacity = chunkSize
        let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        bytes.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { storage.initialize(from: base, count: src.count) }
        }
        buffer = storage
        end = bytes.count
        fd = -1
        isAtEOF = true
    }

    deinit {
        if fd >= 0 { close(fd) }
        buffer.deallocate()
    }

    var pendingCount: Int { end - start }

    /// Moves the unconsumed bytes to the front and reads more after them.
    /// Returns false when nothing more will come (end of file or a read error).
    /// Offsets into the buffer are invalidated; callers keep positions relative to `start`.
    func refill() -> Bool {
        guard !isAtEOF else { return false }
        if start > 0 {
            let pending = end - start
            if pending > 0 { buffer.update(from: buffer + start, count: pending) }
            end = pending
            start = 0
        }
        if capacity - end < chunkSize && capacity < maxCapacity {
            grow(to: min(maxCapacity, max(capacity * 2, end + chunkSize)))
        }
        assert(capacity > end, "splitters refill only while the pending line fits the limit")
        while true {
            let wanted = min(capacity - end, remaining ?? Int.max)
            let n = wanted > 0 ? read(fd, buffer + end, wanted) : 0
            if n > 0 {
                end += n
                if let r = remaining { remaining = r - n }
                return true
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = String(cString: strerror(errno)) }
            isAtEOF = true
            return false
        }
    }

    /// Drops a UTF-8 byte-order mark at the very start of the input; editors on Windows
    /// add one and it would otherwise show up as garbage before the first key.
    func skipByteOrderMark() {
        guard !checkedBOM else { return }
        checkedBOM = true
        while end - start < 3 && refill() {}
        if end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF {
            start += 3
        }
    }

    private func grow(to newCapacity: Int) {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.initialize(from: buffer, count: end)
        buffer.deallocate()
        buffer = bigger
        capacity = newCapacity
    }
}
