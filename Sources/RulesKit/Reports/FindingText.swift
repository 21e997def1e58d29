/// Every sentence a finding says, in Vietnamese and English, written from the data the evaluator
/// recorded (`Finding.Detail`, `Finding.Values`, `Finding.Step`).
extension Finding {
    /// What the finding says.
    public var message: Localized { readBack?.message ?? FindingText.both.message(self, compared: compared) }

    /// The values compared, language-neutral: `present 7 < 2/3 × 11 = 22/3`.
    public var compared: String? { readBack.map(\.compared) ?? values.map { ComparedText.compared($0, status) } }

    /// The message in both languages and the values compared, each written once (JSON).
    public var sentences: (message: Localized, compared: String?) {
        if let r = readBack { return (r.message, r.compared) }
        let c = compared
        return (FindingText.both.message(self, compared: c), c)
    }

    /// The message in `language` and the values compared, each written once: what a report line
    /// needs. The message in the other language is not written.
    public func sentences(in language: Language) -> (message: String, compared: String?) {
        if let r = readBack { return (r.message.text(language), r.compared) }
        let c = compared
        return (FindingText(only: language).message(self, compared: c).text(language), c)
    }

    /// For a finding not judged: why (which end of the rule's time in force cuts the period, a
    /// refused record, bodies not judged, or why the rule judged nothing).
    public var why: Localized? { readBack.map(\.why) ?? (status == .notJudged ? FindingText.both.why(detail, self) : nil) }

    /// `rules explain`'s steps in words.
    public var stepTexts: [Localized] { steps.map(FindingText.both.step) }

    /// The values compared, when a report should print them beside the message in `language`:
    /// not for an excuse, and not when the message already says them.
    public func comparedBeside(_ language: Language) -> String? {
        let (message, compared) = sentences(in: language)
        return Self.beside(message, compared, status, language)
    }

    /// `comparedBeside` for a message already written in `language`.
    static func beside(_ message: String, _ compared: String?, _ status: Status, _ language: Language) -> String? {
        // In Vietnamese the values are named in Vietnamese words, in the message and beside it.
        guard let english = compared, status != .excused else { return nil }
        let c = language == .vi ? Surface.vietnamese(expression: english) : english
        guard !message.containsBytes(c) else { return nil }
        return c
    }
}

struct FindingText {
    /// The one language a report prints, or nil for both (JSON, `merge`): a sentence in the other
    /// language is then not written at all — most of a large report's cost is its sentences.
    var only: Language? = nil

    static let both = FindingText()

