/// A year's days off and working days, as `rules calendar YEAR` prints them.
public enum CalendarReport {
    public static func render(_ calendar: WorkingCalendar, year: Int, language: Language) -> String {
        let weekdays = language == .vi ? ["T2", "T3", "T4", "T5", "T6", "T7", "CN"] : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var out = Localized(vi: "Ngày nghỉ năm \(year)", en: "Days off in \(year)").text(language) + "\n"
        for h in calendar.holidays(inYear: year) {
            let name = language.pick(h.nameVi, h.nameEn)
            out += "  \(h.day)  \(weekdays[h.day.weekday - 1])  \(name)\n"
        }
        out += Localized(vi: "Số ngày làm việc: \(calendar.workingDayCount(inYear: year))",
                         en: "Working days: \(calendar.workingDayCount(inYear: year))").text(language) + "\n"
        return out
    }
}
