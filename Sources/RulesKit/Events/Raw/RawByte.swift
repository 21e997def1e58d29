/// ASCII bytes the raw parsers dispatch on; named so byte-level code stays readable.
enum RawByte {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let one: UInt8 = 0x31
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let upperE: UInt8 = 0x45
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let lowerE: UInt8 = 0x65
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    /// Characters that act on how a terminal or a report shows text rather than being text: the C0
    /// and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates that can
    /// reorder a report line so that it reads as something else.
    static func isControl(scalar c: UInt32) -> Bool {
        c < 0x20 || (0x7F...0x9F).contains(c) || c == 0x061C || c == 0x200E || c == 0x200F
            || (0x202A...0x202E).contains(c) || (0x2066...0x2069).contains(c)
    }

    /// The scalar of a valid multi-byte UTF-8 sequence at `i` when it is a control by `isControl`
    /// (C1 controls, U+061C, the bidirectional controls); nil otherwise.
    static func control<C: RandomAccessCollection<UInt8>>(in bytes: C, at i: C.Index, length: Int) -> UInt32? where C.Index == Int {
        let b = bytes[i]
        let scalar: UInt32
        switch length {
        case 2 where b == 0xC2 || b == 0xD8: scalar = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
        case 3 where b == 0xE2: scalar = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        default: return nil
        }
        return isControl(scalar: scalar) ? scalar : nil
    }

    /// `'x'` for printable ASCII, `U+XXXX` otherwise: readable in error details without
    /// putting invisible or terminal-unsafe characters into messages.
    static func describe(scalar: UInt32) -> String {
        if scalar >= 0x21 && scalar < 0x7F {
            return "'\(Character(Unicode.Scalar(UInt8(scalar))))'"
        }
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func hex(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> String {
        bytes.map { b in
            let h = String(b, radix: 16, uppercase: true)
            return "0x" + (h.count == 1 ? "0" + h : h)
        }.joined(separator: " ")
    }
}
