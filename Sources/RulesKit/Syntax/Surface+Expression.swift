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
        let chars = Array(text)
        var out = ""
        var i = 0
        var afterNumber = false
        func word(at k: Int) -> (String, Int) {
            var j = k
            while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
            return (String(chars[k..<j]), j)
        }
        while i < chars.count {
            let c = chars[i]
            if c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != "\"" { j += chars[j] == "\\" ? 2 : 1 }
                let inner = String(chars[(i + 1)..<min(j, chars.count)])
                out += "\"" + (SurfacePhrases.valueToVietnamese[inner] ?? inner) + (j < chars.count ? "\"" : "")
                i = j + 1
                afterNumber = false
            } else if c.isLetter || c == "_" {
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
                out.append(c)
                if c.isNumber { afterNumber = true } else if c != " " { afterNumber = false }
                i += 1
            }
        }
        return out
    }
}
