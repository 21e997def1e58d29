extension JSONLineScanner {
    /// Parses the number at `pos` and returns its literal text unchanged.
    ///
    /// Validating here (RFC 8259 grammar) means downstream code can convert the literal
    /// without re-checking; keeping the text means no precision is lost.
    mutating func parseNumber() throws(JSONLineFailure) -> String {
        let start = pos
        var i = pos
        let count = line.count
        if line[i] == RawByte.minus { i += 1 }
        guard i < count else { throw invalidNumber(from: start) }
        if line[i] == RawByte.zero {
            i += 1
        } else if line[i] >= RawByte.one && line[i] <= RawByte.nine {
            i = digits(from: i)
        } else {
            throw invalidNumber(from: start)
        }
        if i < count && line[i] == RawByte.dot {
            let fraction = digits(from: i + 1)
            guard fraction > i + 1 else { throw invalidNumber(from: start) }
            i = fraction
        }
        if i < count && (line[i] == RawByte.lowerE || line[i] == RawByte.upperE) {
            var exponent = i + 1
            if exponent < count && (line[exponent] == RawByte.plus || line[exponent] == RawByte.minus) { exponent += 1 }
            let end = digits(from: exponent)
            guard end > exponent else { throw invalidNumber(from: start) }
            i = end
        }
        // "012", "1.2.3", "1x": the grammar matched a prefix, but the token goes on.
        if i < count && Self.isNumberish(line[i]) { throw invalidNumber(from: start) }
        pos = i
        return String(decoding: UnsafeBufferPointer(rebasing: line[start..<i]), as: UTF8.self)
    }

    @inline(__always)
    private func digits(from start: Int) -> Int {
        var i = start
        while i < line.count && line[i] >= RawByte.zero && line[i] <= RawByte.nine { i += 1 }
        return i
    }

    private static func isNumberish(_ b: UInt8) -> Bool {
        (b >= RawByte.zero && b <= RawByte.nine) || b == RawByte.dot || b == RawByte.plus || b == RawByte.minus
            || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    /// Detail is the whole would-be number token so the user sees what was written.
    private func invalidNumber(from start: Int) -> JSONLineFailure {
        var end = start + 1
        while end < line.count && Self.isNumberish(line[end]) { end += 1 }
        return JSONLineFailure(.invalidNumber, at: start, String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self))
    }
}
