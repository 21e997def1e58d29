/// One event record as read from a file: the untyped fields, plus where it came from
/// so schema errors can point at the source.
public struct RawRecord: Sendable, Equatable {
    /// 1-based line where the record starts (a CSV record may span several lines).
    public var line: Int
    /// Fields in source order; keys are unique.
    public var fields: [RawField]

    public init(line: Int, fields: [RawField]) {
        self.line = line
        self.fields = fields
    }

    /// The field named `key`, or `nil` when the record does not have it.
    ///
    /// A linear scan: event records have a dozen or so fields, where a scan beats
    /// building a dictionary for every one of millions of records.
    public subscript(key: String) -> RawField? {
        for field in fields where field.key == key {
            return field
        }
        return nil
    }
}
