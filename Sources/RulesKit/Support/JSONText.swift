/// Minimal JSON writing: enough for diagnostics and findings, with exact escaping.
public enum JSONText {
    public static func string(_ s: String) -> String {
        // Most texts need no escape: copied whole, not scalar by scalar.
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return "\"" + s + "\"" }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 8)
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
        return String(decoding: out, as: UTF8.self)
    }

    /// An object from ordered key/raw-JSON pairs; nil values are left out.
    public static func object(_ pairs: [(String, String?)]) -> String {
        "{" + members(pairs) + "}"
    }

    /// An object's members without its braces, for a document written in pieces.
    public static func members(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { k, v in v.map { string(k) + ":" + $0 } }.joined(separator: ",")
    }

    public static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}