    /// A sentence in both languages, or only in `only` (the other left empty).
    func say(vi: @autoclosure () -> String, en: @autoclosure () -> String) -> Localized {
        switch only {
        case .vi?: Localized(vi: vi(), en: "")
        case .en?: Localized(vi: "", en: en())
        case nil: Localized(vi: vi(), en: en())
        }
    }
    /// `compared`: the finding's values as written (`f.compared`), which some messages quote.
    func message(_ f: Finding, compared: String?) -> Localized {
        let noun = VocabularyLabels.noun
        switch f.detail {
        case .excused(let reason): return say(vi: "trường hợp đặc biệt: \(reason)", en: "special case: \(reason)")
        case .conditionKept: return say(vi: "đạt", en: "kept")
        case .conditionBroken(let needed):
            let name = f.ruleLabel.map { "'\($0)' (\(f.rule))" } ?? "'\(f.rule)'"
            let found = compared ?? ""
            return say(vi: "không đạt yêu cầu \(name): \(Surface.vietnamese(expression: found))", en: "does not meet \(name): \(found)")
                + neededText(needed)
        case .lacksField(let field) where field == "members" || field == "exempt":
            // Not a field of the record: the body's size, which nothing gives.
            // The roster gives members only: it is named where it could have given the number.
            let roster = field == "members"
            return say(vi: "không xác định được: không biết số '\(field)' của cơ quan vào ngày đó — không có bản ghi membership nào ghi số này, "
                                 + (roster ? "danh sách tổ chức (--roster) không ghi 'members' đến ngày đó, " : "") + "và tệp quy chế không khai báo '\(field) N' cho cơ quan",
                             en: "cannot decide: the body's '\(field)' on that day is not known — no membership record gives it, "
                                 + (roster ? "no roster (--roster) gives 'members' by then, " : "") + "and the rules file declares no '\(field) N' for the body")
        case .lacksField(let field):
            return say(vi: "không xác định được: bản ghi không có '\(field)', trường mà quy tắc '\(f.rule)' cần",
                             en: "cannot decide: the record has no '\(field)', which rule '\(f.rule)' needs")
        case .undetermined:
            return say(vi: "không xác định được: bản ghi thiếu dữ liệu mà quy tắc '\(f.rule)' cần",
                             en: "cannot decide: the record lacks data that rule '\(f.rule)' needs")
        case .notComputable:
            return say(vi: "không xác định được: một giá trị của quy tắc '\(f.rule)' không tính chính xác được (số vượt quá 64 bit, hoặc ngày ngoài các năm 1–9999)",
                             en: "cannot decide: a value of rule '\(f.rule)' is too large to compute exactly (a number past 64 bits, or a date outside years 1–9999)")
        case .leadOutsideCalendar(let lead, let after, let day):
            let amount = amountText(lead)
            return after ? say(vi: "không xác định được: \(amount.vi) sau ngày \(day) nằm ngoài các năm 1–9999 mà lịch có",
                                     en: "cannot decide: \(amount.en) after \(day) is outside years 1–9999, the calendar's range")
                : say(vi: "không xác định được: \(amount.vi) trước ngày \(day) nằm ngoài các năm 1–9999 mà lịch có",
                            en: "cannot decide: \(amount.en) before \(day) is outside years 1–9999, the calendar's range")
        case .impossibleRecord(let problem, let members, let day):
            return say(vi: "không đánh giá được: bản ghi không thể đúng với \(members) thành viên tại ngày \(day) (theo bản ghi membership, danh sách tổ chức hoặc tệp quy chế): \(problem.vi)",
                             en: "cannot judge: the record cannot be true of the \(members) members in force on \(day) (from a membership record, the roster or the rules file): \(problem.en)")
        case .rejectedInPeriod(let type, let n, let source):
            let label = f.period ?? ""
            return say(vi: "\(PeriodWords.vietnamese(label)): có \(n) \(noun(type)), nhưng bản ghi bị loại ở \(source.file):\(source.line) có thể là một \(noun(type)) của kỳ này",
                             en: "\(label): \(type) events found: \(n), but the record rejected at \(source.file):\(source.line) may be a \(type) of this period")
        case .rejectedRecord(let source): return rejectedReason(source)
        case .countShort(let c): return countShort(c, f.period ?? "")
        case .countKept(let type, let found):
            let period = f.period ?? ""
            return say(vi: "\(PeriodWords.vietnamese(period)): \(found) \(noun(type))", en: "\(period): \(found) \(type)")
        case .periodOpen(let end):
            let period = f.period ?? ""
            return say(vi: "\(PeriodWords.vietnamese(period)) chưa kết thúc (đến \(end))", en: "\(period) is not over yet (ends \(end))")
        case .partialPeriod(let p): return partialPeriod(p)
        case .periodCut(let p):
            return partlyJudged(p) + say(vi: "; điều kiện tính trên cả kỳ không đánh giá trên một phần kỳ",
                                               en: "; a condition on the whole period is not judged on a part of it")
        case .gapTooLong(let from, let to, let longest):
            let max = amountText(longest)
            return say(vi: "khoảng cách từ \(from) đến \(to) dài hơn \(max.vi)", en: "gap from \(from) to \(to) is longer than \(max.en)")
        case .gapKept(let from, let to): return .same("\(from)…\(to)")
        case .relatedFound(let type, let id, let date):
            return say(vi: "\(noun(type)) \(id) ngày \(date)", en: "\(type) \(id) of \(date)")
        case .relatedMissing(let type, let id, let limit):
            let l = limitText(limit)
            return say(vi: "không có \(noun(type)) nào cho \(id) \(l.vi)", en: "no \(type) for \(id) \(l.en)")
        case .relatedLate(let type, let other, let date, let limit):
            let l = limitText(limit)
            return say(vi: "\(noun(type)) \(other) ngày \(date) không đáp ứng thời hạn: \(l.vi)",
                             en: "\(type) \(other) of \(date) misses the deadline: \(l.en)")
        case .responseOpen(let type, let until):
            return say(vi: "chưa có \(noun(type)); còn hạn đến \(until)", en: "no \(type) yet; due by \(until)")
        case .awaitingNext(let type, let after, let asOf):
            return say(vi: "chưa có \(noun(type)) nào sau ngày \(after) (tính đến \(asOf)): chờ \(noun(type)) kế tiếp",
                             en: "no \(type) after \(after) yet (as of \(asOf)): due at the next \(type)")
        case .unboundedAfter(let type):
            return say(vi: "chưa có \(noun(type)); 'after' không đặt thời hạn nên không thể kết luận là muộn",
                             en: "no \(type) yet; 'after' sets no time limit, so it can never be late")
        case .sameDayNext(let type, let day):
            return say(vi: "có \(noun(type)) cùng ngày \(day): nhật ký ghi theo ngày nên không biết \(noun(type)) đó diễn ra trước hay sau, không xác định được \(noun(type)) kế tiếp",
                             en: "a \(type) on the same day, \(day): the log's days cannot tell whether it came before or after, so the next \(type) is undetermined")
        case .adoptedWithoutMajority(let needed):
            let why = compared ?? ""
            return say(vi: "ghi là đã thông qua nhưng không đủ ngưỡng: \(Surface.vietnamese(expression: why))",
                             en: "recorded as adopted without the required majority: \(why)")
                + neededText(needed)
        case .rejectedDespiteMajority:
            return say(vi: "ghi là không thông qua dù đã đủ ngưỡng", en: "recorded as not adopted although the votes meet the threshold")
        case .decisionConsistent: return say(vi: "kết quả ghi nhận khớp với số phiếu", en: "recorded outcome matches the votes")
        case .target(let t): return f.status == .notJudged ? targetUndecided(t) : targetResult(t)
        case .judgedNothing(let why, let absent):
            return say(vi: "quy tắc không đánh giá được gì: ", en: "the rule judged nothing: ") + nothingJudged(why, absent, f)
        }
    }

