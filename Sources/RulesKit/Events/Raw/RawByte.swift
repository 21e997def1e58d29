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
