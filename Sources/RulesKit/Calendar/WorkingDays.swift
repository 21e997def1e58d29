/// Which days are worked: Monday–Friday minus Vietnam's public holidays, as
/// adjusted by a rules file for the year's official schedule.
///
/// Precedence for a day: a make-up working day is worked; else a file-added
/// holiday is off; else a built-in holiday not removed by the file is off; else
/// weekends are off. Removing a built-in holiday does not remove the compensatory
/// day it produced — list that day too if the schedule moves it.
///
/// Build once and reuse: the constructor copies a ~0.5 MB table when the file
/// adjusts anything. Queries for 1900...2199 are lock-free array lookups; other
/// years are computed on the fly (correct, slower).
public struct WorkingCalendar: Sendable {
    private let added: [Day: Holiday]
    private let removed: Set<Day>
    private let makeUp: Set<Day>
    private let grid: WorkingDayGrid

    /// - Parameters:
    ///   - addedHolidays: extra days off with their names (e.g. the Tết days the
    ///     Prime Minister adds to the statutory five).
    ///   - removedHolidays: built-in holidays the year's schedule moves elsewhere.
    ///   - makeUpWorkingDays: weekend days that are worked in exchange for a bridge day.
    public init(
        addedHolidays: [Day: (vi: String, en: String)] = [:],
        removedHolidays: Set<Day> = [],
        makeUpWorkingDays: Set<Day> = []
    ) {
        var added: [Day: Holiday] = [:]
        for (day, name) in addedHolidays {
            added[day] = Holiday(day: day, nameVi: name.vi, nameEn: name.en, kind: .fileAdded)
        }
        self.added = added
        self.removed = removedHolidays
        self.makeUp = makeUpWorkingDays

        var grid = WorkingDayGrid.builtIn
        let touched = removedHolidays.union(addedHolidays.keys).union(makeUpWorkingDays)
        if touched.contains(where: { grid.index(of: $0) != nil }) {
            var working = grid.workingFlags
            for day in touched {
                guard let i = grid.index(of: day) else { continue }
                working[i] = makeUpWorkingDays.contains(day)
                    || (!day.isWeekend && Self.dayOff(day, added: added, removed: removedHolidays, makeUp: makeUpWorkingDays) == nil)
            }
            grid = WorkingDayGrid(firstOrdinal: grid.firstOrdinal, working: working)
        }
        self.grid = grid
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if let i = grid.index(of: day) { return grid.isWorking(at: i) }
        return makeUp.contains(day) || (!day.isWeekend && holiday(on: day) == nil)
    }

    /// Why a day is off, if it is a holiday (weekends return nil: they need no explanation).
    public func holiday(on day: Day) -> Holiday? {
        Self.dayOff(day, added: added, removed: removed, makeUp: makeUp)
    }

    /// The precedence above, in one place.
    private static func dayOff(_ day: Day, added: [Day: Holiday], removed: Set<Day>, makeUp: Set<Day>) -> Holiday? {
        if makeUp.contains(day) { return nil }
        if let holiday = added[day] { return holiday }
        if removed.contains(day) { return nil }
        return VietnamHolidays.holidays(inYear: day.year).first { $0.day == day }
    }

    /// Days off other than ordinary weekends in a Gregorian year, sorted by day.
    public func holidays(inYear year: Int) -> [Holiday] {
        var result = VietnamHolidays.holidays(inYear: year).filter {
            !removed.contains($0.day) && !makeUp.contains($0.day) && added[$0.day] == nil
        }
        result += added.values.filter { $0.day.year == year && !makeUp.contains($0.day) }
        return result.sorted { $0.day < $1.day }
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

    /// Walks days outside the precomputed grid, computing each year's holidays once.
    private struct DayWalker {
        let calendar: WorkingCalendar
        var year = Int.min
        var daysOff: Set<Day> = []

        mutating func isWorking(_ day: Day) -> Bool {
            if let i = calendar.grid.index(of: day) { return calendar.grid.isWorking(at: i) }
            if calendar.makeUp.contains(day) { return true }
            if day.isWeekend { return false }
            let dayYear = day.year
            if dayYear != year {
                year = dayYear
                daysOff = Set(calendar.holidays(inYear: dayYear).map(\.day))
            }
            return !daysOff.contains(day)
        }
    }
}
