/// Why a literal that looks like a number is not one the tool reads exactly, in the same words for
/// an event log and a rules file.
enum NumberProblem {
    /// What is wrong with a literal that looks like a number but is not one the tool reads exactly;
    /// nil when it does not look like a number at all.
    static func problem(_ s: String, integer: Bool = false) -> Localized? {
        let scalars = Array(s.unicodeScalars)
        let ascii = { (c: Unicode.Scalar) in ("0"..."9").contains(c) }
        guard scalars.contains(where: { $0.properties.numericType != nil }) else { return nil }
        if let c = scalars.first(where: { $0.properties.numericType != nil && !ascii($0) }) {
            let code = String(format: "U+%04X", c.value)
            return Localized(vi: "'\(s)': \(code) không phải chữ số 0–9", en: "'\(s)': \(code) is not a decimal digit 0–9")
        }
        let body = scalars.drop { $0 == "-" || $0 == "+" }
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }), e > body.startIndex,
           body[..<e].allSatisfy({ ascii($0) || $0 == "." }), body[body.index(after: e)...].allSatisfy({ ascii($0) || $0 == "-" || $0 == "+" }) {
            return Localized(vi: "số '\(s)' viết dạng mũ; hãy viết đủ các chữ số", en: "number '\(s)' uses an exponent, which is not supported: write it out in full")
        }
        if body.filter({ $0 == "," }).count == 1, body.allSatisfy({ ascii($0) || $0 == "," }) {
            let point = s.replacingOccurrences(of: ",", with: "."), none = s.replacingOccurrences(of: ",", with: "")
            // `1,500` is 1.5 in a Vietnamese spreadsheet and 1500 in an English one: only the writer knows.
            if body.split(separator: ",").last?.count == 3 {
                return Localized(vi: "số '\(s)' có dấu phẩy: viết \(point) nếu là số thập phân, \(none) nếu là hàng nghìn",
                                 en: "number '\(s)' has a comma: write \(point) for a decimal, \(none) for thousands")
            }
            if integer {
                return Localized(vi: "cần một số nguyên, có '\(s)' (dấu phẩy thập phân)", en: "must be an integer, found '\(s)' (a decimal comma)")
            }
            return Localized(vi: "số '\(s)' dùng dấu phẩy thập phân; hãy viết dấu chấm (\(point))",
                             en: "number '\(s)' uses a decimal comma; write a point (\(point))")
        }
        guard body.allSatisfy({ ascii($0) || $0 == "." }), body.filter({ $0 == "." }).count <= 1 else { return nil }
        let fraction = body.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first.map { Array($0.reversed().drop { $0 == "0" }) } ?? []
        if integer && !fraction.isEmpty {
            return Localized(vi: "cần một số nguyên, có '\(s)'", en: "must be an integer, found '\(s)'")
        }
        if fraction.count > 18 {
            return Localized(vi: "số '\(s)' có \(fraction.count) chữ số thập phân; tối đa 18 để tính chính xác",
                             en: "number '\(s)' has \(fraction.count) decimal places; at most 18 are read exactly")
        }
        return Localized(vi: "số '\(s)' quá lớn để tính chính xác (tối đa 9223372036854775807)",
                         en: "number '\(s)' is too large for exact arithmetic (at most 9223372036854775807)")
    }
}
