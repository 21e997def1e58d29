import RulesKit

/// What `evaluate` and `diff --events` do with records they could not read: print each, then give
/// no verdict unless `--skip-invalid` asks to judge the rest.
enum BadRecords {
    /// Record errors printed one by one; past these, a count per code (the JSON report lists the
    /// first `RecordErrors.kept` and counts the rest by code).
    static let listed = 100

    /// "and 7,670 more: 7,670 × E17 (a reference to an event of another type)"; `uncounted`: the
    /// errors past those kept in full, already counted per code.
    static func rest(_ errors: ArraySlice<EventError>, uncounted: [String: Int] = [:], _ lang: Language) -> String {
        var counts = uncounted
        for e in errors { counts[e.code, default: 0] += 1 }
        let total = counts.values.reduce(0, +)
        let kinds = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { code, n in
            "\(n) × \(code)" + (DiagnosticCode(rawValue: code).map { " (\($0.summary.text(lang)))" } ?? "")
        }
        return lang.pick("… và \(total) bản ghi lỗi nữa: ", "… and \(total) more: ") + kinds.joined(separator: "; ")
    }

    /// False when the command must stop (exit 2).
    /// `json`: the refusal is also a JSON document on stdout, so a pipeline gets the errors as data.
    static func accept(_ log: EventLog, skipInvalid: Bool, lang: Language, json: Bool = false) -> Bool {
        for u in log.unknownFields { Terminal.writeError(u.render(lang) + "\n") }
        if log.unlistedUnknownFields > 0 {
            Terminal.writeError(EventMessages.moreUnknownFields(log.unlistedUnknownFields, listed: log.unknownFields.count).text(lang) + "\n")
        }
        let errors = log.recordErrors
        guard !errors.isEmpty else { return true }
        for e in errors.listed.prefix(listed) { Terminal.writeError(e.render(lang) + "\n") }
        if errors.count > listed { Terminal.writeError(rest(errors.listed.dropFirst(listed), uncounted: errors.unlisted, lang) + "\n") }
        guard skipInvalid else {
            // Every record refused for a day-first date: the option that reads them is the way on.
            let dayFirst = errors.listed.allSatisfy { $0.code == DiagnosticCode.E13.rawValue && $0.message.en.contains("--date-format dmy") }
                && errors.unlisted.keys.allSatisfy { $0 == DiagnosticCode.E13.rawValue }
            let reason = dayFirst
                ? Localized(vi: "\(errors.count) bản ghi có ngày viết ngày/tháng/năm; không đưa ra kết luận (dùng --date-format dmy để đọc chúng)",
                            en: "\(errors.count) record(s) have dates written day/month/year; no verdict given (give --date-format dmy to read them)")
                : Localized(vi: "\(log.recordsRejected) bản ghi lỗi; không đưa ra kết luận (dùng --skip-invalid để đánh giá các bản ghi còn lại)",
                            en: "\(log.recordsRejected) bad record(s); no verdict given (use --skip-invalid to evaluate the rest)")
            Terminal.writeError(reason.text(lang) + "\n")
            if json { Terminal.write(JSONReport.noVerdict(reason, recordErrors: errors)) }
            return false
        }
        Terminal.writeError(Localized(vi: "bỏ qua \(log.recordsRejected) bản ghi lỗi",
                                      en: "skipped \(log.recordsRejected) bad record(s)").text(lang) + "\n")
        return true
    }
}
