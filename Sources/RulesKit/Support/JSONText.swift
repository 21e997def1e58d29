/// Minimal JSON writing: enough for diagnostics and findings, with exact escaping.
public enum JSONText {
    public static func string(_ s: String) -> String {
        // Most texts need no escape: copied whole, not scalar by scalar.
        guard needsEscape(s) else { return "\"" + s + "\"" }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        append(string: s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 })
    }

    /// `s` as a JSON string, added to `out`.
    private static func append(string s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard needsEscape(s) else {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), b]
            case UInt8(ascii: "\\"): out += [b, b]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 15)]]
            // Bytes of other characters, UTF-8 as they came: no byte of a multi-byte character is below 0x80.
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// An object from ordered key/raw-JSON pairs; nil values are left out.
    public static func object(_ pairs: [(String, String?)]) -> String { members(pairs, braces: true) }

    /// An object's members without its braces, for a document written in pieces.
    public static func members(_ pairs: [(String, String?)]) -> String { members(pairs, braces: false) }

    public static func array(_ items: [String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 1 })
        out.append(UInt8(ascii: "["))
        for (k, item) in items.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: item.utf8)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Written into one buffer sized once: a report writes an object or more per finding, and
    /// joining pieces kept the allocator busier than the writing.
    private static func members(_ pairs: [(String, String?)], braces: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pairs.reduce(2) { $0 + ($1.1.map { $0.utf8.count } ?? 0) + $1.0.utf8.count + 4 })
        if braces { out.append(UInt8(ascii: "{")) }
        var first = true
        for (key, value) in pairs {
            guard let value else { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            append(string: key, to: &out)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: value.utf8)
        }
        if braces { out.append(UInt8(ascii: "}")) }
        return String(decoding: out, as: UTF8.self)
    }
}
