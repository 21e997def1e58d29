#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a file into runs of whole lines of about equal size, for readers on several threads.
enum FileParts {
    /// Up to `count` byte ranges covering the file, each after the first starting just after a line
    /// feed; nil when the file is not a regular file of at least `atLeast` bytes a part, or does not
    /// cut into two parts (one line, say).
    static func split(path: String, into count: Int, atLeast: Int) -> [Range<Int>]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        let n = min(count, size / max(atLeast, 1))
        guard n > 1 else { return nil }
        var starts = [0]
        for k in 1..<n {
            guard let start = lineStart(fd, atOrAfter: max(size * k / n, starts.last! + 1), size: size), start < size else { break }
            starts.append(start)
        }
        guard starts.count > 1 else { return nil }
        return starts.indices.map { starts[$0]..<(($0 + 1 < starts.count) ? starts[$0 + 1] : size) }
    }

    /// The header of a CSV file that can be read in parts, or nil: cut at line boundaries, its
    /// parts start at record boundaries only if no quoted cell can hold a line break — the file has
    /// no quote at all — and its lines end in LF or CRLF, as a part's first line end must show.
    static func csvHeader(path: String, delimiter: UInt8?) -> CSVHeader? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var at = 0, firstLineEnd: UInt8?
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            let found = buffer.withUnsafeBytes { memchr($0.baseAddress!, Int32(RawByte.quote), n) }
            if found != nil { return nil }
            if firstLineEnd == nil, let k = buffer[0..<n].firstIndex(where: { $0 == RawByte.lineFeed || $0 == RawByte.carriageReturn }) {
                firstLineEnd = buffer[k] == RawByte.carriageReturn && k + 1 < n ? buffer[k + 1] : buffer[k]
            }
            at += n
        }
        guard firstLineEnd == RawByte.lineFeed else { return nil }
        var records = CSVReader(source: .file(path), options: RawReaderOptions(csvDelimiter: delimiter)).makeIterator()
        _ = records.next()
        return records.header.map { CSVHeader(names: $0, delimiter: records.delimiter) }
    }

    /// The offset just after the first line feed at or after `offset - 1`: where the line that
    /// `offset` falls in ends (or `offset` itself when a line starts there); nil if none follows.
    private static func lineStart(_ fd: Int32, atOrAfter offset: Int, size: Int) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var at = offset - 1
        while at < size {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
            guard n > 0 else { return nil }
            if let k = buffer[0..<n].firstIndex(of: RawByte.lineFeed) { return at + k + 1 }
            at += n
        }
        return nil
    }
}
