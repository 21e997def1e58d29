/// A JSON value exactly as written in the event file, before any schema is applied.
///
/// Numbers stay as their literal text so that downstream validation decides how
/// to interpret them (`"12"` vs `"12.0"` vs `"1e3"` must remain distinguishable and
/// exact; a `Double` would silently round large identifiers and decimals).
public enum RawValue: Sendable, Equatable {
    case string(String)
    /// The literal text of a JSON number, already checked against the JSON number grammar.
    case number(String)
    case bool(Bool)
    case null
    case array([RawValue])
    /// Fields in source order; keys are unique within one object.
    case object([RawField])
}

/// One `key: value` pair of a record or nested object.
public struct RawField: Sendable, Equatable {
    public var key: String
    public var value: RawValue
    /// 1-based column, in characters (grapheme clusters), where the key starts on its line:
    /// the opening `"` of a JSON key, or the first character of a CSV cell.
    /// A UTF-8 BOM at the start of a file is not counted.
    public var column: Int

    public init(key: String, value: RawValue, column: Int) {
        self.key = key
        self.value = value
        self.column = column
    }
}
