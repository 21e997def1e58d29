/// What a finding says, in Vietnamese and English.
enum EvaluationMessages {
    static let conditionKept = Localized(vi: "đạt", en: "kept")
    static func conditionBroken(_ rule: String) -> Localized {
        Localized(vi: "không đạt yêu cầu của quy tắc '\(rule)'", en: "does not meet rule '\(rule)'")
    }
    static func undetermined(_ rule: String) -> Localized {
        Localized(vi: "không xác định được: bản ghi thiếu dữ liệu mà quy tắc '\(rule)' cần",
                  en: "cannot decide: the record lacks data that rule '\(rule)' needs")
    }
    static func excused(_ reason: String) -> Localized {
        Localized(vi: "trường hợp đặc biệt: \(reason)", en: "special case: \(reason)")
    }
    static func countShort(_ bound: CountBound, _ need: Int64, _ type: String, _ found: Int, _ period: String) -> Localized {
        switch bound {
        case .atLeast:
            Localized(vi: "kỳ \(period): cần ít nhất \(need) \(type), chỉ có \(found)",
                      en: "\(period): at least \(need) \(type) required, found \(found)")
        case .atMost:
            Localized(vi: "kỳ \(period): tối đa \(need) \(type), nhưng có \(found)",
                      en: "\(period): at most \(need) \(type) allowed, found \(found)")
        case .exactly:
            Localized(vi: "kỳ \(period): cần đúng \(need) \(type), có \(found)",
                      en: "\(period): exactly \(need) \(type) required, found \(found)")
        }
    }
    static func countKept(_ type: String, _ found: Int, _ period: String) -> Localized {
        Localized(vi: "kỳ \(period): \(found) \(type)", en: "\(period): \(found) \(type)")
    }
    static func pendingPeriod(_ period: String, _ end: Day) -> Localized {
        Localized(vi: "kỳ \(period) chưa kết thúc (đến \(end))", en: "\(period) is not over yet (ends \(end))")
    }
    static func gapTooLong(_ from: Day, _ to: Day, _ max: Localized) -> Localized {
        Localized(vi: "khoảng cách từ \(from) đến \(to) dài hơn \(max.vi)", en: "gap from \(from) to \(to) is longer than \(max.en)")
    }
    static func missingRelated(_ type: String, _ id: String, _ limit: Localized) -> Localized {
        Localized(vi: "không có \(type) nào cho \(id) \(limit.vi)", en: "no \(type) for \(id) \(limit.en)")
    }
    static func lateRelated(_ type: String, _ other: String, _ date: Day, _ limit: Localized) -> Localized {
        Localized(vi: "\(type) \(other) ngày \(date) không đáp ứng thời hạn: \(limit.vi)",
                  en: "\(type) \(other) of \(date) misses the deadline: \(limit.en)")
    }
    static func pendingResponse(_ type: String, _ until: Day) -> Localized {
        Localized(vi: "chưa có \(type); còn hạn đến \(until)", en: "no \(type) yet; due by \(until)")
    }
    static func adoptedWithoutMajority(_ why: String) -> Localized {
        Localized(vi: "ghi là đã thông qua nhưng không đủ ngưỡng: \(why)", en: "recorded as adopted without the required majority: \(why)")
    }
    static let rejectedDespiteMajority = Localized(vi: "ghi là không thông qua dù đã đủ ngưỡng",
                                                   en: "recorded as not adopted although the votes meet the threshold")
    static let decisionConsistent = Localized(vi: "kết quả ghi nhận khớp với số phiếu", en: "recorded outcome matches the votes")
    static func targetResult(_ met: Int, _ total: Int, _ kind: String, _ rule: String, _ target: String, _ ok: Bool) -> Localized {
        Localized(vi: "\(met)/\(total) \(kind) đạt '\(rule)' (chỉ tiêu \(target)): \(ok ? "đạt" : "không đạt")",
                  en: "\(met) of \(total) \(kind) kept '\(rule)' (target \(target)): \(ok ? "met" : "not met")")
    }
}
