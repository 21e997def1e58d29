/// Messages of the checker, in Vietnamese and English. Codes are stable: C… errors, W… warnings.
enum CheckMessages {
    static func unknownName(_ n: String) -> Localized {
        Localized(vi: "không biết tên '\(n)'", en: "unknown name '\(n)'")
    }
    static func unknownField(_ f: String, _ type: String) -> Localized {
        Localized(vi: "sự kiện loại '\(type)' không có trường '\(f)'", en: "unknown field '\(f)' of event type '\(type)'")
    }
    static func unknownEventType(_ n: String) -> Localized {
        Localized(vi: "không biết loại sự kiện '\(n)'", en: "unknown event type '\(n)'")
    }
    static func unknownBody(_ n: String) -> Localized {
        Localized(vi: "không biết cơ quan hay loại tổ chức '\(n)'", en: "unknown body or body kind '\(n)'")
    }
    static func unknownRule(_ n: String) -> Localized {
        Localized(vi: "không biết quy tắc '\(n)'", en: "unknown rule '\(n)'")
    }
    static func unknownType(_ n: String) -> Localized {
        Localized(vi: "không biết kiểu '\(n)'", en: "unknown type '\(n)'")
    }
    static func unknownPeriod(_ n: String) -> Localized {
        Localized(vi: "'\(n)' không phải là một kỳ ('week', 'month', 'quarter', 'half-year', 'year', 'term')",
                  en: "'\(n)' is not a period ('week', 'month', 'quarter', 'half-year', 'year', 'term')")
    }
    static let termWithoutTerm = Localized(
        vi: "kỳ 'term' cần khai báo nhiệm kỳ trong phần regulation (term … to …)",
        en: "period 'term' needs the regulation's term (term … to …) in the header")
    static let proratedNeedsAtLeast = Localized(
        vi: "'prorated' chỉ dùng với 'at least': một phần kỳ không cho biết 'at most' hay 'exactly' có được giữ cả kỳ hay không",
        en: "'prorated' goes with 'at least' only: part of a period says nothing of 'at most' or 'exactly' over the whole of it")
    static func unboundedAfter(_ type: String) -> Localized {
        Localized(vi: "'after' không có hạn: mọi \(type) về sau, dù muộn bao lâu, đều được chấp nhận; hãy ghi 'within N days after', 'by the next meeting after' hoặc 'after … by end of month'",
                  en: "'after' has no bound: any later \(type), however late, is accepted; write 'within N days after', 'by the next meeting after' or 'after … by end of month'")
    }
    static func deadlinePeriod(_ p: String) -> Localized {
        Localized(vi: "'by end of' cần month, quarter, half-year hoặc year, không phải '\(p)'",
                  en: "'by end of' takes month, quarter, half-year or year, not '\(p)'")
    }
    static func calendarConflict(_ d: Day) -> Localized {
        Localized(vi: "ngày \(d) vừa là ngày nghỉ vừa là ngày làm việc", en: "\(d) is both a day off and a working day")
    }
    static func alreadyWorking(_ d: Day) -> Localized {
        Localized(vi: "\(d) đã là ngày làm việc trong lịch có sẵn: dòng này không thay đổi gì",
                  en: "\(d) is a working day in the built-in calendar already: this line changes nothing")
    }
    static func alreadyOff(_ d: Day) -> Localized {
        Localized(vi: "\(d) đã là ngày nghỉ trong lịch có sẵn: dòng này không thay đổi gì",
                  en: "\(d) is a day off in the built-in calendar already: this line changes nothing")
    }
    static func notADayOff(_ d: Day) -> Localized {
        Localized(vi: "\(d) không phải ngày nghỉ lễ trong lịch có sẵn: 'not holiday' không thay đổi gì",
                  en: "\(d) is not a holiday in the built-in calendar: 'not holiday' changes nothing")
    }
    static let calendarSpan = Localized(
        vi: "khoảng ngày phải từ ngày đầu đến ngày cuối, không quá một năm",
        en: "a span of days runs from its first day to its last, and for at most a year")
    static func unknownCalendar(_ n: String) -> Localized {
        Localized(vi: "không biết lịch '\(n)'; lịch có sẵn: vietnam", en: "unknown calendar '\(n)'; the built-in calendar is 'vietnam'")
    }
    static func duplicate(_ what: String, _ n: String) -> Localized {
        Localized(vi: "\(vi(what)) '\(n)' được khai báo hai lần", en: "\(what) '\(n)' is declared twice")
    }
    static func firstAt(_ line: Int) -> Localized {
        Localized(vi: "khai báo lần đầu ở dòng \(line)", en: "first declared on line \(line)")
    }
    static func builtInEvent(_ n: String) -> Localized {
        Localized(vi: "loại sự kiện '\(n)' đã có sẵn trong bộ từ vựng chuẩn",
                  en: "event type '\(n)' is part of the standard vocabulary")
    }
    static func numberedTwice(_ level: ProvisionLevel, _ n: String) -> Localized {
        Localized(vi: "\(level.word.vi.capitalizedFirst) \(n) được đánh số hai lần", en: "\(level.rawValue) \(n) is numbered twice")
    }
    static func badNesting(_ inner: ProvisionLevel, _ outer: ProvisionLevel) -> Localized {
        Localized(vi: "\(inner.word.vi.lowercased()) không thể nằm trong \(outer.word.vi.lowercased())",
                  en: "\(inner.rawValue) cannot stand inside \(outer.rawValue)")
    }
    static func invalidDate(_ d: DateLiteral) -> Localized {
        Localized(vi: "\(d) không phải là một ngày có thật", en: "\(d) is not a real date")
    }
    static func typeMismatch(_ op: String, _ a: ValueType, _ b: ValueType) -> Localized {
        Localized(vi: "không thể dùng '\(op)' giữa \(a.vietnamese) và \(b.vietnamese)",
                  en: "cannot apply '\(op)' to \(a) and \(b)")
    }
    static let wholeNeedsPeriodic = Localized(
        vi: "'as a whole' chỉ dùng với quy tắc 'every KỲ: điều kiện' (ví dụ 'every year: count(meeting m) >= 4'), không dùng với 'at least N' hay quy tắc cho từng sự kiện",
        en: "'as a whole' goes with an 'every PERIOD: condition' rule (e.g. 'every year: count(meeting m) >= 4'), not with 'at least N' or a per-event rule")
    static let wholeNeedsKind = Localized(
        vi: "'as a whole' cần một loại tổ chức (kind), không phải một cơ quan: tính chung cho các cơ quan của loại đó",
        en: "'as a whole' needs a kind of body, not one body: it judges the kind's bodies together")
    static let wholeReadsSizeOutside = Localized(
        vi: "trong quy tắc 'as a whole', 'members'/'exempt' chỉ được đọc bên trong sum/min/max/average: nhiều cơ quan không có chung một số thành viên",
        en: "in an 'as a whole' rule, 'members'/'exempt' are read only inside sum/min/max/average: bodies together have no one size")
    static let averageOfDurations = Localized(
        vi: "không lấy trung bình của các khoảng thời gian: kết quả không có đơn vị chính xác; hãy dùng sum, min hoặc max",
        en: "an average of durations has no exact unit: use sum, min or max of them")
    static func expectedType(_ want: String, _ wantVi: String, _ got: ValueType) -> Localized {
        Localized(vi: "cần \(wantVi), nhưng biểu thức có kiểu \(got.vietnamese)", en: "expected \(want), found \(got)")
    }
    static func thresholdOutOfRange(_ written: String) -> Localized {
        Localized(vi: "ngưỡng \(written) nằm ngoài khoảng 0…1", en: "threshold \(written) is outside 0…1")
    }
    static func implicitField(_ f: String) -> Localized {
        Localized(vi: "trường '\(f)' có sẵn trong mọi loại sự kiện (id, date, body, type)",
                  en: "field '\(f)' is built into every event type (id, date, body, type)")
    }
    static func unknownValue(_ v: String, _ field: String, _ type: String) -> Localized {
        Localized(vi: "giá trị '\(v)' không có trong danh sách của trường '\(field)' (sự kiện '\(type)')",
                  en: "'\(v)' is not a listed value of field '\(field)' of event type '\(type)'")
    }
    static func listedValues(_ values: [String]) -> Localized {
        .init(vi: "các giá trị hợp lệ: \(values.joined(separator: ", "))", en: "listed values: \(values.joined(separator: ", "))")
    }
    static let ruleWithoutArticle = Localized(
        vi: "quy tắc không nằm trong điều khoản nào, nên phát hiện sẽ không trích dẫn được văn bản",
        en: "rule stands outside any article, so its findings cannot cite the regulation")
    static let ruleWithoutArticleHint = Localized(vi: "đặt quy tắc trong một 'article' hoặc 'clause'",
                                                  en: "put the rule inside an 'article' or 'clause'")
    static let noSubject = Localized(vi: "quy tắc chưa nói áp dụng cho cơ quan nào", en: "rule does not say which body it applies to")
    static func noSubjectHint(_ names: [String]) -> Localized {
        .init(vi: "thêm 'for \(names.first ?? "ten_co_quan")' sau tên quy tắc", en: "add 'for \(names.first ?? "body_name")' after the rule's name")
    }
    static func anchorNotBound(_ n: String, _ binder: String?) -> Localized {
        let b = binder.map { " '\($0)'" } ?? ""
        return Localized(vi: "'\(n)' phải là tên sự kiện\(b) của quy tắc 'each'",
                         en: "'\(n)' must name the rule's own event\(b)")
    }
    static let anchorHint = Localized(vi: "đặt tên cho sự kiện, ví dụ 'each meeting m', rồi viết 'before m'",
                                      en: "name the event, e.g. 'each meeting m', then write 'before m'")
    static func shadowed(_ n: String) -> Localized {
        Localized(vi: "tên '\(n)' đã được dùng cho một sự kiện bên ngoài", en: "name '\(n)' is already bound by an enclosing event")
    }
    static func notAField(_ op: String) -> Localized {
        Localized(vi: "'\(op)' chỉ dùng với một trường của sự kiện, ví dụ 'has m.special'",
                  en: "'\(op)' applies to an event's field, e.g. 'has m.special'")
    }
    static func decisionNeedsAdopted(_ t: String) -> Localized {
        Localized(vi: "quy tắc biểu quyết cần trường 'adopted' kiểu boolean, nhưng sự kiện '\(t)' không có",
                  en: "a decision rule needs a boolean field 'adopted', which event type '\(t)' does not have")
    }
    static let countNotConstant = Localized(vi: "số lần phải là một số nguyên không âm cố định",
                                            en: "the count must be a fixed non-negative integer")
    static let durationNotConstant = Localized(vi: "khoảng thời gian phải là một hằng số như '3 months'",
                                               en: "the duration must be a fixed amount such as '3 months'")
    static let dayDuration = Localized(vi: "cần khoảng thời gian tính bằng ngày, ngày làm việc, tuần hoặc tháng",
                                       en: "expected a duration in days, working days, weeks or months")
    static func invalidMonthDay(_ d: Int, _ m: Int) -> Localized {
        Localized(vi: "ngày \(d) tháng \(m) không có thật", en: "day \(d) of month \(m) does not exist")
    }
    static let shareNotConstant = Localized(vi: "chỉ tiêu phải là một tỷ lệ cố định như 100% hoặc 4/5",
                                            en: "the target must be a fixed share such as 100% or 4/5")
    static func targetNeedsKind(_ n: String) -> Localized {
        Localized(vi: "chỉ tiêu áp dụng cho một loại tổ chức (kind), nhưng '\(n)' là một cơ quan cụ thể",
                  en: "a target applies to a body kind, but '\(n)' is a single body")
    }
    static func targetOfTarget(_ n: String) -> Localized {
        Localized(vi: "quy tắc '\(n)' đã là một chỉ tiêu", en: "rule '\(n)' is itself a target")
    }
    static let duplicateRegulation = Localized(vi: "mỗi tệp chỉ có một khai báo 'regulation'", en: "a file has only one 'regulation' header")
    static func duplicateItem(_ k: String) -> Localized {
        Localized(vi: "'\(k)' được khai báo hai lần trong phần regulation", en: "'\(k)' is given twice in the regulation header")
    }
    static let termBackwards = Localized(vi: "nhiệm kỳ kết thúc trước khi bắt đầu", en: "the term ends before it starts")
    static let effectiveBeforeIssued = Localized(vi: "ngày hiệu lực sớm hơn ngày ban hành", en: "effective date is before the issue date")
    static let missingRegulation = Localized(vi: "tệp thiếu phần 'regulation' (số hiệu, tên, ngày hiệu lực)",
                                             en: "file has no 'regulation' header (code, title, effective date)")
    static func fieldInBodyKind(_ what: String) -> Localized {
        Localized(vi: "'\(what)' chỉ dùng cho 'kind'", en: "'\(what)' applies only to a 'kind'")
    }
    static func duplicateFrom(_ what: String) -> Localized {
        Localized(vi: "hai giá trị '\(what)' cùng áp dụng từ một ngày", en: "two '\(what)' values take effect on the same day")
    }
    /// A second body declared later would silently leave the rule without a subject.
    static func impliedSubject(_ body: String) -> Localized {
        Localized(vi: "quy tắc không có 'for': được áp dụng cho '\(body)', tổ chức duy nhất được khai báo",
                  en: "rule has no 'for': it applies to '\(body)', the only body declared")
    }
    static func impliedSubjectHint(_ body: String) -> Localized {
        Localized(vi: "viết 'for \(body)' để nói rõ", en: "write 'for \(body)' to say so")
    }
    static func tooManyEventTypes(_ n: Int) -> Localized {
        Localized(vi: "một quy chế có nhiều nhất \(n) loại sự kiện", en: "a regulation has at most \(n) event types")
    }
    static func neverInForce(_ effective: Day, _ termEnd: Day) -> Localized {
        Localized(vi: "văn bản có hiệu lực từ \(effective), sau khi nhiệm kỳ kết thúc (\(termEnd)): không ngày nào có hiệu lực",
                  en: "effective \(effective), after its term ends (\(termEnd)): it is never in force")
    }
    static func undeclaredBody(_ b: String) -> Localized {
        Localized(vi: "'\(b)' không phải tổ chức nào được khai báo (body) và không thuộc loại tổ chức nào (kind), nên phép so sánh không bao giờ đúng",
                  en: "'\(b)' is no declared body and belongs to no declared kind, so the comparison never holds")
    }
    static func typeNever(_ v: String, _ type: String) -> Localized {
        Localized(vi: "sự kiện này luôn thuộc loại '\(type)', nên phép so sánh với '\(v)' không bao giờ đúng",
                  en: "this event is always of type '\(type)', so comparing its type with '\(v)' never holds")
    }
    static func bindType(_ t: String) -> Localized {
        Localized(vi: "để xét sự kiện loại '\(t)', hãy khai báo biến thuộc loại đó: '\(t) x where …'",
                  en: "to judge '\(t)' events, bind one of that type: '\(t) x where …'")
    }
    /// Every threshold "of members" would be met by nobody present.
    static let noMembers = Localized(
        vi: "một tổ chức đảng có ít nhất một đảng viên: 'members 0' làm mọi tỷ lệ trên số đảng viên thành vô nghĩa",
        en: "a party body has at least one member: 'members 0' makes every share of the members meaningless")
    static func refTarget(_ n: String) -> Localized {
        Localized(vi: "'ref' phải chỉ tới một loại sự kiện, không biết '\(n)'", en: "'ref' must name an event type; unknown '\(n)'")
    }
    static let divisionByZero = Localized(vi: "chia cho 0", en: "division by zero")
    static let overflow = Localized(vi: "số quá lớn để tính chính xác", en: "number too large for exact arithmetic")
    static func unlessType(_ t: ValueType) -> Localized {
        Localized(vi: "'unless' cần điều kiện đúng/sai hoặc một trường văn bản ghi lý do, gặp \(t.vietnamese)",
                  en: "'unless' needs a condition or a text field holding the reason, found \(t)")
    }

    static let amendmentWithoutAmends = Localized(
        vi: "replace/add/repeal chỉ dùng trong văn bản sửa đổi: khai báo 'amends \"…\"' trong phần regulation",
        en: "replace/add/repeal belong in an amending regulation: give 'amends \"…\"' in its header")

    private static func vi(_ what: String) -> String {
        ["rule": "Quy tắc", "body": "Cơ quan", "event type": "Loại sự kiện", "field": "Trường", "name": "Tên"][what] ?? what
    }
}
