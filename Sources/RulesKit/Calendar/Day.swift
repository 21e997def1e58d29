/// A calendar day in the proleptic Gregorian calendar, with no time or zone.
///
/// Stored as a plain day count so that comparisons, hashing and day arithmetic
/// are single integer operations; the civil components are derived on demand
/// with Howard Hinnant's exact integer algorithms (no Foundation, no floating point).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (which is ordinal 0).
    public let ordinal: Int32

    /// 0001-01-01, the first day this library accepts from text or components.
    public static let first = Day(ordinal: Int32(Day.daysFromCivil(1, 1, 1)))
    /// 9999-12-31, the last day this library accepts from text or components.
    public static let last = Day(ordinal: Int32(Day.daysFromCivil(9999, 12, 31)))

    public init(ordinal: Int32) {
        self.ordinal = ordinal
    }

    /// Returns nil unless the components name a real day in years 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        self.ordinal = Int32(Day.daysFromCivil(year, month, day))
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public var components: (year: Int, month: Int, day: Int) {
        Day.civilFromDays(Int(ordinal))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // Ordinal 0 (1970-01-01) was a Thursday (ISO 4); floor-mod keeps pre-1970 days correct.
        let r = (Int(ordinal) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// Results are clamped to `Day.first...Day.last` so arithmetic never traps.
    public func adding(days: Int) -> Day {
        let lo = Int(Day.first.ordinal), hi = Int(Day.last.ordinal)
        let clampedDelta = max(lo - hi - 1, min(hi - lo + 1, days))
        return Day(ordinal: Int32(max(lo, min(hi, Int(ordinal) + clampedDelta))))
    }

    /// `days` later (earlier when negative), or nil when that leaves years 1...9999: a deadline
    /// past the calendar is not a day, and must not become its last one.
    public func shifted(days: Int64) -> Day? {
        let (target, overflow) = Int64(ordinal).addingReportingOverflow(days)
        guard !overflow, target >= Int64(Day.first.ordinal), target <= Int64(Day.last.ordinal) else { return nil }
        return Day(ordinal: Int32(target))
    }

    /// `adding(months:)` without the clamp to years 1...9999: nil outside them.
    public func shifted(months: Int64) -> Day? {
        guard months.magnitude < 12 * 10_000 else { return nil }
        let c = components
        let year = (c.year * 12 + (c.month - 1) + Int(months)) / 12
        guard (1...9999).contains(year) else { return nil }
        return adding(months: Int(months))
    }

    /// Calendar-month arithmetic that clamps to the end of the target month
    /// (Jan 31 + 1 month = Feb 28/29), as deadlines "one month after" are read.
    /// Results are clamped to years 1...9999.
    public func adding(months: Int) -> Day {
        let c = components
        let limit = 10_000 * 12
        let total = c.year * 12 + (c.month - 1) + max(-limit, min(limit, months))
        let year = total / 12, month = total % 12 + 1
        if year < 1 { return Day.first }
        if year > 9999 { return Day.last }
        let day = min(c.day, Day.daysInMonth(year: year, month: month))
        return Day(ordinal: Int32(Day.daysFromCivil(year, month, day)))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Hinnant, "chrono-Compatible Low-Level Date Algorithms": exact for all Int inputs
    // that do not overflow, which the callers guarantee by range-checking first.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Day {
    /// The first day of the 40-hour, five-day week for cadres and civil servants (Quyết định
    /// 188/1999/QĐ-TTg of 17/09/1999): before it Saturday was a working day.
    public static let fiveDayWeek = Day(year: 1999, month: 10, day: 2)!

    /// The weekly rest day of a cadre or civil servant: Sunday, and Saturday from 2 October 1999.
    public var isWeeklyRest: Bool { weekday == 7 || (weekday == 6 && self >= Day.fiveDayWeek) }
}
