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

    /// The same from a record's bytes as the splitter cut them, without making a `RawRecord`, into
    /// a buffer of its own: this is the inner loop of reading a CSV file.
    final class Speller {
        /// Each header name as `"name":`, one after another.
        private let keyBytes: [UInt8]
        private let keys: [Range<Int>]
        /// False when a name would need an escape: then no record is spelt this way.
        private let usable: Bool
        private var buffer: UnsafeMutablePointer<UInt8>
        private var capacity = 1 << 12

        init(names: [String]) {
            var bytes: [UInt8] = [], keys: [Range<Int>] = [], usable = true
            for name in names {
                let start = bytes.count
                bytes.append(RawByte.quote)
                for b in name.utf8 {
                    if needsEscape(b) { usable = false }
                    bytes.append(b)
                }
                bytes += [RawByte.quote, UInt8(ascii: ":")]
                keys.append(start..<bytes.count)
            }
            (keyBytes, self.keys, self.usable) = (bytes, keys, usable)
            buffer = .allocate(capacity: capacity)
        }

        deinit { buffer.deallocate() }

        /// The record as JSON, valid until the next call; nil — the record is then parsed and spelt
        /// from its cells, or left to the general path — for a quoted cell, a cell count other than
        /// the header's, or a text that would need an escape.
        func spell(_ record: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> UnsafeBufferPointer<UInt8>? {
            guard usable, let base = record.baseAddress else { return nil }
            let need = record.count + keyBytes.count + 2 * keys.count + 2
            if need > capacity {
                buffer.deallocate()
                capacity = need * 2
                buffer = .allocate(capacity: capacity)
            }
            let n = record.count
            var o = 0, start = 0, k = 0
            buffer[o] = UInt8(ascii: "{")
            o += 1
            while true {
                var end = start
                while end < n {
                    let b = base[end]
                    if b == delimiter { break }
                    if needsEscape(b) { return nil }
                    end += 1
                }
                guard k < keys.count else { return nil }
                // An empty unquoted cell is an absent value.
                if end > start {
                    if o > 1 {
                        buffer[o] = UInt8(ascii: ",")
                        o += 1
                    }
                    let key = keys[k]
                    keyBytes.withUnsafeBufferPointer { (buffer + o).update(from: $0.baseAddress! + key.lowerBound, count: key.count) }
                    o += key.count
                    let cell = UnsafeBufferPointer(start: base + start, count: end - start)
                    let literal = isLiteral(cell)
                    if !literal {
                        buffer[o] = RawByte.quote
                        o += 1
                    }
                    (buffer + o).update(from: base + start, count: cell.count)
                    o += cell.count
                    if !literal {
                        buffer[o] = RawByte.quote
                        o += 1
                    }
                }
                k += 1
                if end == n { break }
                start = end + 1
            }
            guard k == keys.count else { return nil }
            buffer[o] = UInt8(ascii: "}")
            return UnsafeBufferPointer(start: buffer, count: o + 1)
        }
    }

    /// Appends `bytes`, between quotes if `quoted`, after a colon if a key came before; false if
    /// they would need an escape in a JSON string.
    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool, to out: inout [UInt8]) -> Bool {
        for b in bytes where needsEscape(b) { return false }
        if out.last == UInt8(ascii: "\"") { out.append(UInt8(ascii: ":")) }
        if quoted { out.append(UInt8(ascii: "\"")) }
        out.append(contentsOf: bytes)
        if quoted { out.append(UInt8(ascii: "\"")) }
        return true
    }

    /// A byte a JSON string would have to escape: such a text is left to the general path.
    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool { b == RawByte.quote || b == UInt8(ascii: "\\") || b < 0x20 }

    /// `true`, `false`, or `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: a JSON literal without an exponent.
    static func isLiteral(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Byte by byte: a generic comparison with a string's UTF-8 view cost more than the rest.
        if b.count == 4, b[0] == UInt8(ascii: "t"), b[1] == UInt8(ascii: "r"), b[2] == UInt8(ascii: "u"), b[3] == UInt8(ascii: "e") { return true }
        if b.count == 5, b[0] == UInt8(ascii: "f"), b[1] == UInt8(ascii: "a"), b[2] == UInt8(ascii: "l"), b[3] == UInt8(ascii: "s"),
           b[4] == UInt8(ascii: "e") { return true }
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
