/// Hand-written recursive-descent parser for one JSON Lines line.
///
/// Works directly on the line's bytes in the reader's buffer; the only allocations are
/// the resulting arrays and Strings. One scanner lives for the whole file so its
/// scratch buffers are reused. Recursion is bounded by `maxDepth`, so hostile input such
/// as 10,000 `[` gives `nestingTooDeep` instead of a stack overflow.
struct JSONLineScanner {
    enum Outcome {
        case blank
        case record([RawField])
        case failure(column: Int, code: RawReadError.Code, detail: String)
    }

    let maxDepth: Int
    /// The line being parsed; only valid during `scan(_:)`.
    var line = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var pos = 0
    /// While false every byte before `pos` is ASCII, so a column is just offset + 1.
    var sawNonASCII = false
    var columns = ColumnCounter()
    /// Decoded bytes of the last string that contained escapes.
    var scratch: [UInt8] = []
    /// Where the last string's decoded bytes are: `scratch` if escaped, else the line.
    var lastStringEscaped = false
    var lastStringRange = 0..<0
    /// Records in one file tend to have the same shape; reserving last record's field
    /// count avoids regrowing the fields array.
    var fieldCountHint = 8

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        line = bytes
        pos = 0
        sawNonASCII = false
        columns = ColumnCounter()
        skipWhitespace()
        if pos == line.count { return .blank }
        do throws(JSONLineFailure) {
            let fields = try parseRecord()
            fieldCountHint = fields.count
            return .record(fields)
        } catch {
            return .failure(column: column(at: error.offset), code: error.code, detail: error.detail)
        }
    }

    /// The record must be an object; other values are still parsed to the end so that a
    /// malformed `[1,` reports its syntax error rather than a misleading "not an object".
    private mutating func parseRecord() throws(JSONLineFailure) -> [RawField] {
        let start = pos
        if line[pos] == RawByte.openBrace {
            let fields = try parseObject(depth: 1)
            try expectEndOfLine()
            return fields
        }
        let value = try parseValue(depth: 0)
        try expectEndOfLine()
        throw JSONLineFailure(.notAnObject, at: start, Self.kind(of: value))
    }

    private mutating func expectEndOfLine() throws(JSONLineFailure) {
        skipWhitespace()
        guard pos < line.count else { return }
        let failure = unexpected(at: pos)
        if failure.code == .notJSON { throw JSONLineFailure(.trailingData, at: pos, failure.detail) }
        throw failure
    }

    mutating func parseValue(depth: Int) throws(JSONLineFailure) -> RawValue {
        guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
        switch line[pos] {
        case RawByte.quote: return .string(try parseString())
        case RawByte.openBrace: return .object(try parseObject(depth: depth + 1))
        case RawByte.openBracket: return .array(try parseArray(depth: depth + 1))
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case RawByte.minus, RawByte.zero...RawByte.nine: return .number(try parseNumber())
        default: throw unexpected(at: pos)
        }
    }

    static let keysBeforeHashing = 32

    private mutating func parseObject(depth: Int) throws(JSONLineFailure) -> [RawField] {
        if depth > maxDepth { throw JSONLineFailure(.nestingTooDeep, at: pos, String(maxDepth)) }
        pos += 1
        skipWhitespace()
        var fields: [RawField] = []
        guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
        if line[pos] == RawByte.closeBrace {
            pos += 1
            return fields
        }
        fields.reserveCapacity(depth == 1 ? fieldCountHint : 4)
        var seenKeys = JSONObjectKeyFilter()
        // Past a few dozen keys the filter is saturated and every key would be compared with every
        // earlier one: a hash set keeps a record with 200,000 keys linear.
        var manyKeys: Set<String>?
        while true {
            guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
            guard line[pos] == RawByte.quote else { throw unexpected(at: pos) }
            let keyOffset = pos
            let key = try parseString()
            if fields.count == Self.keysBeforeHashing { manyKeys = Set(fields.map(\.key)) }
            if manyKeys != nil {
                if !manyKeys!.insert(key).inserted { throw JSONLineFailure(.duplicateKey, at: keyOffset, key) }
            } else if seenKeys.insertMayCollide(lastStringFingerprint()) && fields.contains(where: { $0.key == key }) {
                throw JSONLineFailure(.duplicateKey, at: keyOffset, key)
            }
            let keyColumn = column(at: keyOffset)
            skipWhitespace()
            guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
            guard line[pos] == RawByte.colon else { throw unexpected(at: pos) }
            pos += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            fields.append(RawField(key: key, value: value, column: keyColumn))
            skipWhitespace()
            guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
            let next = line[pos]
            pos += 1
            if next == RawByte.comma {
                skipWhitespace()
                continue
            }
            if next == RawByte.closeBrace { return fields }
            pos -= 1
            throw unexpected(at: pos)
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONLineFailure) -> [RawValue] {
        if depth > maxDepth { throw JSONLineFailure(.nestingTooDeep, at: pos, String(maxDepth)) }
        pos += 1
        skipWhitespace()
        var items: [RawValue] = []
        guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
        if line[pos] == RawByte.closeBracket {
            pos += 1
            return items
        }
        while true {
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard pos < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos) }
            let next = line[pos]
            if next == RawByte.comma {
                pos += 1
                skipWhitespace()
                continue
            }
            if next == RawByte.closeBracket {
                pos += 1
                return items
            }
            throw unexpected(at: pos)
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONLineFailure) {
        let count = word.utf8CodeUnitCount
        let bytes = word.utf8Start
        for k in 0..<count {
            guard pos + k < line.count else { throw JSONLineFailure(.unexpectedEnd, at: pos + k) }
            guard line[pos + k] == bytes[k] else { throw unexpected(at: pos + k) }
        }
        pos += count
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < line.count {
            let b = line[pos]
            guard b == RawByte.space || b == RawByte.tab || b == RawByte.carriageReturn || b == RawByte.lineFeed else { return }
            pos += 1
        }
    }

    /// The error for a byte that cannot start or continue anything here, classified so
    /// that NUL bytes and broken UTF-8 get their own codes instead of "not JSON".
    func unexpected(at offset: Int) -> JSONLineFailure {
        guard offset < line.count else { return JSONLineFailure(.unexpectedEnd, at: offset) }
        let b = line[offset]
        if b == 0 { return JSONLineFailure(.nulByte, at: offset) }
        if b < 0x80 { return JSONLineFailure(.notJSON, at: offset, RawByte.describe(scalar: UInt32(b))) }
        let sequence = UTF8Check.sequence(in: line, at: offset)
        guard sequence.valid else {
            return JSONLineFailure(.invalidUTF8, at: offset, RawByte.hex(line[offset..<offset + sequence.length]))
        }
        return JSONLineFailure(.notJSON, at: offset, RawByte.describe(scalar: sequence.scalar))
    }

    mutating func column(at offset: Int) -> Int {
        sawNonASCII ? columns.column(at: offset, in: line) : offset + 1
    }

    private static func kind(of value: RawValue) -> String {
        switch value {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
