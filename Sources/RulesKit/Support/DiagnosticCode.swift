/// Every problem the tool reports, by its stable code: the severity it carries and what it means,
/// in both languages (`docs/diagnostics.md` is written from this table). Each stage's messages
/// file gives the particular message, with the names and values of the case at hand.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Lexer: characters that make no token.
    case L001, L002, L003, L004, L005, L006, L007, L008, L009, L010, L011
    // Parser: tokens out of place.
    case P001, P002, P003, P004, P005, P006
    // Checker: a file that cannot mean anything.
    case C001, C002, C003, C004, C005, C006, C007, C008, C009, C010, C011, C012, C013, C014, C015, C016, C017, C018, C019
    case C020, C021, C022, C023, C024, C025, C026, C027, C028, C029, C030, C031, C032, C033, C034, C035, C036, C037, C038, C039
    // Amendments: a regulation and the regulations that amend it.
    case C040, C041, C042, C043, C044, C045, C046, C047, C048
    case C049, C050, C051, C052, C053, C054, C055, C056, C057, C058
    // Checker: a file that means something, perhaps not what was meant.
    case W001, W002, W003, W004, W005, W006, W007, W008
    // Event records.
    case E10, E11, E12, E13, E14, E15, E16, E17, E18, E19, E20, E21, E22, E23
    // A roster (`--roster`) and the events it must account for.
    case E24, E25, E26, W21
    case W20
    // Quotes checked against the source documents (`rules check --source`).
    case Q001, Q002

    public var severity: Diagnostic.Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// What the stage is: where in the pipeline the code is given.
    public var stage: Localized {
        switch rawValue.first {
        case "L": Localized(vi: "đọc ký tự", en: "lexer")
        case "P": Localized(vi: "cú pháp", en: "parser")
        case _ where self == .E24 || self == .W21: Localized(vi: "danh sách tổ chức", en: "roster")
        case "E": Localized(vi: "bản ghi sự kiện", en: "event record")
        case _ where self == .W20: Localized(vi: "bản ghi sự kiện", en: "event record")
        case "Q": Localized(vi: "đối chiếu trích dẫn", en: "quote check")
        default: Localized(vi: "kiểm tra quy chế", en: "checker")
        }
    }

    /// What the code means, whatever the case at hand.
    public var summary: Localized {
        switch self {
        case .L001: Localized(vi: "ký tự không thuộc ngôn ngữ (kể cả ký tự vô hình)", en: "a character the language does not use (invisible ones included)")
        case .L002: Localized(vi: "chuỗi chưa được đóng bằng dấu \"", en: "a string with no closing \"")
        case .L003: Localized(vi: "số quá lớn để tính chính xác, hoặc viết sai", en: "a number too large for exact arithmetic, or mistyped")
        case .L004: Localized(vi: "ngày không có thật hoặc không theo dạng YYYY-MM-DD", en: "a date that does not exist or is not YYYY-MM-DD")
        case .L005: Localized(vi: "giờ không hợp lệ (HH:MM)", en: "an invalid time (HH:MM)")
        case .L006: Localized(vi: "phân số có mẫu bằng 0 hoặc viết sai", en: "a fraction with a zero or mistyped denominator")
        case .L007: Localized(vi: "chuỗi thoát không hợp lệ trong chuỗi", en: "an unknown escape in a string")
        case .L008: Localized(vi: "'=' đơn: so sánh bằng viết là '=='", en: "a single '=': equality is '=='")
        case .L009: Localized(vi: "ký tự điều khiển trong chuỗi", en: "a control character in a string")
        case .L010: Localized(vi: "tên quá dài", en: "a name too long")
        case .L011: Localized(vi: "số viết dạng mũ", en: "a number with an exponent")
        case .P001: Localized(vi: "thiếu hoặc thừa một thành phần cú pháp", en: "something missing or out of place")
        case .P002: Localized(vi: "dấu '}' không khớp", en: "a '}' with no '{'")
        case .P003: Localized(vi: "khai báo không biết", en: "an unknown declaration")
        case .P004: Localized(vi: "lồng nhau quá sâu", en: "nesting too deep")
        case .P005: Localized(vi: "một điều, khoản, điểm ghi cùng một dấu hai lần", en: "a provision given the same mark twice")
        case .P006: Localized(vi: "một tên trong tệp là từ của ngôn ngữ khi viết bằng tiếng Việt: không chuyển được",
                              en: "a name in the file is a word of the language in Vietnamese: the file cannot be converted")
        case .C001: Localized(vi: "loại sự kiện không biết", en: "an unknown event type")
        case .C002: Localized(vi: "khai báo trùng tên, hoặc trùng trường có sẵn", en: "a name declared twice, or a built-in field declared")
        case .C003: Localized(vi: "khai báo lại loại sự kiện có sẵn", en: "a built-in event type declared again")
        case .C004: Localized(vi: "kiểu không biết", en: "an unknown type")
        case .C005: Localized(vi: "'ref' không chỉ tới loại sự kiện nào", en: "a 'ref' field that names no event type")
        case .C006: Localized(vi: "điều, khoản, điểm lồng sai thứ bậc", en: "articles, clauses and points nested out of order")
        case .C007: Localized(vi: "một số điều, khoản hay điểm dùng hai lần", en: "an article, clause or point numbered twice")
        case .C008: Localized(vi: "cơ quan hay loại tổ chức không biết", en: "an unknown body or body kind")
        case .C009: Localized(vi: "quy tắc không nói áp dụng cho cơ quan nào", en: "a rule that names no body")
        case .C010: Localized(vi: "'unless' cần một điều kiện hoặc một trường văn bản ghi lý do", en: "'unless' needs a condition or a text field holding the reason")
        case .C011: Localized(vi: "kỳ không biết", en: "an unknown period")
        case .C012: Localized(vi: "kỳ 'term' mà quy chế không khai báo nhiệm kỳ", en: "period 'term' without the regulation's term")
        case .C013: Localized(vi: "số lần phải là hằng số nguyên", en: "a count that is not a whole constant")
        case .C014: Localized(vi: "ngày trong năm không có thật", en: "a day of the year that does not exist")
        case .C015: Localized(vi: "mốc thời gian không gắn với sự kiện đang xét", en: "a deadline anchored to an event the rule does not judge")
        case .C016: Localized(vi: "quy tắc biểu quyết cần trường 'adopted'", en: "a decision rule needs an 'adopted' field")
        case .C017: Localized(vi: "thời hạn phải tính bằng ngày, ngày làm việc, tuần hay tháng", en: "a deadline must be in days, working days, weeks or months")
        case .C018: Localized(vi: "thời hạn phải là hằng số", en: "a deadline that is not a constant")
        case .C019: Localized(vi: "tỷ lệ ngoài khoảng 0–100%", en: "a share outside 0–100%")
        case .C020: Localized(vi: "ngày không hợp lệ", en: "an invalid date")
        case .C021: Localized(vi: "chỉ tiêu phải là tỷ lệ hằng số", en: "a target that is not a constant share")
        case .C022: Localized(vi: "chỉ tiêu phải áp dụng cho một loại tổ chức", en: "a target must be for a kind of body")
        case .C023: Localized(vi: "chỉ tiêu không thể đếm một chỉ tiêu khác", en: "a target cannot count another target")
        case .C024: Localized(vi: "quy tắc không biết", en: "an unknown rule")
        case .C025: Localized(vi: "tên không biết", en: "an unknown name")
        case .C026: Localized(vi: "biểu thức sai kiểu", en: "an expression of the wrong type")
        case .C027: Localized(vi: "tên đã gắn với một sự kiện bao ngoài", en: "a name already bound by an enclosing event")
        case .C028: Localized(vi: "giá trị vượt quá số học chính xác", en: "a value past exact arithmetic")
        case .C029: Localized(vi: "phép toán trên hai kiểu không hợp", en: "an operator on types that do not go together")
        case .C030: Localized(vi: "hai phần 'regulation' trong một tệp", en: "two 'regulation' headers in one file")
        case .C031: Localized(vi: "một mục khai báo hai lần trong phần đầu", en: "a header item given twice")
        case .C032: Localized(vi: "nhiệm kỳ kết thúc trước khi bắt đầu", en: "a term that ends before it starts")
        case .C033: Localized(vi: "lịch không biết", en: "an unknown calendar")
        case .C034: Localized(vi: "hai số thành viên từ cùng một ngày", en: "two sizes from the same day")
        case .C035: Localized(vi: "trường không dùng được cho loại tổ chức", en: "a field a body kind cannot have")
        case .C036: Localized(vi: "trường không có ở loại sự kiện", en: "a field the event type does not have")
        case .C037: Localized(vi: "cần một trường của sự kiện (vd. 'has m.special')", en: "an event's field is needed (e.g. 'has m.special')")
        case .C038: Localized(vi: "giá trị không có trong danh sách của trường", en: "a value not in the field's list")
        case .C039: Localized(vi: "chia cho 0", en: "division by zero")
        case .C040: Localized(vi: "văn bản sửa đổi nhắm tới điều, khoản hay quy tắc không có", en: "an amendment aimed at a provision or rule that does not exist")
        case .C041: Localized(vi: "văn bản sửa đổi bổ sung điều, khoản đã có", en: "an amendment adds a provision that exists")
        case .C042: Localized(vi: "văn bản được sửa đổi không có trong các tệp", en: "the regulation amended is not among the files")
        case .C043: Localized(vi: "các văn bản sửa đổi lẫn nhau thành vòng", en: "amendments that amend each other in a cycle")
        case .C044: Localized(vi: "hai phiên bản có hiệu lực cùng ngày", en: "two versions in force from the same day")
        case .C045: Localized(vi: "văn bản sửa đổi có hiệu lực trước văn bản được sửa", en: "an amendment in force before what it amends")
        case .C046: Localized(vi: "thao tác sửa đổi trong tệp không có 'amends'", en: "an amending action in a file with no 'amends'")
        case .C047: Localized(vi: "bổ sung quy tắc đã có hiệu lực", en: "an amendment adds a rule already in force")
        case .C048: Localized(vi: "văn bản sửa đổi không có ngày hiệu lực", en: "an amendment with no effective date")
        case .C049: Localized(vi: "khoảng ngày nghỉ quá dài hoặc ngược", en: "a span of days off too long or backwards")
        case .C050: Localized(vi: "'prorated' chỉ dùng với 'at least'", en: "'prorated' goes with 'at least' only")
        case .C051: Localized(vi: "'by end of' cần tháng, quý, nửa năm hay năm", en: "'by end of' takes a month, quarter, half-year or year")
        case .C052: Localized(vi: "một ngày vừa nghỉ vừa làm việc", en: "a day both off and worked")
        case .C053: Localized(vi: "so sánh loại của sự kiện luôn sai", en: "a comparison of an event's type that never holds")
        case .C054: Localized(vi: "số thành viên bằng 0", en: "a size of 0 members")
        case .C055: Localized(vi: "so sánh với cơ quan chưa khai báo luôn sai", en: "a comparison with an undeclared body that never holds")
        case .C056: Localized(vi: "quy chế không bao giờ có hiệu lực trong nhiệm kỳ", en: "a regulation never in force in its term")
        case .C057: Localized(vi: "quá nhiều loại sự kiện", en: "too many event types")
        case .C058: Localized(vi: "'as a whole' dùng sai: cần quy tắc tính trên kỳ cho loại tổ chức, số thành viên chỉ trong sum/min/max/average",
                              en: "'as a whole' misused: it needs a periodic rule for kinds, sizes only inside sum/min/max/average")
        case .W001: Localized(vi: "quy tắc không nằm trong điều nào: kết luận không trích dẫn được", en: "a rule outside any article: its findings cite nothing")
        case .W002: Localized(vi: "tệp không có phần 'regulation'", en: "a file with no 'regulation' header")
        case .W003: Localized(vi: "ngày hiệu lực trước ngày ban hành", en: "in force before it was issued")
        case .W004: Localized(vi: "'after' không có hạn: không bao giờ muộn", en: "'after' with no bound: never late")
        case .W005: Localized(vi: "ngày làm việc bù đã là ngày làm việc", en: "a working day that already is one")
        case .W006: Localized(vi: "ngày nghỉ đã là ngày nghỉ", en: "a day off that already is one")
        case .W007: Localized(vi: "'not holiday' cho ngày vốn không nghỉ", en: "'not holiday' on a day that is not off")
        case .W008: Localized(vi: "quy tắc áp dụng cho cơ quan suy ra, không ghi rõ", en: "a rule's body implied, not named")
        case .E10: Localized(vi: "bản ghi thiếu 'type'", en: "a record with no 'type'")
        case .E11: Localized(vi: "loại sự kiện không biết", en: "an unknown event type")
        case .E12: Localized(vi: "bản ghi thiếu ngày", en: "a record with no date")
        case .E13: Localized(vi: "ngày hay giờ không hợp lệ", en: "an invalid date or time")
        case .E14: Localized(vi: "bản ghi thiếu 'body'", en: "a record with no 'body'")
        case .E15: Localized(vi: "giá trị sai kiểu của trường", en: "a value of the wrong type")
        case .E16: Localized(vi: "mã sự kiện trùng", en: "an id used twice")
        case .E17: Localized(vi: "tham chiếu tới sự kiện khác loại", en: "a reference to an event of another type")
        case .E18: Localized(vi: "thiếu trường bắt buộc", en: "a required field missing")
        case .E19: Localized(vi: "giá trị không có trong danh sách của trường", en: "a value not in the field's list")
        case .E20: Localized(vi: "số không hợp lệ", en: "an invalid number")
        case .E21: Localized(vi: "giá trị quá dài", en: "a value too long")
        case .E22: Localized(vi: "số đếm âm, 'members' bằng 0, hoặc tiêu đề CSV thiếu cột", en: "a negative count, 'members' 0, or a CSV header without a column")
        case .E23: Localized(vi: "số đếm không thể đúng với số thành viên hay số có mặt", en: "counts that cannot be true of the members or those present")
        case .E24: Localized(vi: "danh sách tổ chức viết sai: cột, ngày, số đảng viên hay cấp trên", en: "a roster's fault: a column, date, number of members or parent")
        case .E25: Localized(vi: "sự kiện của một cơ quan không có trong danh sách tổ chức", en: "events of a body not on the roster")
        case .E26: Localized(vi: "sự kiện đề ngày ngoài thời gian hoạt động của cơ quan trong danh sách", en: "events dated outside their body's active days on the roster")
        case .Q001: Localized(vi: "đoạn trích không có trong văn bản nguồn (chỉ được bỏ bớt từ bằng '…')", en: "a quote not in the source documents (words may only be left out, with '…')")
        case .Q002: Localized(vi: "đoạn trích bắt đầu hoặc kết thúc giữa câu của văn bản nguồn mà không có '…'", en: "a quote that starts or stops inside a sentence of the source without '…'")
        case .W21: Localized(vi: "danh sách tổ chức có loại tổ chức quy chế không khai báo: không quy tắc nào áp dụng cho các cơ quan đó", en: "a roster kind the regulation does not declare: no rule applies to its bodies")
        case .W20: Localized(vi: "trường không thuộc loại sự kiện: không được đọc", en: "a field the event type does not have: not read")
        }
    }
}
