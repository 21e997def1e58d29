/// A year's days off and working days, as `rules calendar YEAR` prints them: each day with the
/// document or law it comes from, and whether the year follows an announced schedule.
public enum CalendarReport {
    public static func render(_ calendar: WorkingCalendar, year: Int, language: Language) -> String {
        let weekdays = language == .vi ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var out = Localized(vi: "Ngày nghỉ năm \(year)", en: "Days off in \(year)").text(language) + "\n"
        out += basis(year, adjusted: calendar.isAdjusted(year: year)).text(language).wrapped(indent: "  ") + "\n"
        let off = calendar.holidays(inYear: year), worked = calendar.workedDays(inYear: year)
        let removed = calendar.removedDaysOff(inYear: year)
        // Sources are numbered in order of first use and listed once, at the end.
        var sources: [String] = []
        let width = ((off + removed).map { $0.name.text(language).count } + worked.map { $0.name.text(language).count }).max() ?? 0
        func line(_ day: Day, _ name: Localized, _ source: Localized) -> String {
            let n = name.text(language), s = source.text(language)
            if !sources.contains(s) { sources.append(s) }
            let pad = String(repeating: " ", count: max(0, width - n.count))
            return "  \(day)  \(weekdays[day.weekday - 1])  \(n)\(pad)  [\(sources.firstIndex(of: s)! + 1)]\n"
        }
        for h in off { out += line(h.day, h.name, h.source) }
        let rest = worked.filter(\.day.isWeeklyRest)
        if !rest.isEmpty {
            out += Localized(vi: "Ngày nghỉ hằng tuần phải làm việc năm \(year)", en: "Weekly rest days worked in \(year)").text(language) + "\n"
            for w in rest { out += line(w.day, w.name, w.source) }
        }
        // What the rules file takes away from the built-in calendar is shown, not dropped.
        if !removed.isEmpty {
            out += Localized(vi: "Ngày nghỉ có sẵn mà tệp quy chế đổi thành ngày làm việc", en: "Built-in days off the rules file makes working days")
                .text(language) + "\n"
            for h in removed { out += line(h.day, h.name, h.source) }
        }
        out += Localized(vi: "Số ngày làm việc: \(calendar.workingDayCount(inYear: year))",
                         en: "Working days: \(calendar.workingDayCount(inYear: year))").text(language) + "\n"
        if !sources.isEmpty {
            out += Localized(vi: "Nguồn:", en: "Sources:").text(language) + "\n"
            for (i, s) in sources.enumerated() { out += "  [\(i + 1)] \(s)\n" }
        }
        return out
    }

    /// Where the year's days come from: an announced schedule, or the statutory rule, and why.
    static func basis(_ year: Int, adjusted: Bool) -> Localized {
        let file = adjusted ? Localized(vi: " Tệp quy chế điều chỉnh một số ngày (ghi ở cột nguồn).",
                                        en: " The rules file adjusts some days (named in the source column).") : .same("")
        if let schedule = VietnamOfficialSchedules.schedule(forYear: year) {
            let docs = schedule.documents
            return Localized(vi: "Theo lịch nghỉ chính thức của cán bộ, công chức, viên chức: \(docs.map(\.vi).joined(separator: "; ")); các ngày lễ rơi vào ngày thường và không dời được tính theo luật.",
                             en: "The official schedule for cadres and civil servants: \(docs.map(\.en).joined(separator: "; ")); holidays on weekdays that were not moved follow the law.") + file
        }
        let known = VietnamOfficialSchedules.years
        let range = known.isEmpty ? "" : "\(known.first!)–\(known.last!)"
        // The law in force at the year's start and at its end: 2013's Tết fell under the 1994 Code.
        let y = max(1, min(9999, year))
        let laws = [HolidayLaw.inForce(on: Day(year: y, month: 1, day: 1)!), HolidayLaw.inForce(on: Day(year: y, month: 12, day: 31)!)]
        let cited = laws[0] == laws[1] ? laws[0].citation
            : laws[0].citation + Localized(vi: ", rồi ", en: ", then ") + laws[1].citation
        var text = Localized(
            vi: "Không có lịch nghỉ chính thức năm \(year) trong công cụ (công cụ có các năm \(range)): các ngày được tính theo quy tắc của luật (\(cited.vi)) và ngày nghỉ bù; cần đối chiếu với thông báo của Chính phủ và điều chỉnh bằng calendar { … } trong tệp quy chế.",
            en: "No official schedule for \(year) is built in (the tool has \(range)): the days are computed from the statutory rule (\(cited.en)) and its compensatory days; check them against the government's announcement and adjust them with calendar { … } in the rules file.")
        if !HolidayLaw.modelled(year: year) {
            text = text + Localized(vi: " Trước năm 1995, công cụ vẫn áp dụng Bộ luật Lao động 1994: luật trước đó không được mô hình hóa.",
                                    en: " Before 1995 the tool still applies the Labour Code 1994: earlier law is not modelled.")
        }
        return text + file
    }
}

extension String {
    /// The text broken into lines of at most 96 characters, each line after the first indented.
    func wrapped(indent: String, width: Int = 96) -> String {
        var lines: [String] = [], line = ""
        for word in split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent + word
            } else {
                line += (line.isEmpty ? indent : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
