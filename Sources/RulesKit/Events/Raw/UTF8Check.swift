/// Validation of multi-byte UTF-8 sequences, done by the parsers as they scan so that
/// the error can name the exact column (Swift's own decoding would silently repair).
enum UTF8Check {
    /// Outcome for the sequence whose lead byte (≥ 0x80) is at `i`.
    /// When `valid` is false, `length` covers the lead byte and the continuation bytes
    /// that were fine, i.e. the broken sequence shown in the error detail.
    struct Sequence {
        var length: Int
        var valid: Bool
        /// The decoded scalar when valid.
        var scalar: UInt32
    }

    /// Follows the Unicode "well-formed UTF-8" table: rejects overlong forms, surrogates
    /// and scalars above U+10FFFF, not just bad continuation bytes.
    static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Sequence {
        let lead = bytes[i]
        let need: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: return Sequence(length: 1, valid: false, scalar: 0)
        }
        var scalar = UInt32(lead) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
        for k in 1...need {
            guard i + k < bytes.count else { return Sequence(length: k, valid: false, scalar: 0) }
            let b = bytes[i + k]
            let lo = k == 1 ? low : 0x80
            let hi = k == 1 ? high : 0xBF
            guard b >= lo && b <= hi else { return Sequence(length: k, valid: false, scalar: 0) }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        return Sequence(length: need + 1, valid: true, scalar: scalar)
    }
}
