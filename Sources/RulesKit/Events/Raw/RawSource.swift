/// Where a raw reader takes its bytes from. Kept as a value so readers stay `Sendable`
/// and can be iterated more than once; each iteration opens the file afresh.
public enum RawSource: Sendable {
    case file(String)
    case bytes([UInt8])
    /// Whole lines of a file, read on their own (one part of a file read on several threads).
    case part(String, FilePart)

    func open(options: RawReaderOptions) -> ByteInput {
        switch self {
        case .file(let path):
            return ByteInput(path: path, chunkSize: options.chunkSize, maxLineBytes: options.maxLineBytes)
        case .bytes(let bytes):
            return ByteInput(bytes: bytes)
        case .part(let path, let part):
            return ByteInput(path: path, chunkSize: options.chunkSize, maxLineBytes: options.maxLineBytes, bytes: part.bytes)
        }
    }

    /// The part of a file read, if only a part is.
    var part: FilePart? {
        if case .part(_, let p) = self { p } else { nil }
    }
}

/// A run of whole lines of a file: its bytes, and the number its first line has in the file.
public struct FilePart: Sendable, Equatable {
    public var bytes: Range<Int>
    public var firstLine: Int
    /// For a part of a CSV file after the first: the file's header, read before the part.
    public var csvHeader: CSVHeader?
    /// A CSV file known to hold no quote, with LF or CRLF line ends: records end at line feeds.
    public var quoteFree = false
}

/// A CSV file's first line as read: its names and the separator it uses.
public struct CSVHeader: Sendable, Equatable {
    public var names: [String]
    public var delimiter: UInt8
}
