extension JSONLineScanner {
    /// Parses the string whose opening quote is at `pos`.
    ///
    /// The common case — ASCII without escapes — is one tight loop and one
    /// `String(decoding:)` straight from the line buffer. Anything else takes the slow
    /// path, which validates UTF-8 itself so errors carry the right column.
    mutating func parseString() throws(JSONLineFailure) -> String {
        let open = pos
        var i = open + 1
        let count = line.count
        // Eight bytes per step while a whole word fits: strings in event logs are short,
        // and one step per string avoids a hard-to-predict loop exit per byte.
        let base = UnsafeRawPointer(line.baseAddress!)
        while i + 8 <= count {
            let special = JSONStringSWAR.specialBytes(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if special == 0 {
                i += 8
                continue
            }
            i += special.trailingZeroBitCount >> 3
            break
        }
        while i < count {
            let b = line[i]
            if b == RawByte.quote {
                pos = i + 1
                lastStringEscaped = false
                lastStringRange = (open + 1)..<i
                return String(decoding: UnsafeBufferPointer(rebasing: line[lastStringRange]), as: UTF8.self)
            }
            if b == RawByte.backslash || b < 0x20 || b >= 0x7F { break }
            i += 1
        }
        return try parseStringSlowly(open: open, resumeAt: i)
    }

    private mutating func parseStringSlowly(open: Int, resumeAt resume: Int) throws(JSONLineFailure) -> String {
        var i = resume
        var escaped = false
        // Bytes in [copied, i) are literal text not yet moved to `scratch` (escaped mode only).
        var copied = open + 1
        while true {
            guard i < line.count else { throw JSONLineFailure(.unterminatedString, at: open) }
            let b = line[i]
            if b == RawByte.quote { break }
            if b == RawByte.backslash {
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<i]))
                i = try decodeEscape(at: i, stringStart: open)
                copied = i
                continue
            }
            if b < 0x20 || b == 0x7F {
                if b == 0 { throw JSONLineFailure(.nulByte, at: i) }
                throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: UInt32(b)))
            }
            if b >= 0x80 {
                let sequence = UTF8Check.sequence(in: line, at: i)
                guard sequence.valid else {
                    throw JSONLineFailure(.invalidUTF8, at: i, RawByte.hex(line[i..<i + sequence.length]))
                }
                // C1 controls such as CSI, which a terminal obeys, and the bidirectional controls.
                // Only these lead bytes start a control (C1, U+061C, the bidirectional marks).
                if b == 0xC2 || b == 0xD8 || b == 0xE2, let c = RawByte.control(in: line, at: i, length: sequence.length) {
                    throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: c))
                }
                sawNonASCII = true
                i += sequence.length
                continue
            }
            i += 1
        }
        pos = i + 1
        lastStringEscaped = escaped
        if !escaped {
            lastStringRange = (open + 1)..<i
            return String(decoding: UnsafeBufferPointer(rebasing: line[lastStringRange]), as: UTF8.self)
        }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<i]))
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Appends the decoded escape at `i` (a backslash) to `scratch`; returns the offset after it.
    private mutating func decodeEscape(at i: Int, stringStart: Int) throws(JSONLineFailure) -> Int {
        guard i + 1 < line.count else { throw JSONLineFailure(.unterminatedString, at: stringStart) }
        let simple: UInt8
        switch line[i + 1] {
        case RawByte.quote: simple = RawByte.quote
        case RawByte.backslash: simple = RawByte.backslash
        case RawByte.slash: simple = RawByte.slash
        // Text from a log is shown in reports and terminals: a control character is refused
        // whether it comes as a byte or as an escape.
        case UInt8(ascii: "b"): throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: 0x08))
        case UInt8(ascii: "f"): throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: 0x0C))
        case UInt8(ascii: "n"): throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: 0x0A))
        case UInt8(ascii: "r"): throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: 0x0D))
        case UInt8(ascii: "t"): throw JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: 0x09))
        case UInt8(ascii: "u"): return try decodeUnicodeEscape(at: i, stringStart: stringStart)
        default: throw invalidEscape(at: i, length: 2)
        }
        scratch.append(simple)
        return i + 2
    }

    /// `\uXXXX`, joining a UTF-16 surrogate pair into one scalar. A lone surrogate has no
    /// UTF-8 form, so keeping the data lossless means rejecting it rather than replacing it.
    private mutating func decodeUnicodeEscape(at i: Int, stringStart: Int) throws(JSONLineFailure) -> Int {
        let unit = try hexQuad(at: i, stringStart: stringStart)
        var scalar = UInt32(unit)
        var next = i + 6
        if (0xDC00...0xDFFF).contains(unit) { throw invalidEscape(at: i, length: 6) }
        if (0xD800...0xDBFF).contains(unit) {
            guard next + 1 < line.count, line[next] == RawByte.backslash, line[next + 1] == UInt8(ascii: "u") else {
                throw invalidEscape(at: i, length: 6)
            }
            let low = try hexQuad(at: next, stringStart: stringStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw invalidEscape(at: i, length: 12) }
            scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            next += 6
        }
        if RawByte.isControl(scalar: scalar) {
            throw scalar == 0 ? JSONLineFailure(.nulByte, at: i) : JSONLineFailure(.controlCharacter, at: i, RawByte.describe(scalar: scalar))
        }
        for byte in UTF8.encode(Unicode.Scalar(scalar)!)! {
            scratch.append(byte)
        }
        return next
    }

    /// The four hex digits after the `\u` at `i`.
    private func hexQuad(at i: Int, stringStart: Int) throws(JSONLineFailure) -> UInt16 {
        var value: UInt16 = 0
        for k in 2..<6 {
            guard i + k < line.count else { throw JSONLineFailure(.unterminatedString, at: stringStart) }
            let b = line[i + k]
            let digit: UInt8
            switch b {
            case RawByte.zero...RawByte.nine: digit = b - RawByte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw invalidEscape(at: i, length: k + 1)
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Detail shows the escape as written, clipped to the line and to printable ASCII.
    private func invalidEscape(at i: Int, length: Int) -> JSONLineFailure {
        let end = min(line.count, i + length)
        let text = line[i..<end].map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "?" }.joined()
        return JSONLineFailure(.invalidEscape, at: i, text)
    }

    /// Fingerprint of the last parsed string's decoded bytes (for duplicate-key checks).
    @inline(__always)
    func lastStringFingerprint() -> UInt64 {
        if lastStringEscaped {
            return scratch.withUnsafeBytes { KeyFingerprint.of($0) }
        }
        let start = UnsafeRawPointer(line.baseAddress! + lastStringRange.lowerBound)
        return KeyFingerprint.of(UnsafeRawBufferPointer(start: start, count: lastStringRange.count))
    }
}

/// SWAR ("SIMD within a register") test for the bytes that end the fast string path.
enum JSONStringSWAR {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A mask whose lowest set bit is the high bit of the first byte (in memory order, on
    /// little-endian machines) that is `"`, `\`, below 0x20, DEL (0x7F) or above it. Bits above
    /// the first hit may be spurious borrows; only the lowest one is meaningful.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let w = UInt64(littleEndian: word)
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let delete = w ^ (ones &* 0x7F)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let zeroDelete = (delete &- ones) & ~delete
        let control = (w &- ones &* 0x20) & ~w
        return (zeroQuote | zeroBackslash | zeroDelete | control | w) & highs
    }

    /// True when the first special byte of `word` (see `specialBytes`, nonzero) is a quote: the
    /// plain end of a string, known without reading that byte again. Exact, as a spurious bit
    /// needs a true quote below it, which would itself be the first special byte.
    @inline(__always)
    static func endsAtQuote(_ word: UInt64, special: UInt64) -> Bool {
        let quote = UInt64(littleEndian: word) ^ (ones &* 0x22)
        let zeroQuote = (quote &- ones) & ~quote & highs
        return zeroQuote & special & (0 &- special) != 0
    }
}
