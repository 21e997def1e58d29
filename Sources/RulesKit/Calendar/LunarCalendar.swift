/// A date in the Vietnamese lunar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable, CustomStringConvertible {
    /// The lunar year, numbered by the Gregorian year in which its month 1 begins.
    public let year: Int
    public let month: Int
    public let day: Int
    /// True for the intercalary (nhuận) month that repeats `month`'s number.
    public let isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }

    public var description: String {
        "\(day)/\(month)\(isLeapMonth ? " nhuận" : "")/\(year) âm lịch"
    }
}

/// The Vietnamese lunisolar calendar, computed astronomically for UTC+7.
///
/// Deliberately not Foundation's `.chinese` calendar: that one is computed for
/// UTC+8 and gives a different Tết in years such as 1985 and 2007. Results follow
/// Hồ Ngọc Đức's algorithm, the reference for Vietnamese calendar software, and
/// are validated for 1900–2199 (computed, with decreasing fidelity, for years 1–9999).
public enum VietnameseLunarCalendar {
    /// The Gregorian day of a lunar date, or nil if that date does not exist
    /// (day 30 of a 29-day month, a leap month the year does not have, year outside 1...9999).
    public static func solarDay(lunarYear: Int, month: Int, day: Int, isLeapMonth: Bool = false) -> Day? {
        guard (1...9999).contains(lunarYear), (1...12).contains(month), (1...30).contains(day) else { return nil }
        // Months 11 and 12 lie in the span that ends at the following year's month 11.
        let span = LunarYearSpan.forLunarYear(month >= 11 ? lunarYear + 1 : lunarYear)
        guard let index = span.index(ofMonth: month, isLeap: isLeapMonth),
              day <= span.monthStarts[index + 1] - span.monthStarts[index] else { return nil }
        let ordinal = span.monthStarts[index] + day - 1 - LunarAstronomy.unixEpochJDN
        guard ordinal >= Int(Day.first.ordinal), ordinal <= Int(Day.last.ordinal) else { return nil }
        return Day(ordinal: Int32(ordinal))
    }

    public static func lunarDate(of day: Day) -> LunarDate {
        let jdn = Int(day.ordinal) + LunarAstronomy.unixEpochJDN
        let year = day.year
        // The span starting at this Gregorian year's month 11 covers late Nov/Dec onward.
        let later = LunarYearSpan.forLunarYear(year + 1)
        let span = jdn >= later.monthStarts[0] ? later : LunarYearSpan.forLunarYear(year)
        let index = span.index(containing: jdn)
        return span.date(ofIndex: index, day: jdn - span.monthStarts[index] + 1)
    }

    /// Tết: the first day of month 1 of the lunar year. Years outside 1...9999 are clamped.
    public static func newYear(_ year: Int) -> Day {
        let year = max(1, min(9999, year))
        let span = LunarYearSpan.forLunarYear(year)
        let index = span.index(ofMonth: 1, isLeap: false) ?? 2
        return Day(ordinal: Int32(span.monthStarts[index] - LunarAstronomy.unixEpochJDN))
    }

    /// The number of the leap month in a lunar year, or nil in a 12-month year.
    public static func leapMonth(inLunarYear year: Int) -> Int? {
        guard (1...9999).contains(year) else { return nil }
        // A leap month 11 or 12 sits in the next span; months 1–10 in this one.
        for candidate in [LunarYearSpan.forLunarYear(year), LunarYearSpan.forLunarYear(year + 1)] {
            if let leap = candidate.leapMonth, leap.year == year { return leap.month }
        }
        return nil
    }
}
