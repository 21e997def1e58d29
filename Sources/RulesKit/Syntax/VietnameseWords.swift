import Foundation

/// The Vietnamese surface of the language: one table, read both ways.
///
/// A keyword is written as Vietnamese is written, its syllables apart (`ít nhất`, `trừ khi`); a
/// name — an event type, a field — is one word, its syllables joined by `_` (`hội_nghị`,
/// `có_mặt`), as every name of the language is. A listed value is a string and keeps its spaces
/// (`"thường kỳ"`). Each Vietnamese spelling stands for exactly one English word or phrase, so
/// reading a Vietnamese file never guesses; an English word may have two Vietnamese spellings,
/// one as a keyword and one as a name (`for` in `rule … for` is `áp dụng cho`, the field `for` of a
/// vote is `tán_thành`).
enum VietnameseWords {
    /// English keyword phrase → Vietnamese phrase. A phrase of several English words is written as
    /// one Vietnamese phrase where Vietnamese says it differently (`at least` → `ít nhất`).
    static let keywords: [(english: String, vietnamese: String)] = [
        // header
        ("regulation", "quy chế"), ("title", "tiêu đề"), ("issuer", "cơ quan ban hành"), ("issued", "ngày ban hành"),
        ("effective", "hiệu lực"), ("term", "nhiệm kỳ"), ("amends", "sửa đổi"), ("illustrative", "minh họa"),
        ("numbering", "đánh số"), ("reading", "cách hiểu"), ("calendar", "lịch"), ("to", "đến"),
        // calendar
        ("holiday", "ngày nghỉ"), ("not holiday", "không phải ngày nghỉ"), ("workday", "ngày làm việc"), ("source", "nguồn"),
        // bodies
        ("body", "tổ chức"), ("kind", "loại"), ("members", "số thành viên"), ("exempt", "số được miễn"),
        ("from", "từ"), ("bodies", "gồm"),
        // event types
        ("event", "sự kiện"), ("required", "bắt buộc"), ("ref", "tham chiếu"), ("one of", "một trong"),
        ("integer", "số nguyên"), ("number", "số"), ("boolean", "đúng sai"), ("text", "chữ"), ("date", "ngày"),
        ("time", "giờ"), ("duration", "thời lượng"), ("id", "mã"),
        // provisions and amendments
        ("article", "điều"), ("clause", "khoản"), ("point", "điểm"),
        ("replace", "thay"), ("add", "bổ sung"), ("repeal", "bãi bỏ"),
        // rules
        ("rule", "quy tắc"), ("for", "áp dụng cho"), ("as a whole", "gộp chung"),
        ("every", "mỗi"), ("at least", "ít nhất"), ("at most", "nhiều nhất"), ("exactly", "chính xác"),
        ("where", "có"), ("by", "chậm nhất ngày"), ("by end of", "chậm nhất cuối"),
        ("by the next", "chậm nhất vào lần tới"), ("by next", "chậm nhất lần tới"),
        ("at the next", "ngay vào lần tới"), ("at next", "ngay lần tới"), ("at", "cùng ngày"),
        ("no gap longer than", "không có khoảng cách dài hơn"), ("between", "giữa các"),
        ("each", "với mỗi"), ("unless", "trừ khi"), ("whenever", "mỗi khi"), ("before", "trước"), ("after", "sau"),
        ("within", "trong vòng"), ("target", "chỉ tiêu"), ("keep", "đạt"), ("adopted", "thông qua"),
        ("requires", "cần"), ("when", "khi"), ("prorated", "theo tỷ lệ"),
        // periods
        ("week", "tuần"), ("month", "tháng"), ("quarter", "quý"), ("half-year", "nửa năm"), ("year", "năm"),
        // expressions
        ("and", "và"), ("or", "hoặc"), ("not", "không"), ("in", "thuộc"), ("of", "của"),
        ("true", "đúng"), ("false", "sai"), ("count", "đếm"), ("exists", "tồn tại"), ("has", "đã ghi"),
        ("sum", "tổng"), ("min", "nhỏ nhất"), ("max", "lớn nhất"), ("average", "trung bình"), ("over", "trên"),
        // months, for `by 31 October`
        ("January", "tháng Một"), ("February", "tháng Hai"), ("March", "tháng Ba"), ("April", "tháng Tư"),
        ("May", "tháng Năm"), ("June", "tháng Sáu"), ("July", "tháng Bảy"), ("August", "tháng Tám"),
        ("September", "tháng Chín"), ("October", "tháng Mười"), ("November", "tháng Mười Một"), ("December", "tháng Mười Hai"),
    ]

