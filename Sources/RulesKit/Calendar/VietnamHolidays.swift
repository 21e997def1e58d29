/// Vietnam's days off for cadres and civil servants in a Gregorian year: the government's
/// announced schedule where the tool has it (`VietnamOfficialSchedules`), else the statutory
/// rule of the law in force that year (`HolidayLaw`) with its compensatory days.
///
/// The statutory rule's defaults, used only for years without an announced schedule:
/// - Tết: the law grants 4 days (to April 2013) or 5 and the Prime Minister fixes which. Default:
///   the last day of the old lunar year and the first 3 (or 4) days of the new one.
/// - National Day from 2021: 2 September plus "one adjacent day, before or after". Default: the
///   adjacent day that is a weekday; if both are, the one touching the weekend (Monday 1 or
///   Friday 3 September); otherwise 1 September.
/// - A statutory day on Saturday or Sunday is made up on the next weekday that is neither a
///   holiday nor already a compensatory day. Two statutory holidays on the same date are one
///   day off under both names (the law makes up only weekend clashes).
public enum VietnamHolidays {
    /// Days off other than ordinary weekends, sorted, one entry per day. Years 1900...2199 are
    /// served from a table built once; years outside 1...9999 are empty.
    public static func holidays(inYear year: Int) -> [Holiday] {
        cachedYears.contains(year) ? cache[year - cachedYears.lowerBound] : builtIn(inYear: year)
    }

    /// Saturdays and Sundays an announced schedule makes working days.
    public static func workedDays(inYear year: Int) -> [WorkedDay] {
        VietnamOfficialSchedules.workedDays(datedIn: year)
    }

    /// A year with a schedule has its days; a year without has the statutory rule's, plus any
    /// day a neighbouring year's schedule reaches into it.
    static func builtIn(inYear year: Int) -> [Holiday] {
        let official = VietnamOfficialSchedules.daysOff(datedIn: year)
        if VietnamOfficialSchedules.schedule(forYear: year) != nil { return official }
        let days = Set(official.map(\.day))
        return (statutoryDaysOff(inYear: year).filter { !days.contains($0.day) } + official).sorted { $0.day < $1.day }
    }

    /// The statutory days and the compensatory days they give, by the law in force that year.
    public static func statutoryDaysOff(inYear year: Int) -> [Holiday] {
        let statutory = statutoryHolidays(inYear: year)
        var taken = Set(statutory.map(\.day))
        var result = statutory
        for holiday in statutory where holiday.day.isWeeklyRest {
            var day = holiday.day.adding(days: 1)
            while day.isWeeklyRest || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            result.append(Holiday(day: day, name: Localized(vi: "Nghỉ bù ", en: "Compensatory day off for ") + holiday.name,
                                  kind: .compensatory, source: HolidayLaw.inForce(on: holiday.day).compensationCitation))
        }
        return result.sorted { $0.day < $1.day }
    }

    /// The statutory days alone (no compensatory days), sorted, one entry per day.
    public static func statutoryHolidays(inYear year: Int) -> [Holiday] {
        guard (1...9999).contains(year) else { return [] }
        func on(_ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }
        let tet = VietnameseLunarCalendar.newYear(year)
        // Month 3 always has a 10th; the fallback only keeps this total without a force-unwrap.
        let hungKings = VietnameseLunarCalendar.solarDay(lunarYear: year, month: 3, day: 10) ?? tet.adding(days: 68)
        var days: [(Day, Occasion)] = [(on(1, 1), .newYear)]
        days += (-1...(HolidayLaw.inForce(on: tet).tetDays - 2)).map { (tet.adding(days: $0), .tet) }
        if HolidayLaw.inForce(on: hungKings).hasHungKingsDay { days.append((hungKings, .hungKings)) }
        days += [(on(4, 30), .reunification), (on(5, 1), .labourDay), (on(9, 2), .nationalDay)]
        if HolidayLaw.inForce(on: on(9, 2)).nationalDayDays == 2 { days.append((nationalDayCompanion(year: year), .nationalDay)) }
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

    /// Folds same-day entries into one so lookups by day stay unambiguous.
    private static func merged(_ sorted: [(Day, Occasion)]) -> [Holiday] {
        var result: [Holiday] = []
        for (day, occasion) in sorted {
            let source = HolidayLaw.inForce(on: day).citation
            if let last = result.last, last.day == day {
                if last.name != occasion.name {
                    result[result.count - 1] = Holiday(day: day, name: last.name + .same(" / ") + occasion.name,
                                                       kind: .statutory, source: source)
                }
            } else {
                result.append(Holiday(day: day, name: occasion.name, kind: .statutory, source: source))
            }
        }
        return result
    }

    static let cachedYears = 1900...2199
    private static let cache: [[Holiday]] = cachedYears.map(builtIn(inYear:))
}
