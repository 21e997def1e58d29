/// An expression as the English surface writes it (`kind == "regular" and present >= 8`), in the
/// Vietnamese surface's words (`loại == "thường kỳ" và có_mặt >= 8`): for the Vietnamese text of a
/// message, which names fields, types and values in Vietnamese (the log's own names stay in JSON).
extension Surface {
    private static let expressionWords: Set<String> = ["and", "or", "not", "in", "of", "has", "where", "count", "exists",
                                                        "over", "true", "false", "sum", "min", "max", "average"]
    private static let units: [String: String] = [
        "minute": "phút", "minutes": "phút", "hour": "giờ", "hours": "giờ", "day": "ngày", "days": "ngày",
        "week": "tuần", "weeks": "tuần", "month": "tháng", "months": "tháng", "year": "năm", "years": "năm",
    ]

    public static func vietnamese(expression text: String) -> String {
        // By Unicode scalars, not Characters: a report calls this for every finding, and breaking
        // text into grapheme clusters cost more than the rest of the finding's sentence.
        let chars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var i = 0
        var afterNumber = false
        func string(_ r: Range<Int>) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: chars[r])
            return String(s)
        }
        func word(at k: Int) -> (String, Int) {
            var j = k
            while j < chars.count, isWord(chars[j]) { j += 1 }
            return (string(k..<j), j)
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { j += chars[j] == "\\" ? 2 : 1 }
                let inner = string((i + 1)..<min(j, chars.count))
                out += "\"" + (SurfacePhrases.valueToVietnamese[inner] ?? inner) + (j < chars.count ? "\"" : "")
                i = j + 1
                afterNumber = false
            } else if isLetter(c) || c == "_" {
                let (w, j) = word(at: i)
                i = j
                if afterNumber, w == "working", i + 1 < chars.count, chars[i] == " " {
                    let (next, k) = word(at: i + 1)
                    if next == "day" || next == "days" { out += "ngày làm việc"; i = k; afterNumber = false; continue }
                }
                if afterNumber, let unit = units[w] { out += unit }
                else if w == "it" { out += "nó" }
                else if Surface.expressionWords.contains(w) { out += SurfacePhrases.keywordToVietnamese[w] ?? w }
                else { out += SurfacePhrases.nameToVietnamese[w] ?? w }
                afterNumber = false
            } else {
                out.unicodeScalars.append(c)
                if isNumber(c) { afterNumber = true } else if c != " " { afterNumber = false }
                i += 1
            }
        }
        return out
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") : c.properties.isAlphabetic
    }

    private static func isNumber(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c >= "0" && c <= "9" : c.properties.numericType != nil
    }

    /// Inside a word: letters, digits, `_`, and the combining marks of a decomposed Vietnamese letter.
    private static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isLetter(c) || isNumber(c) || c == "_" }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return isLetter(c) || isNumber(c)
        }
    }
}
