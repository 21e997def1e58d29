/// Messages about event records, in Vietnamese and English.
public enum EventMessages {
    static let missingType = Localized(vi: "bản ghi thiếu trường 'type'", en: "record has no 'type'")
    static func headerLacks(_ column: String, header: [String], rows: Int) -> Localized {
        let shown = header.prefix(8).joined(separator: ", ") + (header.count > 8 ? ", …" : "")
        // One column only: the file is most likely split by a separator the header does not use.
        let oneColumn = header.count == 1
        return Localized(
            vi: "dòng tiêu đề không có cột '\(column)' (các cột: \(shown))" + (oneColumn ? "; có phải tệp dùng dấu phân cách khác? dùng --delimiter" : "")
                + ": \(rows) dòng không đọc được",
            en: "the header has no '\(column)' column (columns: \(shown))" + (oneColumn ? "; is another separator used? give --delimiter" : "")
                + ": \(rows) row(s) not read")
    }
    static func dayFirstDate(_ s: String) -> Localized {
        Localized(vi: "'\(s)' không phải ngày dạng YYYY-MM-DD; nếu là ngày/tháng/năm, dùng --date-format dmy",
                  en: "'\(s)' is not a date YYYY-MM-DD; if it is day/month/year, give --date-format dmy")
    }
    static func unknownType(_ t: String, suggestion: String? = nil) -> Localized {
        Localized(vi: "không biết loại sự kiện '\(t)'", en: "unknown event type '\(t)'") + Suggestions.aside(suggestion)
    }
    static let missingDate = Localized(vi: "bản ghi thiếu 'date' (YYYY-MM-DD) hoặc 'time'", en: "record has no 'date' (YYYY-MM-DD) or 'time'")
    static func noSuchDay(_ s: String) -> Localized {
        Localized(vi: "'\(s)' không phải một ngày có thật trong lịch", en: "'\(s)' is not a real date")
    }
    static func badDate(_ s: String) -> Localized {
        Localized(vi: "'\(s)' không phải là ngày hợp lệ (YYYY-MM-DD)", en: "'\(s)' is not a valid date (YYYY-MM-DD)")
    }
    static func badDateTime(_ s: String) -> Localized {
        Localized(vi: "'\(s)' không phải là thời điểm ISO 8601 hợp lệ", en: "'\(s)' is not a valid ISO 8601 time")
    }
    static let missingBody = Localized(vi: "bản ghi thiếu trường 'body'", en: "record has no 'body'")
    static func illTyped(_ field: String, _ expected: String, _ expectedVi: String, _ found: String) -> Localized {
        Localized(vi: "trường '\(field)' cần \(expectedVi), gặp \(found)", en: "field '\(field)' must be \(expected), found \(found)")
    }
    static func missingRequired(_ field: String) -> Localized {
        Localized(vi: "thiếu trường bắt buộc '\(field)'", en: "required field '\(field)' is missing")
    }
    static func notListed(_ v: String, _ field: String, _ values: [String]) -> Localized {
        // A rules file may say "thường kỳ"; the log keeps the standard value, and is told which.
        let alias = SurfacePhrases.valueToEnglish[v].flatMap { values.contains($0) ? $0 : nil }
        return Localized(vi: "'\(v)' không thuộc các giá trị của '\(field)': \(values.joined(separator: ", "))"
                             + (alias.map { " — nhật ký ghi giá trị chuẩn: '\($0)'" } ?? ""),
                         en: "'\(v)' is not a listed value of '\(field)': \(values.joined(separator: ", "))"
                             + (alias.map { " — the log keeps the standard value: '\($0)'" } ?? ""))
    }
    static func duplicateId(_ id: String, _ first: EventSource) -> Localized {
        Localized(vi: "mã '\(id)' trùng với bản ghi ở \(first.file):\(first.line)",
                  en: "id '\(id)' already used by the record at \(first.file):\(first.line)")
    }
    static func unknownReference(_ id: String, _ type: String) -> Localized {
        Localized(vi: "không có sự kiện '\(type)' nào mang mã '\(id)'", en: "no '\(type)' event has the id '\(id)'")
    }
    static func referenceOfOtherType(_ id: String, _ type: String, _ other: String) -> Localized {
        Localized(vi: "mã '\(id)' là của một sự kiện '\(other)', không phải '\(type)'", en: "the id '\(id)' belongs to a '\(other)' event, not a '\(type)'")
    }
    static func tooLong(_ field: String, _ limit: Int) -> Localized {
        Localized(vi: "giá trị của '\(field)' dài quá \(limit) byte", en: "the value of '\(field)' is longer than \(limit) bytes")
    }
}

extension EventMessages {
    static func negativeCount(_ field: String, _ v: Int64) -> Localized {
        Localized(vi: "'\(field)' là một số đếm, không thể âm (\(v))", en: "'\(field)' is a count and cannot be negative (\(v))")
    }
    static let noMembers = Localized(vi: "'members' bằng 0: một cơ quan có ít nhất một thành viên", en: "'members' is 0: a body has at least one member")
    static func moreThanMembers(_ field: String, _ v: Int64, _ m: Int64) -> Localized {
        Localized(vi: "'\(field)' (\(v)) nhiều hơn 'members' (\(m))", en: "'\(field)' (\(v)) is more than 'members' (\(m))")
    }
    static func moreVotesThanMembers(_ cast: Int64, _ members: Int64) -> Localized {
        Localized(vi: "số phiếu tán thành + không tán thành + không biểu quyết (\(cast)) nhiều hơn số thành viên (\(members))",
                  en: "for + against + abstain (\(cast)) is more than the \(members) members")
    }
    static func moreVotesThanPresent(_ cast: Int64, _ present: Int64) -> Localized {
        Localized(vi: "số phiếu for + against + abstain (\(cast)) nhiều hơn số có mặt 'present' (\(present))",
                  en: "for + against + abstain (\(cast)) is more than 'present' (\(present))")
    }
    static func moreAnswersThanMembers(_ answers: Int64, _ m: Int64) -> Localized {
        Localized(vi: "approve + disapprove (\(answers)) nhiều hơn 'members' (\(m))", en: "approve + disapprove (\(answers)) is more than 'members' (\(m))")
    }
    /// `written`: the value as JSON writes it (`08` is 8), so the hint is one that works.
    static func numberAsText(_ field: String, _ text: String, written: String) -> Localized {
        Localized(vi: "'\(field)' phải là một giá trị, không phải văn bản \"\(text)\": viết \(written), không có dấu ngoặc kép",
                  en: "'\(field)' must be a value, not the text \"\(text)\": write \(written) without quotes")
    }
    public static func moreUnknownFields(_ n: Int, listed: Int) -> Localized {
        Localized(vi: "cảnh báo: còn \(n) giá trị của các trường khác không thuộc loại sự kiện của chúng (chỉ liệt kê \(listed) trường đầu tiên) [W20]",
                  en: "warning: \(n) more value(s) of other fields their event type does not have (only the first \(listed) fields are listed) [W20]")
    }

    static func unknownField(_ field: String, _ type: String) -> Localized {
        Localized(vi: "sự kiện '\(type)' không có trường '\(field)': giá trị bị bỏ qua", en: "event type '\(type)' has no field '\(field)': its value is ignored")
    }
}
