/// Minimal JSON writing: enough for diagnostics and findings, with exact escaping.
public enum JSONText {
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
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
