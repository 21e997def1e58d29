/// Where a raw reader takes its bytes from. Kept as a value so readers stay `Sendable`
/// and can be iterated more than once; each iteration opens the file afresh.
public enum RawSource: Sendable {
    case file(String)
    case bytes([UInt8])

    func open(options: RawReaderOptions) -> ByteInput {
        switch self {
        case .file(let path):
            return ByteInput(path: path, chunkSize: options.chunkSize, maxLineBytes: options.maxLineBytes)
        case .bytes(let bytes):
            return ByteInput(bytes: bytes)
        }
    }
}
