/// What a finding says, in Vietnamese and English.
enum EvaluationMessages {
    static let conditionKept = Localized(vi: "đạt", en: "kept")
    /// What was required and what was found, in the rule's own words: `present 7 < 2/3 × 11 = 22/3`.
    static func conditionBroken(_ rule: String, _ label: String?, _ found: String, needed: Int64? = nil) -> Localized {
        let name = label.map { "'\($0)' (\(rule))" } ?? "'\(rule)'"
        return Localized(vi: "không đạt yêu cầu \(name): \(found)", en: "does not meet \(name): \(found)") + neededText(needed)
    }
    static func lacks(_ field: String, _ rule: String) -> Localized {
        Localized(vi: "không xác định được: bản ghi không có '\(field)', trường mà quy tắc '\(rule)' cần",
                  en: "cannot decide: the record has no '\(field)', which rule '\(rule)' needs")
    }
    static func undetermined(_ rule: String) -> Localized {
        Localized(vi: "không xác định được: bản ghi thiếu dữ liệu mà quy tắc '\(rule)' cần",
                  en: "cannot decide: the record lacks data that rule '\(rule)' needs")
    }
    static func notComputable(_ rule: String) -> Localized {
        Localized(vi: "không xác định được: một giá trị của quy tắc '\(rule)' không tính chính xác được (số vượt quá 64 bit, hoặc ngày ngoài các năm 1–9999)",
                  en: "cannot decide: a value of rule '\(rule)' is too large to compute exactly (a number past 64 bits, or a date outside years 1–9999)")
    }
    static func deadlineOutsideCalendar(_ amount: Localized, after: Bool, _ day: Day) -> Localized {
        after ? Localized(vi: "không xác định được: \(amount.vi) sau ngày \(day) nằm ngoài các năm 1–9999 mà lịch có",
                          en: "cannot decide: \(amount.en) after \(day) is outside years 1–9999, the calendar's range")
              : Localized(vi: "không xác định được: \(amount.vi) trước ngày \(day) nằm ngoài các năm 1–9999 mà lịch có",
                          en: "cannot decide: \(amount.en) before \(day) is outside years 1–9999, the calendar's range")
    }
    static func exceedsBodySize(_ problem: Localized, _ members: Int64, _ day: Day) -> Localized {
        Localized(vi: "không đánh giá được: bản ghi không thể đúng với \(members) thành viên tại ngày \(day) (theo bản ghi membership hoặc tệp quy chế): \(problem.vi)",
                  en: "cannot judge: the record cannot be true of the \(members) members in force on \(day) (from a membership record or the rules file): \(problem.en)")
    }
    static func rejectedInPeriod(_ label: String, _ type: String, _ n: Int, _ source: EventSource) -> Localized {
        Localized(vi: "kỳ \(label): có \(n) \(VocabularyLabels.noun(type)), nhưng bản ghi bị loại ở \(source.file):\(source.line) có thể là một \(VocabularyLabels.noun(type)) của kỳ này",
                  en: "\(label): \(n) \(type) found, but the record rejected at \(source.file):\(source.line) may be a \(type) of this period")
    }
    static func rejectedReason(_ source: EventSource) -> Localized {
        Localized(vi: "bản ghi bị loại ở \(source.file):\(source.line) có thể làm thay đổi kết luận",
                  en: "the record rejected at \(source.file):\(source.line) could change the verdict")
    }
    static func excused(_ reason: String) -> Localized {
        Localized(vi: "trường hợp đặc biệt: \(reason)", en: "special case: \(reason)")
    }
    /// `filter`: the rule's `where`, shown so that "found 0" is not read as "none held"; `ofType`:
    /// events of the type in the period whatever the filter, when that says more (a near miss).
    static func countShort(_ bound: CountBound, _ need: Int64, _ type: String, _ found: Int, _ period: String,
                           filter: String? = nil, ofType: Int? = nil, late: (id: String, date: Day, due: Day)? = nil) -> Localized {
        let what = Localized(vi: VocabularyLabels.noun(type) + (filter.map { " có \($0)" } ?? ""),
                             en: type + (filter.map { " where \($0)" } ?? ""))
        var m = switch bound {
        case .atLeast:
            Localized(vi: "kỳ \(period): cần ít nhất \(need) \(what.vi), chỉ có \(found)",
                      en: "\(period): at least \(need) \(what.en) required, found \(found)")
        case .atMost:
            Localized(vi: "kỳ \(period): tối đa \(need) \(what.vi), nhưng có \(found)",
                      en: "\(period): at most \(need) \(what.en) allowed, found \(found)")
        case .exactly:
            Localized(vi: "kỳ \(period): cần đúng \(need) \(what.vi), có \(found)",
                      en: "\(period): exactly \(need) \(what.en) required, found \(found)")
        }
        if let late {
            let days = Int(late.date.ordinal - late.due.ordinal)
            m = m + Localized(vi: " (\(VocabularyLabels.noun(type)) \(late.id) ngày \(late.date) muộn \(days) ngày so với hạn \(late.due))",
                              en: " (\(type) \(late.id) of \(late.date) is \(days) day(s) after the deadline \(late.due))")
        }
        if let all = ofType, all != found {
            m = m + Localized(vi: " (kỳ có \(all) \(VocabularyLabels.noun(type)), \(found) khớp điều kiện)",
                              en: " (\(all) \(type) event(s) in the period, \(found) matching)")
        }
        return m
    }
    static func countKept(_ type: String, _ found: Int, _ period: String) -> Localized {
        Localized(vi: "kỳ \(period): \(found) \(VocabularyLabels.noun(type))", en: "\(period): \(found) \(type)")
    }
    static func pendingPeriod(_ period: String, _ end: Day) -> Localized {
        Localized(vi: "kỳ \(period) chưa kết thúc (đến \(end))", en: "\(period) is not over yet (ends \(end))")
    }
    static func gapTooLong(_ from: Day, _ to: Day, _ max: Localized) -> Localized {
        Localized(vi: "khoảng cách từ \(from) đến \(to) dài hơn \(max.vi)", en: "gap from \(from) to \(to) is longer than \(max.en)")
    }
    static func missingRelated(_ type: String, _ id: String, _ limit: Localized) -> Localized {
        Localized(vi: "không có \(VocabularyLabels.noun(type)) nào cho \(id) \(limit.vi)", en: "no \(type) for \(id) \(limit.en)")
    }
    static func lateRelated(_ type: String, _ other: String, _ date: Day, _ limit: Localized) -> Localized {
        Localized(vi: "\(VocabularyLabels.noun(type)) \(other) ngày \(date) không đáp ứng thời hạn: \(limit.vi)",
                  en: "\(type) \(other) of \(date) misses the deadline: \(limit.en)")
    }
    static func pendingResponse(_ type: String, _ until: Day) -> Localized {
        Localized(vi: "chưa có \(VocabularyLabels.noun(type)); còn hạn đến \(until)", en: "no \(type) yet; due by \(until)")
    }
    static func adoptedWithoutMajority(_ why: String, needed: Int64? = nil) -> Localized {
        Localized(vi: "ghi là đã thông qua nhưng không đủ ngưỡng: \(why)", en: "recorded as adopted without the required majority: \(why)")
            + neededText(needed)
    }

