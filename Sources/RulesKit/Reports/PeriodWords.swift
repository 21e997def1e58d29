/// A period's label (`2024-Q3`) as a Vietnamese sentence says it (`quý III/2024`): the label stays
/// the data; the words are for the supervisor who reads the message.
enum PeriodWords {
    static func vietnamese(_ label: String) -> String {
        let parts = label.split(separator: "-", maxSplits: 1).map(String.init)
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else {
            return label == "term" ? "nhiệm kỳ" : "kỳ \(label)"
        }
        guard parts.count == 2 else { return "năm \(year)" }
        let rest = parts[1]
        if rest.hasPrefix("Q"), let q = Int(rest.dropFirst()), (1...4).contains(q) {
            return "quý \(["I", "II", "III", "IV"][q - 1])/\(year)"
        }
        if rest == "H1" { return "6 tháng đầu năm \(year)" }
        if rest == "H2" { return "6 tháng cuối năm \(year)" }
        if rest.hasPrefix("W"), let w = Int(rest.dropFirst()) { return "tuần \(w)/\(year)" }
        if let m = Int(rest), (1...12).contains(m) { return "tháng \(m)/\(year)" }
        return "kỳ \(label)"
    }
}
