/// What every report says about the days judged: the window, why its ends are where they are,
/// and the evaluation date with where it comes from.
public enum WindowText {
    /// "from A to B, as of C" — the words around it are each report's own.
    public static func span(from: Day, to: Day, asOf: Day) -> Localized {
        Localized(vi: "từ \(from) đến \(to), tính đến ngày \(asOf)", en: "from \(from) to \(to), as of \(asOf)")
    }

    /// Sentences that explain the window and the evaluation date, empty when there is nothing to
    /// explain (a window asked for and an evaluation date given).
    public static func notes(window: EvaluationWindow?, problem: EvaluationWindow.Problem?, asOf: Day, basis: AsOfBasis,
                             population: Population?) -> [Localized] {
        var out: [Localized] = []
        if let population { out.append(Self.population(population)) }
        if let problem { out.append(Self.problem(problem)) }
        if let w = window, w.clamped {
            var cuts: [Localized] = []
            // The same words a period not judged uses for the same boundary.
            if w.range.lowerBound != w.requested.lowerBound {
                cuts.append(FindingText.both.bound(.window(w.start), w.range.lowerBound, start: true))
            }
            if w.range.upperBound != w.requested.upperBound {
                cuts.append(FindingText.both.bound(.window(w.end), w.range.upperBound, start: false))
            }
            out.append(Localized(
                vi: "Khoảng được yêu cầu (\(w.requested.lowerBound) – \(w.requested.upperBound)) được thu lại trong thời gian áp dụng quy chế: \(cuts.map(\.vi).joined(separator: "; ")).",
                en: "The window asked for (\(w.requested.lowerBound) – \(w.requested.upperBound)) was cut to the regulation's time in force: \(cuts.map(\.en).joined(separator: "; "))."))
        }
        if let w = window, w.start == .events, w.range.lowerBound.month != 1 {
            out.append(Localized(
                vi: "Khoảng đánh giá bắt đầu từ tháng của bản ghi đầu tiên (\(w.range.lowerBound)): không biết gì trước đó. Dùng --from nếu nhật ký đầy đủ từ một ngày sớm hơn.",
                en: "The window starts with the month of the log's first record (\(w.range.lowerBound)): nothing before it is known. Give --from if the log is complete from an earlier day."))
        }
        switch basis {
        case .today:
            out.append(Localized(vi: "Tính đến hôm nay (\(asOf)): các sự kiện ghi ngày sau đó chưa được biết. Dùng --as-of để đánh giá tại một ngày khác.",
                                 en: "As of today (\(asOf)): events dated later are not yet known. Give --as-of to judge as of another day."))
        case .logEnd:
            out.append(Localized(
                vi: "Tính đến ngày của bản ghi cuối cùng trong nhật ký (\(asOf)): không biết gì sau ngày đó; các kỳ và thời hạn chưa kết thúc là chưa đến hạn. Dùng --as-of nếu nhật ký đầy đủ đến một ngày sau.",
                en: "As of the log's last record (\(asOf)): nothing after it is known, so periods and deadlines not over by then are pending. Give --as-of if the log is complete to a later day."))
        case .given: break
        }
        return out
    }

    /// "Population: roster to-chuc.csv — chi_bo 1,117 bodies." or, with no roster, a warning that
    /// a body which sent nothing is counted nowhere.
    static func population(_ p: Population) -> Localized {
        let vi = p.kinds.map { "\($0.kind) \($0.bodies) cơ quan" }.joined(separator: ", ")
        let en = p.kinds.map { "\($0.kind) \($0.bodies) bod\($0.bodies == 1 ? "y" : "ies")" }.joined(separator: ", ")
        guard let roster = p.roster else {
            return Localized(vi: "Quần thể: các cơ quan có trong nhật ký (\(vi)); không có danh sách tổ chức (--roster), nên cơ quan không gửi bản ghi nào không được tính.",
                             en: "Population: the bodies seen in the log (\(en)); no roster (--roster) was given, so a body that sent no record is counted nowhere.")
        }
        var text = Localized(vi: "Quần thể: danh sách tổ chức \(roster) (\(vi)); cơ quan không gửi bản ghi nào vẫn được đánh giá.",
                             en: "Population: the roster \(roster) (\(en)); a body that sent no record is judged too.")
        if !p.undeclared.isEmpty {
            let list = p.undeclared.map { "\($0.kind) \($0.bodies)" }.joined(separator: ", ")
            text = text + Localized(vi: " Danh sách có loại tổ chức quy chế không khai báo, không quy tắc nào áp dụng cho các cơ quan đó (có viết sai tên loại?): \(list).",
                                    en: " The roster has kinds the regulation does not declare, whose bodies no rule judges (a misspelt kind?): \(list).")
        }
        return text
    }

    public static func problem(_ p: EvaluationWindow.Problem) -> Localized {
        switch p {
        case .backwards(let from, let to):
            Localized(vi: "--from (\(from)) sau --to (\(to)): không có ngày nào để đánh giá",
                      en: "--from (\(from)) is after --to (\(to)): there is no day to judge")
        case .noDays(let from, let to):
            Localized(vi: "khoảng đánh giá từ \(from) đến \(to) không có ngày nào: --from/--to và ngày của nhật ký không để lại ngày nào để đánh giá",
                      en: "the window from \(from) to \(to) has no day: --from/--to and the log's dates leave nothing to judge")
        case .outside(let requested, let inForce):
            Localized(vi: "khoảng \(requested.lowerBound) – \(requested.upperBound) nằm ngoài thời gian áp dụng quy chế (\(inForce.lowerBound) – \(inForce.upperBound)): không đánh giá gì",
                      en: "the window \(requested.lowerBound) – \(requested.upperBound) lies outside the regulation's time in force (\(inForce.lowerBound) – \(inForce.upperBound)): nothing was judged")
        }
    }
}
