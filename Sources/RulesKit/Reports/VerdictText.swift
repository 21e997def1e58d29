/// The one sentence every report ends its summary with. It never says "no violations" unless
/// checks were judged, and it names what was left undecided.
public enum VerdictText {
    /// A target's result in the words of its status: a year not over is not "not met".
    public static func target(_ r: TargetResult) -> Localized {
        switch r.status {
        case .kept: Localized(vi: "đạt", en: "met")
        case .violation: Localized(vi: "không đạt", en: "not met")
        case .pending: Localized(vi: "chưa đến hạn (đến nay \(r.bodiesMeeting)/\(r.bodies))", en: "pending (so far \(r.bodiesMeeting) of \(r.bodies))")
        case .notJudged: Localized(vi: "chưa kết luận được", en: "not decided")
        default: r.status.word
        }
    }

    /// Every check of the evaluation, counted once.
    static func counts(_ e: Evaluation) -> RuleTally {
        var all = RuleTally(rule: "", body: "")
        for t in e.tallies { all.add(t) }
        return all
    }

    public static func sentence(_ e: Evaluation) -> Localized {
        if let p = e.windowProblem { return WindowText.problem(p) + .same(".") }
        let c = counts(e)
        var open: [Localized] = []
        if c.pending > 0 { open.append(Localized(vi: "\(c.pending) chưa đến hạn", en: "\(c.pending) pending")) }
        if c.notJudged > 0 { open.append(Localized(vi: "\(c.notJudged) không đánh giá", en: "\(c.notJudged) not judged")) }
        if c.warnings > 0 { open.append(Localized(vi: "\(c.warnings) cảnh báo", en: "\(c.warnings) warning(s)")) }
        if c.excused > 0 { open.append(Localized(vi: "\(c.excused) được miễn", en: "\(c.excused) excused")) }
        // A record skipped was not judged: no clean bill can be given over it.
        if e.recordsRejected > 0 {
            open.append(Localized(vi: "\(e.recordsRejected) bản ghi bị loại, không được đánh giá", en: "\(e.recordsRejected) record(s) rejected and not judged"))
        }
        let rest = open.isEmpty ? Localized.same("")
            : Localized(vi: "; " + open.map(\.vi).joined(separator: ", "), en: "; " + open.map(\.en).joined(separator: ", "))
        if c.judged == 0 {
            return Localized(vi: "Không có lần kiểm tra nào được kết luận", en: "Nothing was judged") + rest + .same(".")
        }
        if c.violated == 0 {
            // "No violations" only when nothing is left undecided: otherwise the count says what was kept.
            return open.isEmpty
                ? Localized(vi: "Không có vi phạm trong \(c.judged) lần kiểm tra đã kết luận.", en: "No violations in the \(c.judged) checks judged.")
                : Localized(vi: "Cả \(c.judged) lần kiểm tra đã kết luận đều đạt", en: "All \(c.judged) checks judged were kept") + rest + .same(".")
        }
        return Localized(vi: "\(c.violated) vi phạm trong \(c.judged) lần kiểm tra đã kết luận", en: "\(c.violated) violation(s) in the \(c.judged) checks judged")
            + marked(e) + rest + .same(".")
    }

    /// How many of the violations rest on content the source does not state, or on the encoder's
    /// reading of it: a supervisor weighs those apart ([S-illustrative], [S-reading]).
    static func marked(_ e: Evaluation) -> Localized {
        struct Wording: Hashable { let regulation: String, rule: String }
        let citations = Dictionary(e.ruleVersions.map { (Wording(regulation: $0.regulation, rule: $0.rule), $0.citation) }, uniquingKeysWith: { a, _ in a })
        var illustrative = 0, reading = 0
        for t in e.tallies where t.violated > 0 {
            guard let c = citations[Wording(regulation: t.regulation, rule: t.rule)] else { continue }
            if c.illustrative != nil { illustrative += t.violated } else if c.reading != nil { reading += t.violated }
        }
        var parts: [Localized] = []
        if illustrative > 0 { parts.append(Localized(vi: "\(illustrative) theo quy định minh họa", en: "\(illustrative) under provisions marked illustrative")) }
        if reading > 0 { parts.append(Localized(vi: "\(reading) theo cách hiểu của người mã hóa", en: "\(reading) under the encoder's readings")) }
        return parts.isEmpty ? .same("")
            : Localized(vi: " (" + parts.map(\.vi).joined(separator: ", ") + ")", en: " (" + parts.map(\.en).joined(separator: ", ") + ")")
    }

    /// Exit status: 1 when a violation was found, 0 when checks were judged and none was broken,
    /// 2 when nothing could be judged (no verdict to give).
    public static func exitStatus(_ e: Evaluation) -> Int32 {
        let c = counts(e)
        if c.violated > 0 { return 1 }
        return c.judged > 0 ? 0 : 2
    }
}

extension Evaluation {
    /// The accounting line every report prints.
    public var accounting: Localized {
        var line = Localized(
            vi: "Đã đọc \(recordsRead) bản ghi: đánh giá \(eventsEvaluated) sự kiện, loại \(recordsRejected) bản ghi lỗi, \(eventsNotJudged) sự kiện không dùng đến (cơ quan không có quy tắc nào, hoặc ghi ngày ngoài khoảng đánh giá hay sau ngày đánh giá).",
            en: "Read \(recordsRead) records: \(eventsEvaluated) events evaluated, \(recordsRejected) rejected, \(eventsNotJudged) not used (no rule for their body, or dated outside the window or after the evaluation date).")
        let refused = unresolved.count { $0.rejected != nil }
        if unresolved.count > refused {
            line = line + Localized(
                vi: " \(unresolved.count - refused) tham chiếu tới sự kiện không có trong nhật ký (coi như chưa diễn ra).",
                en: " \(unresolved.count - refused) reference(s) to events not in the log (taken as not yet held).")
        }
        if refused > 0 {
            line = line + Localized(
                vi: " \(refused) tham chiếu tới bản ghi bị loại: các kết luận liên quan có thể sai.",
                en: " \(refused) reference(s) to records that were rejected: the verdicts that need them may be wrong.")
        }
        return line
    }
}

extension Finding.Status {
    /// The word reports print for it.
    public var word: Localized {
        switch self {
        case .violation: Localized(vi: "vi phạm", en: "violation")
        case .excused: Localized(vi: "được miễn", en: "excused")
        case .warning: Localized(vi: "cảnh báo", en: "warning")
        case .notJudged: Localized(vi: "không đánh giá", en: "not judged")
        case .pending: Localized(vi: "chưa đến hạn", en: "pending")
        case .kept: Localized(vi: "đạt", en: "kept")
        }
    }
}
