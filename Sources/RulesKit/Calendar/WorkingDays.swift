/// Which days are worked: Monday–Friday minus Vietnam's days off for the year (the announced
/// schedule where known, else the statutory rule), as a rules file adjusts them.
///
/// Precedence for a day: a rules file's `workday` is worked; else its `holiday` is off; else a
/// built-in day off it removes (`not holiday`) is not off; else a built-in make-up Saturday is
/// worked; else a built-in day off is off; else weekends are off. Removing a built-in holiday
/// does not remove the compensatory day it produced — list that day too if the schedule moves it.
///
/// Build once and reuse: the constructor copies a ~0.5 MB table when the file adjusts anything.
/// Queries for 1900...2199 are lock-free array lookups; other years are computed on the fly.
public struct WorkingCalendar: Sendable {
    private let added: [Day: Holiday]
    private let removed: Set<Day>
    private let makeUp: [Day: WorkedDay]
    private let grid: WorkingDayGrid

    /// - Parameters:
    ///   - addedHolidays: extra days off (e.g. a schedule the tool does not know yet).
    ///   - removedHolidays: built-in days off the file says are not off.
    ///   - makeUpWorkingDays: weekend days that are worked in exchange for a bridge day.
    public init(addedHolidays: [Holiday] = [], removedHolidays: Set<Day> = [], makeUpWorkingDays: [WorkedDay] = []) {
        added = Dictionary(addedHolidays.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })
        removed = removedHolidays
        makeUp = Dictionary(makeUpWorkingDays.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })

        var grid = WorkingDayGrid.builtIn
        let touched = removed.union(added.keys).union(makeUp.keys)
        if touched.contains(where: { grid.index(of: $0) != nil }) {
            var working = grid.workingFlags
            for day in touched {
                guard let i = grid.index(of: day) else { continue }
                working[i] = Self.isWorking(day, added: added, removed: removed, makeUp: makeUp)
            }
            grid = WorkingDayGrid(firstOrdinal: grid.firstOrdinal, working: working)
        }
        self.grid = grid
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if let i = grid.index(of: day) { return grid.isWorking(at: i) }
        return Self.isWorking(day, added: added, removed: removed, makeUp: makeUp)
    }

    /// Why a day is off, if it is a holiday (weekends return nil: they need no explanation).
    public func holiday(on day: Day) -> Holiday? {
        Self.dayOff(day, added: added, removed: removed, makeUp: makeUp)
    }

    /// Why a Saturday or Sunday is worked, if it is.
    public func workedDay(on day: Day) -> WorkedDay? {
        if let w = makeUp[day] { return w }
        if added[day] != nil || removed.contains(day) { return nil }
        return VietnamHolidays.workedDays(inYear: day.year).first { $0.day == day }
    }

    /// The precedence above, in one place.
    private static func dayOff(_ day: Day, added: [Day: Holiday], removed: Set<Day>, makeUp: [Day: WorkedDay]) -> Holiday? {
        if makeUp[day] != nil { return nil }
        if let holiday = added[day] { return holiday }
        if removed.contains(day) { return nil }
        return VietnamHolidays.holidays(inYear: day.year).first { $0.day == day }
    }

    private static func isWorking(_ day: Day, added: [Day: Holiday], removed: Set<Day>, makeUp: [Day: WorkedDay]) -> Bool {
        if makeUp[day] != nil { return true }
        if added[day] != nil { return false }
        if removed.contains(day) { return !day.isWeeklyRest }
        if day.isWeeklyRest { return VietnamHolidays.workedDays(inYear: day.year).contains { $0.day == day } }
        return dayOff(day, added: added, removed: removed, makeUp: makeUp) == nil
    }

    /// Days off other than ordinary weekends in a Gregorian year, sorted by day.
    public func holidays(inYear year: Int) -> [Holiday] {
        var result = VietnamHolidays.holidays(inYear: year).filter {
            !removed.contains($0.day) && makeUp[$0.day] == nil && added[$0.day] == nil
        }
        result += added.values.filter { $0.day.year == year && makeUp[$0.day] == nil }
        return result.sorted { $0.day < $1.day }
    }

    /// Built-in days off of a year that the rules file makes working days (`not holiday`, or a
    /// `workday` on a weekday off), sorted by day.
    public func removedDaysOff(inYear year: Int) -> [Holiday] {
        VietnamHolidays.holidays(inYear: year).filter { removed.contains($0.day) || makeUp[$0.day] != nil }
    }

    /// Weekly rest days worked in a Gregorian year, sorted by day; with a rules file, days off it
    /// makes working days too.
    public func workedDays(inYear year: Int) -> [WorkedDay] {
        var result = VietnamHolidays.workedDays(inYear: year).filter {
            makeUp[$0.day] == nil && added[$0.day] == nil && !removed.contains($0.day)
        }
        result += makeUp.values.filter { $0.day.year == year }
        return result.sorted { $0.day < $1.day }
    }

    /// Whether a rules file adjusts any day of the year.
    public func isAdjusted(year: Int) -> Bool {
        added.keys.contains { $0.year == year } || removed.contains { $0.year == year } || makeUp.keys.contains { $0.year == year }
    }

    public func workingDayCount(inYear year: Int) -> Int {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
            return 0
        }
        return countWorkingDays(first, last)
    }

    /// Working days strictly after `from` up to and including `to`; when `to` is
    /// before `from`, minus the working days strictly after `to` up to and including
    /// `from`. For a later working day `b`, `adding(workingDays: workingDays(from: a, to: b), to: a) == b`.
    public func workingDays(from: Day, to: Day) -> Int {
        if from == to { return 0 }
        return from < to
            ? countWorkingDays(from.adding(days: 1), to)
            : -countWorkingDays(to.adding(days: 1), from)
    }

    /// The n-th working day after `day` (n > 0) or before it (n < 0), never counting
    /// `day` itself; n = 0 returns `day`. Results are clamped to years 1...9999.
    public func adding(workingDays n: Int, to day: Day) -> Day {
        if n == 0 { return day }
        // More working days than exist in 1...9999 only pushes the result to the edge.
        let n = max(-4_000_000, min(4_000_000, n))
        if let i = grid.index(of: day) {
            let rank = n > 0 ? grid.rank(before: i + 1) + n : grid.rank(before: i) + n + 1
            if let j = grid.index(ofRank: rank) { return Day(ordinal: grid.firstOrdinal + Int32(j)) }
        }
        var walker = DayWalker(calendar: self)
        var current = day, remaining = abs(n)
        let step = n > 0 ? 1 : -1
        while remaining > 0 {
            let next = current.adding(days: step)
            if next == current { break }
            current = next
            if walker.isWorking(current) { remaining -= 1 }
        }
        return current
    }

    private func countWorkingDays(_ first: Day, _ last: Day) -> Int {
        if first > last { return 0 }
        if let lower = grid.index(of: first), let upper = grid.index(of: last) { return grid.count(lower, upper) }
        var walker = DayWalker(calendar: self)
        var count = 0
        for ordinal in first.ordinal...last.ordinal where walker.isWorking(Day(ordinal: ordinal)) { count += 1 }
        return count
    }

    /// Walks days outside the precomputed grid, computing each year's days once.
    private struct DayWalker {
        let calendar: WorkingCalendar
        var year = Int.min
        var daysOff: Set<Day> = []
        var worked: Set<Day> = []

        mutating func isWorking(_ day: Day) -> Bool {
            if let i = calendar.grid.index(of: day) { return calendar.grid.isWorking(at: i) }
            let dayYear = day.year
            if dayYear != year {
                year = dayYear
                daysOff = Set(calendar.holidays(inYear: dayYear).map(\.day))
                worked = Set(calendar.workedDays(inYear: dayYear).map(\.day))
            }
            if worked.contains(day) { return true }
            return !day.isWeeklyRest && !daysOff.contains(day)
        }
    }
}