    /// Other spellings a drafter may type (the older placement of the tone mark); read, never written.
    static let variants: [(vietnamese: String, standard: String)] = [
        ("minh hoạ", "minh họa"), ("theo tỉ lệ", "theo tỷ lệ"), ("qui chế", "quy chế"), ("qui tắc", "quy tắc"),
        // Month names as they are also written: lower case, and `tháng Bốn` for April. `tháng Giêng` and
        // `tháng Chạp` are not here: they name lunar months, which deadlines are not.
        ("tháng một", "tháng Một"), ("tháng hai", "tháng Hai"), ("tháng ba", "tháng Ba"), ("tháng tư", "tháng Tư"),
        ("tháng năm", "tháng Năm"), ("tháng sáu", "tháng Sáu"), ("tháng bảy", "tháng Bảy"), ("tháng tám", "tháng Tám"),
        ("tháng chín", "tháng Chín"), ("tháng mười", "tháng Mười"), ("tháng mười một", "tháng Mười Một"),
        ("tháng mười hai", "tháng Mười Hai"), ("tháng Mười một", "tháng Mười Một"), ("tháng Mười hai", "tháng Mười Hai"),
        ("tháng Bốn", "tháng Tư"), ("tháng bốn", "tháng Tư"), ("quí", "quý"),
    ]

    /// Standard event types and fields (and the names `members`, `exempt` of a body's size) →
    /// their Vietnamese names. The event log keeps the English names: these are aliases.
    static let names: [(english: String, vietnamese: String)] = [
        // event types
        ("meeting", "hội_nghị"), ("document", "văn_bản"), ("vote", "biểu_quyết"), ("consultation", "lấy_ý_kiến"),
        ("proposal", "đề_nghị"), ("visit", "dự_sinh_hoạt"), ("report", "báo_cáo"), ("membership", "số_lượng_thành_viên"),
        // fields every event has
        ("type", "kiểu"), ("id", "mã"), ("date", "ngày"), ("body", "tổ_chức"),
        // fields
        ("kind", "loại"), ("present", "có_mặt"), ("members", "số_thành_viên"), ("exempt", "số_được_miễn"),
        ("start", "bắt_đầu"), ("end", "kết_thúc"), ("chair", "chủ_trì"), ("minutes", "có_biên_bản"),
        ("agenda_adopted", "thông_qua_chương_trình"), ("special", "đặc_biệt"), ("to", "gửi_đến"),
        ("matter", "nội_dung"), ("category", "nhóm"), ("method", "hình_thức"), ("for", "tán_thành"),
        ("against", "không_tán_thành"), ("abstain", "không_biểu_quyết"), ("adopted", "được_thông_qua"),
        ("approve", "đồng_ý"), ("disapprove", "không_đồng_ý"), ("reported_at", "báo_cáo_tại"),
        ("supporters", "số_đề_nghị"), ("target", "đối_tượng"), ("person", "người_dự"), ("about", "về_việc"),
        ("period", "kỳ"),
        // the built-in calendar
        ("vietnam", "việt_nam"),
    ]

    /// Listed values of the standard fields → their Vietnamese strings.
    static let values: [(english: String, vietnamese: String)] = [
        ("regular", "thường kỳ"), ("extraordinary", "bất thường"), ("thematic", "chuyên đề"), ("expanded", "mở rộng"),
        ("draft", "dự thảo"), ("notice", "thông báo"), ("invitation", "giấy mời"), ("resolution", "nghị quyết"),
        ("conclusion", "kết luận"), ("minutes", "biên bản"), ("report", "báo cáo"),
        ("secret", "bỏ phiếu kín"), ("show_of_hands", "giơ tay"),
    ]

    /// Duration units after a number: `2 ngày làm việc`, `3 tháng`.
    static let units: [(vietnamese: String, unit: DurationUnit)] = [
        ("phút", .minutes), ("giờ", .hours), ("ngày làm việc", .workingDays), ("ngày", .days),
        ("tuần", .weeks), ("tháng", .months), ("năm", .years),
    ]

    /// The words after `tháng` that make it a month's name (`31 tháng Mười`, `31 tháng 10`), not a
    /// unit (`3 tháng`).
    static let monthOrdinals: Set<String> = Set(["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Bốn"]
        .flatMap { [$0, $0.lowercased()] } + (1...12).flatMap { [String($0), String(format: "%02d", $0)] })
}