    func why(_ detail: Finding.Detail, _ f: Finding) -> Localized? {
        switch detail {
        case .partialPeriod(let p): partialReason(p.period.cuts)
        case .periodCut(let p): partialReason(p.cuts)
        case .rejectedInPeriod(_, _, let source), .rejectedRecord(let source): rejectedReason(source)
        case .target(let t): targetUndecided(t)
        case .judgedNothing(let why, let absent): nothingJudged(why, absent, f)
        default: nil
        }
    }

    // MARK: - The parts

    func amountText(_ t: TimeAmount) -> Localized { Value.durationText(t.amount, t.dimension) }

    /// ` — at least 8 needed`: the threshold as the whole number a body of that size must reach.
    func neededText(_ needed: Int64?) -> Localized {
        needed.map { say(vi: " — cần ít nhất \($0)", en: " — at least \($0) needed") } ?? .same("")
    }

    func rejectedReason(_ source: EventSource) -> Localized {
        say(vi: "bản ghi bị loại ở \(source.file):\(source.line) có thể làm thay đổi kết luận",
                  en: "the record rejected at \(source.file):\(source.line) could change the verdict")
    }

    func countShort(_ c: CountShort, _ period: String) -> Localized {
        let noun = VocabularyLabels.noun(c.type)
        let what = say(vi: noun + (c.filter.map { " có \(Surface.vietnamese(expression: $0))" } ?? ""),
                             en: c.type + (c.filter.map { " where \($0)" } ?? ""))
        var m = switch c.bound {
        case .atLeast:
            say(vi: "\(PeriodWords.vietnamese(period)): cần ít nhất \(c.need) \(what.vi), chỉ có \(c.found)",
                      en: "\(period): at least \(c.need) \(what.en) required, found \(c.found)")
        case .atMost:
            say(vi: "\(PeriodWords.vietnamese(period)): tối đa \(c.need) \(what.vi), nhưng có \(c.found)",
                      en: "\(period): at most \(c.need) \(what.en) allowed, found \(c.found)")
        case .exactly:
            say(vi: "\(PeriodWords.vietnamese(period)): cần đúng \(c.need) \(what.vi), có \(c.found)",
                      en: "\(period): exactly \(c.need) \(what.en) required, found \(c.found)")
        }
        if let late = c.late {
            let days = Int(late.date.ordinal - late.due.ordinal)
            m = m + say(vi: " (\(noun) \(late.id) ngày \(late.date) muộn \(days) ngày so với hạn \(late.due))",
                              en: " (\(c.type) \(late.id) of \(late.date) is \(days) day(s) after the deadline \(late.due))")
        }
        if let all = c.ofType, all != c.found {
            m = m + say(vi: " (kỳ có \(all) \(noun), \(c.found) khớp điều kiện)",
                              en: " (\(all) \(c.type) event(s) in the period, \(c.found) matching)")
        }
        return m
    }

