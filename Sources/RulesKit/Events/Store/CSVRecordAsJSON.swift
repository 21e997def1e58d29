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
            guard case .string(var text) = field.value, !text.isEmpty else { return false }
            if k > 0 { out.append(UInt8(ascii: ",")) }
            var key = field.key
            guard key.withUTF8({ append($0, quoted: true, to: &out) }),
                  text.withUTF8({ append($0, quoted: !isLiteral($0), to: &out) }) else { return false }
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// The same from a record's bytes as the splitter cut them, without making a `RawRecord`:
    /// `keys` are the header's names. False — the record is then parsed and spelt as above, or
    /// left to the general path — for a quoted cell, a cell count other than the header's, or a
    /// name or text that would need an escape.
    static func spell(_ record: UnsafeBufferPointer<UInt8>, keys: [[UInt8]], delimiter: UInt8, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        out.append(UInt8(ascii: "{"))
        let n = record.count
        var start = 0, k = 0
        while true {
            var end = start
            while end < n, record[end] != delimiter {
                if record[end] == RawByte.quote { return false }
                end += 1
            }
            guard k < keys.count else { return false }
            // An empty unquoted cell is an absent value.
            if end > start {
                if out.count > 1 { out.append(UInt8(ascii: ",")) }
                let cell = UnsafeBufferPointer(rebasing: record[start..<end])
                guard keys[k].withUnsafeBufferPointer({ append($0, quoted: true, to: &out) }),
                      append(cell, quoted: !isLiteral(cell), to: &out) else { return false }
            }
            k += 1
            if end == n { break }
            start = end + 1
        }
        out.append(UInt8(ascii: "}"))
        return k == keys.count
    }

    /// Appends `bytes`, between quotes if `quoted`, after a colon if a key came before; false if
    /// they would need an escape in a JSON string.
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool, to out: inout [UInt8]) -> Bool {
        for b in bytes where b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return false }
        if out.last == UInt8(ascii: "\"") { out.append(UInt8(ascii: ":")) }
        if quoted { out.append(UInt8(ascii: "\"")) }
        out.append(contentsOf: bytes)
        if quoted { out.append(UInt8(ascii: "\"")) }
        return true
    }

    /// `true`, `false`, or `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: a JSON literal without an exponent.
    static func isLiteral(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if b.elementsEqual("true".utf8) || b.elementsEqual("false".utf8) { return true }
        func digit(_ i: Int) -> Bool { i < b.count && b[i] >= UInt8(ascii: "0") && b[i] <= UInt8(ascii: "9") }
        var i = b.first == UInt8(ascii: "-") ? 1 : 0
        guard digit(i) else { return false }
        if b[i] == UInt8(ascii: "0") { i += 1 } else { while digit(i) { i += 1 } }
        if i == b.count { return true }
        guard b[i] == UInt8(ascii: "."), digit(i + 1) else { return false }
        i += 1
        while digit(i) { i += 1 }
        return i == b.count
    }
}
