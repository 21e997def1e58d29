/// A problem with one line or record of an event file.
///
/// Readers report it in place of the record and carry on with the next one, so a
/// single bad line never hides the rest of the file.
public struct RawReadError: Error, Sendable, Equatable {
    /// 1-based physical line of the problem (for CSV this may be inside a multi-line record).
    /// 0 when the file itself could not be read (`ioError` on open).
    public var line: Int
    /// 1-based column, in characters, of the problem on that line; 0 when not meaningful.
    public var column: Int
    public var code: Code
    /// Language-neutral specifics (a key, a byte in hex, a number literal); see each `Code`.
    /// `message(vi:)` turns code and detail into a sentence.
    public var detail: String

    public init(line: Int, column: Int, code: Code, detail: String = "") {
        self.line = line
        self.column = column
        self.code = code
        self.detail = detail
    }

    public enum Code: String, Sendable, Equatable, CaseIterable {
        /// As reports print it and `rules codes` lists it: `R-controlCharacter`.
        public var diagnosticName: String { "R-\(rawValue)" }

        // JSON Lines
        /// Unexpected character. detail: the character, `'x'` or `U+XXXX`.
        case notJSON
        /// The line ended before the value was complete.
        case unexpectedEnd
        /// A valid JSON value that is not an object. detail: `array`, `number`, `string`, `boolean` or `null`.
        case notAnObject
        /// detail: the key.
        case duplicateKey
        /// A string ended before its closing quote.
        case unterminatedString
        /// Unknown escape or lone UTF-16 surrogate. detail: the escape text, e.g. `\x` or `\uD800`.
        case invalidEscape
        /// detail: the literal, e.g. `012`.
        case invalidNumber
        /// A raw control character (U+0001–U+001F) inside a string. detail: `U+XXXX`.
        case controlCharacter
        /// Something other than whitespace after the record object. detail: the character.
        case trailingData
        /// detail: the depth limit.
        case nestingTooDeep
        /// The first line opens a JSON value that the next lines continue (`[` or `{` alone): a
        /// pretty-printed JSON file, not JSON Lines. Ends the stream: every line would be an error.
        case prettyPrinted

        // CSV
        /// A quoted field never closed before the end of the file; reported at its opening quote.
        case unterminatedQuote
        /// A `"` inside an unquoted field (RFC 4180 requires such fields to be quoted).
        case strayQuote
        /// Characters between a closing quote and the next comma or line end.
        case textAfterQuote
        /// The row's field count differs from the header's. detail: `found/expected`, e.g. `4/3`.
        case wrongFieldCount
        /// A header cell with no name. detail: the 1-based field number.
        case emptyHeader
        /// detail: the repeated name.
        case duplicateHeader

        // Both
        /// detail: the offending bytes in hex, e.g. `0xC3 0x28`.
        case invalidUTF8
        /// A raw 0x00 byte, which usually means the file is binary or UTF-16.
        case nulByte
        /// detail: the limit in bytes.
        case lineTooLong
        /// The file could not be opened or read. detail: path and system reason. Ends the stream.
        case ioError
    }
}