    /// Why a period is only partly in force: the end or ends of the rule's time in force inside it.
    func partialReason(_ cuts: [CoverageCut]) -> Localized {
        let parts = cuts.map { bound($0.bound, $0.day, start: $0.isStart) }
        return say(vi: parts.map(\.vi).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }

    /// One end of a rule's time in force, in words.
    func bound(_ b: RuleCoverage.Bound, _ day: Day, start: Bool) -> Localized {
        switch b {
        case .window(let w):
            switch (w, start) {
            case (.option, true): say(vi: "khoảng đánh giá bắt đầu ngày \(day) (--from)", en: "the window starts on \(day) (--from)")
            case (.option, false): say(vi: "khoảng đánh giá kết thúc ngày \(day) (--to)", en: "the window ends on \(day) (--to)")
            case (.events, true): say(vi: "khoảng đánh giá bắt đầu ngày \(day) (tháng của bản ghi đầu tiên)", en: "the window starts on \(day) (the month of the log's first record)")
            case (.events, false): say(vi: "khoảng đánh giá kết thúc ngày \(day) (năm cuối của nhật ký)", en: "the window ends on \(day) (the log's last year)")
            case (.asOfYear, true): say(vi: "khoảng đánh giá bắt đầu ngày \(day)", en: "the window starts on \(day)")
            case (.asOfYear, false): say(vi: "khoảng đánh giá kết thúc ngày \(day)", en: "the window ends on \(day)")
            case (.effective, _): say(vi: "quy chế có hiệu lực từ ngày \(day)", en: "the regulation takes effect on \(day)")
            case (.termStart, _): say(vi: "nhiệm kỳ bắt đầu ngày \(day)", en: "the term starts on \(day)")
            case (.termEnd, _): say(vi: "nhiệm kỳ kết thúc ngày \(day)", en: "the term ends on \(day)")
            }
        case .added(let code, let on): say(vi: "\(code) bổ sung quy tắc này từ ngày \(on)", en: "\(code) adds this rule from \(on)")
        case .changed(let code, let on): say(vi: "\(code) sửa đổi quy tắc này từ ngày \(on)", en: "\(code) changes this rule from \(on)")
        case .repealed(let code, let on): say(vi: "\(code) bãi bỏ quy tắc này từ ngày \(on)", en: "\(code) repeals this rule from \(on)")
        case .roster(let on):
            start ? say(vi: "theo danh sách tổ chức, cơ quan hoạt động từ ngày \(on)", en: "on the roster, the body is active from \(on)")
                : say(vi: "theo danh sách tổ chức, cơ quan hoạt động đến ngày \(on)", en: "on the roster, the body is active until \(on)")
        }
    }

    /// `period 2023 (2023-01-01 – 2023-12-31) is only partly judged: the regulation takes effect on …`
    func partlyJudged(_ p: CutPeriod) -> Localized {
        let why = partialReason(p.cuts)
        return say(vi: "\(PeriodWords.vietnamese(p.label)) (\(p.naturalStart) – \(p.naturalEnd)) chỉ có một phần được đánh giá: \(why.vi)",
                         en: "period \(p.label) (\(p.naturalStart) – \(p.naturalEnd)) is only partly judged: \(why.en)")
    }

    func partialPeriod(_ p: PartialPeriod) -> Localized {
        let c = p.period
        let need: Localized = switch p.bound {
        case .atLeast: say(vi: "ít nhất \(p.count)", en: "at least \(p.count)")
        case .atMost: say(vi: "tối đa \(p.count)", en: "at most \(p.count)")
        case .exactly: say(vi: "đúng \(p.count)", en: "exactly \(p.count)")
        }
        // A `by` day before the part begins leaves nothing in the window to count.
        if c.last < c.first {
            return partlyJudged(c) + say(
                vi: "; hạn \(c.last) đã qua trước ngày \(c.first), nên không bản ghi nào trong phạm vi kiểm tra cho thấy quy tắc được giữ hay bị vi phạm",
                en: "; the deadline \(c.last) is before \(c.first), so no record in the window can show the rule kept or broken")
        }
        return partlyJudged(c) + say(
            vi: "; từ \(c.first) đến \(c.last) có \(p.found) \(VocabularyLabels.noun(p.type)), cả kỳ cần \(need.vi) — không đánh giá (quy tắc có thể ghi 'prorated' để tính theo tỷ lệ số ngày)",
            en: "; \(p.found) \(p.type) from \(c.first) to \(c.last), \(need.en) needed in the whole period — not judged (a rule may say 'prorated' to scale the count by days in force)")
    }

    func limitText(_ limit: RelatedLimit) -> Localized {
        switch limit {
        case .onOrBefore(let date): return say(vi: "vào hoặc trước \(date)", en: "on or before \(date)")
        case .onOrAfter(let date): return say(vi: "vào hoặc sau \(date)", en: "on or after \(date)")
        case .sameDay(let date): return say(vi: "cùng ngày \(date)", en: "on the same day, \(date)")
        case .leadBefore(let lead, let date, let limit):
            let text = amountText(lead)
            return say(vi: "vào hoặc trước \(limit) (\(text.vi) trước \(date))", en: "on or before \(limit) (\(text.en) before \(date))")
        case .byEndOf(let p, let date, let limit):
            return say(vi: "từ \(date) đến \(limit) (cuối \(p.noun.vi))", en: "from \(date) to \(limit) (the end of the \(p.noun.en))")
        case .next(let type, let id, let day, let date, let sameDay):
            let noun = VocabularyLabels.noun(type)
            let (vi, en) = ("\(noun) \(id) ngày \(day)", "\(type) \(id) \(day)")
            return sameDay ? say(vi: "tại \(noun) kế tiếp (\(vi))", en: "at the next \(type) (\(en))")
                : say(vi: "từ \(date) đến \(noun) kế tiếp (\(vi))", en: "from \(date) to the next \(type) (\(en))")
        case .within(let lead, let date, let limit):
            let text = amountText(lead)
            return say(vi: "từ \(date) đến \(limit) (trong \(text.vi))", en: "from \(date) to \(limit) (within \(text.en))")
        }
    }

    func targetResult(_ t: TargetDetail) -> Localized {
        let target = t.target.percentText, ok = t.reached
        return say(vi: "\(t.met)/\(t.total) \(t.kind) đạt '\(t.rule)' (chỉ tiêu \(target)): \(ok ? "đạt" : "không đạt")",
                         en: "\(t.met) of \(t.total) \(t.kind) kept '\(t.rule)' (target \(target)): \(ok ? "met" : "not met")")
    }

    func targetUndecided(_ t: TargetDetail) -> Localized {
        let target = t.target.percentText
        return say(vi: "\(t.met)/\(t.total) \(t.kind) đạt '\(t.rule)'; \(t.undecided) không được đánh giá trọn kỳ: chưa kết luận được chỉ tiêu \(target)",
                         en: "\(t.met) of \(t.total) \(t.kind) kept '\(t.rule)'; \(t.undecided) not judged over the whole period: the target of \(target) cannot be decided")
    }

    func nothingJudged(_ why: NothingJudged, _ absent: [AbsentValue], _ f: Finding) -> Localized {
        let noun = VocabularyLabels.noun
        var text: Localized = switch why {
        case .bodiesSelected:
            say(vi: "quy tắc tính trên mọi cơ quan của một loại (tính chung, hay một chỉ tiêu) không đánh giá khi --body chỉ chọn một số cơ quan",
                      en: "a rule over all of a kind's bodies (as a whole, or a target) is not judged when --body selects some of them")
        case .allWarnings(let n):
            say(vi: "cả \(n) lần kiểm tra đều là cảnh báo: bản ghi thiếu dữ liệu quy tắc cần, hoặc không thể đúng",
                      en: "every one of its \(n) checks is a warning: the records lack data it needs, or cannot be true")
        // "Up to the evaluation date": an event dated after it is in the window but not yet known.
        case .noEvents(let subjects):
            say(vi: "không có sự kiện nào của \(subjects) trong khoảng đánh giá tính đến ngày đánh giá",
                      en: "no event of \(subjects) in the window up to the evaluation date")
        case .noEventsOfType(let type, let subjects, let bodies):
            say(vi: "không có sự kiện \(noun(type)) nào của \(subjects) trong khoảng đánh giá tính đến ngày đánh giá (\(bodies) cơ quan có sự kiện)",
                      en: "no \(type) event of \(subjects) in the window up to the evaluation date (bodies with events: \(bodies))")
        case .filterMatchedNone(let type, let n):
            say(vi: "điều kiện lọc của quy tắc không khớp với sự kiện nào trong \(n) sự kiện \(noun(type))",
                      en: "its filter matched none of the \(n) \(type) events")
        case .noPeriodInWindow(let type, let n):
            say(vi: "\(n) sự kiện \(noun(type)) khớp điều kiện nhưng không có kỳ hay thời hạn nào của quy tắc kết thúc trong khoảng đánh giá",
                      en: "\(n) \(type) events matched, but no period or deadline of the rule falls in the window")
        }
        for a in absent { text = text + .same("; ") + absentText(a) }
        return text
    }

    /// "'personel' never occurs in vote.category; seen: personnel (3), budget (2)".
    func absentText(_ a: AbsentValue) -> Localized {
        let seen = a.seen.map { "\($0.value) (\($0.count))" }.joined(separator: ", ")
        return say(vi: "'\(a.value)' không có ở \(a.type).\(a.field) trong nhật ký" + (seen.isEmpty ? "" : "; các giá trị có: \(seen)"),
                         en: "'\(a.value)' never occurs in \(a.type).\(a.field)" + (seen.isEmpty ? "" : "; seen: \(seen)"))
    }

    // MARK: - Explain steps

    private func list(_ bodies: [String]) -> String { bodies.isEmpty ? "—" : bodies.joined(separator: ", ") }

    func step(_ s: Finding.Step) -> Localized {
        switch s {
        case .period(let label, let first, let last):
            say(vi: "\(PeriodWords.vietnamese(label)): từ \(first) đến \(last)", en: "period \(label): \(first) to \(last)")
        case .prorated(let p):
            say(vi: "tính theo tỷ lệ: \(p.count) × \(p.part)/\(p.whole) ngày, làm tròn lên: \(p.need)",
                      en: "prorated: \(p.count) × \(p.part)/\(p.whole) days, rounded up: \(p.need)")
        case .lead(let lead, let before, let date, let limit):
            before ? say(vi: "\(amountText(lead).vi) trước \(date) là \(limit)", en: "\(amountText(lead).en) before \(date) is \(limit)")
                : say(vi: "\(amountText(lead).vi) sau \(date) là \(limit)", en: "\(amountText(lead).en) after \(date) is \(limit)")
        case .dayOff(let day, let name, let source):
            say(vi: "vì \(day) là ngày nghỉ: ", en: "because \(day) is a day off: ") + name + .same(" (") + source + .same(")")
        case .workedDay(let day, let name, let source):
            say(vi: "vì \(day) là ngày làm việc: ", en: "because \(day) is a working day: ") + name + .same(" (") + source + .same(")")
        case .silentBody(let roster):
            say(vi: "cơ quan có trong danh sách tổ chức \(roster) nhưng không có bản ghi nào trong nhật ký",
                      en: "the body is on the roster \(roster) but has no record at all in the log")
        case .targetBodies(let notKeeping, let undecided):
            say(vi: "chưa đạt (\(notKeeping.count)): \(list(notKeeping))", en: "not keeping it (\(notKeeping.count)): \(list(notKeeping))")
                + (undecided.isEmpty ? .same("") : say(vi: "; không đánh giá được trọn kỳ (\(undecided.count)): \(list(undecided))",
                                                             en: "; not judged over the whole period (\(undecided.count)): \(list(undecided))"))
        }
    }
}
