/// Limits that keep a hostile or corrupt file from exhausting memory or the stack.
public struct RawReaderOptions: Sendable, Equatable {
    /// Longest accepted line (JSON Lines) or record (CSV), in bytes, not counting the line feed.
    /// Longer ones are reported as `lineTooLong` and skipped without being buffered.
    public var maxLineBytes: Int
    /// Deepest accepted nesting of JSON arrays/objects; the record object itself is level 1.
    public var maxDepth: Int
    /// Bytes requested per `read(2)`; large reads amortise system-call cost.
    public var chunkSize: Int

    /// The CSV cell separator; nil to take whichever of `,` `;` and tab the header uses most
    /// (a spreadsheet saved in a Vietnamese locale writes `;`).
    public var csvDelimiter: UInt8?

    public init(maxLineBytes: Int = 16 << 20, maxDepth: Int = 64, chunkSize: Int = 1 << 20, csvDelimiter: UInt8? = nil) {
        self.maxLineBytes = max(1, maxLineBytes)
        self.maxDepth = max(1, maxDepth)
        self.chunkSize = max(1, chunkSize)
        self.csvDelimiter = csvDelimiter
    }

    public static let `default` = RawReaderOptions()
}
