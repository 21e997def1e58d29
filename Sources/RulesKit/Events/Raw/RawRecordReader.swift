/// What the JSON Lines and CSV readers share: a source of bytes, limits, and the same three ways
/// to make one.
public protocol RawRecordReader: Sequence where Element == Result<RawRecord, RawReadError> {
    init(source: RawSource, options: RawReaderOptions)
}

extension RawRecordReader {
    public init(path: String, options: RawReaderOptions = .default) {
        self.init(source: .file(path), options: options)
    }

    public init(bytes: [UInt8], options: RawReaderOptions = .default) {
        self.init(source: .bytes(bytes), options: options)
    }

    public init(string: String, options: RawReaderOptions = .default) {
        self.init(bytes: Array(string.utf8), options: options)
    }
}
