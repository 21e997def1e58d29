/// The errors of a log's records, bounded: the first `kept` in full, past them a count per code.
/// A log of a million bad records must not hold a million messages; the reports list what is
/// kept and count the rest by kind.
public struct RecordErrors: Sendable {
    public static let kept = 1_000
    public private(set) var listed: [EventError] = []
    /// Per code, the errors past the first `kept`.
    public private(set) var unlisted: [String: Int] = [:]

    public init() {}

    /// Errors read back from a report: those it listed and its counts of the rest.
    public init(listed: [EventError], unlisted: [String: Int]) {
        self.listed = listed
        self.unlisted = unlisted
    }

    public var count: Int { listed.count + unlisted.values.reduce(0, +) }
    public var isEmpty: Bool { listed.isEmpty && unlisted.isEmpty }

    public mutating func add(_ e: EventError) {
        if listed.count < Self.kept { listed.append(e) } else { unlisted[e.code, default: 0] += 1 }
    }

    public mutating func add(contentsOf other: RecordErrors) {
        for e in other.listed { add(e) }
        for (code, n) in other.unlisted { unlisted[code, default: 0] += n }
    }

    /// The listed ones in file and line order.
    mutating func sort() {
        listed.sort { ($0.source.file, $0.source.line) < ($1.source.file, $1.source.line) }
    }
}