    /// ` — at least 8 needed`: the threshold as the whole number a body of that size must reach.
    static func neededText(_ needed: Int64?) -> Localized {
        needed.map { Localized(vi: " — cần ít nhất \($0)", en: " — at least \($0) needed") } ?? .same("")
    }
    static let rejectedDespiteMajority = Localized(vi: "ghi là không thông qua dù đã đủ ngưỡng",
                                                   en: "recorded as not adopted although the votes meet the threshold")
    static let decisionConsistent = Localized(vi: "kết quả ghi nhận khớp với số phiếu", en: "recorded outcome matches the votes")
    static func targetResult(_ met: Int, _ total: Int, _ kind: String, _ rule: String, _ target: String, _ ok: Bool) -> Localized {
        Localized(vi: "\(met)/\(total) \(kind) đạt '\(rule)' (chỉ tiêu \(target)): \(ok ? "đạt" : "không đạt")",
                  en: "\(met) of \(total) \(kind) kept '\(rule)' (target \(target)): \(ok ? "met" : "not met")")
    }
}

extension EvaluationMessages {
    /// Why a period is only partly in force: the end or ends of the rule's time in force inside it.
    static func partialReason(_ span: PeriodSpan, _ coverage: RuleCoverage) -> Localized {
        var parts: [Localized] = []
        if coverage.range.lowerBound > span.naturalStart { parts.append(bound(coverage.start, coverage.range.lowerBound, start: true)) }
        if coverage.range.upperBound < span.naturalEnd { parts.append(bound(coverage.end, coverage.range.upperBound, start: false)) }
        return Localized(vi: parts.map(\.vi).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }

    /// One end of a rule's time in force, in words.
    static func bound(_ b: RuleCoverage.Bound, _ day: Day, start: Bool) -> Localized {
        switch b {
        case .window(let w):
            switch (w, start) {
            case (.option, true): Localized(vi: "khoảng đánh giá bắt đầu ngày \(day) (--from)", en: "the window starts on \(day) (--from)")
            case (.option, false): Localized(vi: "khoảng đánh giá kết thúc ngày \(day) (--to)", en: "the window ends on \(day) (--to)")
            case (.events, true): Localized(vi: "khoảng đánh giá bắt đầu ngày \(day) (tháng của bản ghi đầu tiên)", en: "the window starts on \(day) (the month of the log's first record)")
            case (.events, false): Localized(vi: "khoảng đánh giá kết thúc ngày \(day) (năm cuối của nhật ký)", en: "the window ends on \(day) (the log's last year)")
            case (.asOfYear, true): Localized(vi: "khoảng đánh giá bắt đầu ngày \(day)", en: "the window starts on \(day)")
            case (.asOfYear, false): Localized(vi: "khoảng đánh giá kết thúc ngày \(day)", en: "the window ends on \(day)")
            case (.effective, _): Localized(vi: "quy chế có hiệu lực từ ngày \(day)", en: "the regulation takes effect on \(day)")
            case (.termStart, _): Localized(vi: "nhiệm kỳ bắt đầu ngày \(day)", en: "the term starts on \(day)")
            case (.termEnd, _): Localized(vi: "nhiệm kỳ kết thúc ngày \(day)", en: "the term ends on \(day)")
            }
        case .added(let code, let on): Localized(vi: "\(code) bổ sung quy tắc này từ ngày \(on)", en: "\(code) adds this rule from \(on)")
        case .changed(let code, let on): Localized(vi: "\(code) sửa đổi quy tắc này từ ngày \(on)", en: "\(code) changes this rule from \(on)")
        case .repealed(let code, let on): Localized(vi: "\(code) bãi bỏ quy tắc này từ ngày \(on)", en: "\(code) repeals this rule from \(on)")
        }
    }

    static func partialPeriod(_ span: PeriodSpan, _ first: Day, _ last: Day, _ coverage: RuleCoverage, _ bound: CountBound,
                              _ count: Int64, _ type: String, _ found: Int) -> Localized {
        let why = partialReason(span, coverage)
        let need: Localized = switch bound {
        case .atLeast: Localized(vi: "ít nhất \(count)", en: "at least \(count)")
        case .atMost: Localized(vi: "tối đa \(count)", en: "at most \(count)")
        case .exactly: Localized(vi: "đúng \(count)", en: "exactly \(count)")
        }
        return Localized(
            vi: "kỳ \(span.label) (\(span.naturalStart) – \(span.naturalEnd)) chỉ có một phần được đánh giá: \(why.vi); từ \(first) đến \(last) có \(found) \(VocabularyLabels.noun(type)), cả kỳ cần \(need.vi) — không đánh giá (quy tắc có thể ghi 'prorated' để tính theo tỷ lệ số ngày)",
            en: "period \(span.label) (\(span.naturalStart) – \(span.naturalEnd)) is only partly judged: \(why.en); \(found) \(type) from \(first) to \(last), \(need.en) needed in the whole period — not judged (a rule may say 'prorated' to scale the count by days in force)")
    }
}

extension EvaluationMessages {
    static func pendingNext(_ type: String, _ after: Day, _ asOf: Day) -> Localized {
        Localized(vi: "chưa có \(VocabularyLabels.noun(type)) nào sau ngày \(after) (tính đến \(asOf)): chờ \(VocabularyLabels.noun(type)) kế tiếp",
                  en: "no \(type) after \(after) yet (as of \(asOf)): due at the next \(type)")
    }
}

extension EvaluationMessages {
    static func targetUndecided(_ met: Int, _ undecided: Int, _ total: Int, _ kind: String, _ rule: String, _ target: String) -> Localized {
        Localized(vi: "\(met)/\(total) \(kind) đạt '\(rule)'; \(undecided) không được đánh giá trọn kỳ: chưa kết luận được chỉ tiêu \(target)",
                  en: "\(met) of \(total) \(kind) kept '\(rule)'; \(undecided) not judged over the whole period: the target of \(target) cannot be decided")
    }
}

extension EvaluationMessages {
    static func pendingUnbounded(_ type: String) -> Localized {
        Localized(vi: "chưa có \(VocabularyLabels.noun(type)); 'after' không đặt thời hạn nên không thể kết luận là muộn",
                  en: "no \(type) yet; 'after' sets no time limit, so it can never be late")
    }
}

extension EvaluationMessages {
    static func sameDayNext(_ type: String, _ day: Day) -> Localized {
        Localized(vi: "có \(VocabularyLabels.noun(type)) cùng ngày \(day): nhật ký ghi theo ngày nên không biết \(VocabularyLabels.noun(type)) đó diễn ra trước hay sau, không xác định được \(VocabularyLabels.noun(type)) kế tiếp",
                  en: "a \(type) on the same day, \(day): the log's days cannot tell whether it came before or after, so the next \(type) is undetermined")
    }
}
