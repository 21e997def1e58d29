/// A CSV record spelt as the JSON Lines record that means the same, so the fast path
/// (`FastRowDecoder`) can store it: a cell that is a plain decimal number becomes a JSON number,
/// `true` and `false` JSON truth values, every other cell a JSON string. The general path reads a
/// number or truth value from a cell only for a field of that type and keeps the cell's text
/// otherwise; the fast path stores a JSON number only in a number field and gives the record up
/// otherwise, so a record it accepts is the event the general path makes. Anything else — an
/// empty quoted cell, a text that would need an escape — is left to the general path whole.
enum CSVRecordAsJSON {
    /// False when the record is not one to spell this way.
    static func spell(_ record: RawRecord, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        out.append(UInt8(ascii: "{"))
        for (k, field) in record.fields.enumerated() {
            guard case .string(let text) = field.value, !text.isEmpty, plain(field.key), plain(text) else { return false }
            if k > 0 { out.append(UInt8(ascii: ",")) }
            quoted(field.key, &out)
            out.append(UInt8(ascii: ":"))
            if text == "true" || text == "false" || isDecimal(text) { out += text.utf8 } else { quoted(text, &out) }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    private static func quoted(_ s: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out += s.utf8
        out.append(UInt8(ascii: "\""))
    }

    /// Needs no escape in a JSON string.
    private static func plain(_ s: String) -> Bool {
        !s.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: a JSON number without an exponent.
    static func isDecimal(_ s: String) -> Bool {
        var bytes = Substring(s).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let first = digits.first, first != UInt8(ascii: "0") || digits.count == 1 else { return false }
        bytes = bytes.dropFirst(digits.count)
        guard let dot = bytes.first else { return true }
        guard dot == UInt8(ascii: "."), bytes.count > 1 else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
