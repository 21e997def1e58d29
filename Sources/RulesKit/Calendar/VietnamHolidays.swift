/// Vietnam's statutory public holidays (Labour Code 2019, art. 112) and the
/// compensatory days they generate, for one Gregorian year.
///
/// Documented defaults, which rules files may override through `WorkingCalendar`:
/// - Tết Nguyên đán: the law grants 5 days but the Prime Minister fixes which ones
///   each year. Default: the last day of the old lunar year plus days 1–4 of month 1.
/// - Quốc khánh: 2 September plus "one adjacent day, before or after". Default:
///   the adjacent day that is a weekday; if both are, the one touching the weekend
///   (Monday 1 or Friday 3 September); otherwise 1 September.
///   This reproduces the official schedules 2021–2025 (e.g. 2023: 1–2, 2024: 2–3, 2025: 1–2).
/// - A statutory day on Saturday or Sunday is compensated on the next weekday that is
///   neither a holiday nor already a compensatory day. Two statutory holidays on the
///   same date are one day off under both names (the law compensates only weekend clashes).
public enum VietnamHolidays {
    /// Statutory and compensatory days off in a Gregorian year, sorted, one entry per day.
    /// Years 1900...2199 are served from a table built once; years outside 1...9999 are empty.
    public static func holidays(inYear year: Int) -> [Holiday] {
        cachedYears.contains(year) ? cache[year - cachedYears.lowerBound] : computeHolidays(inYear: year)
    }

    /// The statutory days alone (no compensatory days), sorted, one entry per day.
    public static func statutoryHolidays(inYear year: Int) -> [Holiday] {
        guard (1...9999).contains(year) else { return [] }
        func on(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
        let tet = VietnameseLunarCalendar.newYear(year)
        // Month 3 always has a 10th; the fallback only keeps this total without a force-unwrap.
        let hungKings = VietnameseLunarCalendar.solarDay(lunarYear: year, month: 3, day: 10) ?? tet.adding(days: 68)
        var days: [(Day, String, String)] = [(on(1, 1), "Tết Dương lịch", "New Year's Day")]
        days += (-1...3).map { (tet.adding(days: $0), "Tết Nguyên đán", "Lunar New Year (Tết)") }
        days += [
            (hungKings, "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration Day"),
            (on(4, 30), "Ngày Chiến thắng", "Reunification Day"),
            (on(5, 1), "Ngày Quốc tế Lao động", "International Labour Day"),
            (on(9, 2), "Quốc khánh", "National Day"),
            (nationalDayCompanion(year: year), "Quốc khánh", "National Day"),
        ]
        return merged(days.sorted { $0.0 < $1.0 })
    }

    /// The second National Day holiday, adjacent to 2 September (see the type's documentation).
    public static func nationalDayCompanion(year: Int) -> Day {
        guard let september2 = Day(year: max(1, min(9999, year)), month: 9, day: 2) else { return Day.first }
        let before = september2.adding(days: -1), after = september2.adding(days: 1)
        switch (before.isWeekend, after.isWeekend) {
        case (true, false): return after
        case (false, true): return before
        default: return after.weekday == 5 ? after : before
        }
    }

    static func computeHolidays(inYear year: Int) -> [Holiday] {
        let statutory = statutoryHolidays(inYear: year)
        var taken = Set(statutory.map(\.day))
        var result = statutory
        for holiday in statutory where holiday.day.isWeekend {
            var day = holiday.day.adding(days: 1)
            while day.isWeekend || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            result.append(Holiday(
                day: day, nameVi: "Nghỉ bù \(holiday.nameVi)",
                nameEn: "Compensatory day off for \(holiday.nameEn)", kind: .compensatory))
        }
        return result.sorted { $0.day < $1.day }
    }

    /// Folds same-day entries into one so lookups by day stay unambiguous.
    private static func merged(_ sorted: [(Day, String, String)]) -> [Holiday] {
        var result: [Holiday] = []
        for (day, vi, en) in sorted {
            if let last = result.last, last.day == day {
                if last.nameVi != vi {
                    result[result.count - 1] = Holiday(
                        day: day, nameVi: "\(last.nameVi) / \(vi)", nameEn: "\(last.nameEn) / \(en)", kind: .statutory)
                }
            } else {
                result.append(Holiday(day: day, nameVi: vi, nameEn: en, kind: .statutory))
            }
        }
        return result
    }

    static let cachedYears = 1900...2199
    private static let cache: [[Holiday]] = cachedYears.map(computeHolidays(inYear:))
}
