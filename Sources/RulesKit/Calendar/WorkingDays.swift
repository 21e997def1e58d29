/// Which days are worked: the days that are neither weekly rest days nor days off for the year
/// (the announced schedule where known, else the statutory rule), as a rules file adjusts them.
///
/// Precedence for a day (`state(of:)`, the one place it is decided): a rules file's `workday` is
/// worked; else its `holiday` is off; else a built-in day off is off unless the file says
/// `not holiday`; else a weekly rest day is off unless the built-in schedule makes it a make-up
/// working day. Removing a built-in holiday does not remove the day in lieu it produced — list
/// that day too if the schedule moves it.
///
/// Build once and reuse: the constructor copies a ~0.5 MB table when the file adjusts anything.
/// Queries for 1900...2199 are lock-free array lookups; other years are computed on the fly.
public struct WorkingCalendar: Sendable {
    private let added: [Day: Holiday]
    private let removed: Set<Day>
    private let makeUp: [Day: WorkedDay]
    private var grid: WorkingDayGrid

    /// What a day is, and why.
    enum State {
        case working
        /// A weekly rest day.
        case rest
        case off(Holiday)
        /// A rest day (or a built-in day off) made a working day.
        case worked(WorkedDay)

        var isWorking: Bool {
            switch self {
            case .working, .worked: true
            case .rest, .off: false
            }
        }
    }

    /// - Parameters:
    ///   - addedHolidays: extra days off (e.g. a schedule the tool does not know yet).
    ///   - removedHolidays: built-in days off the file says are not off.
    ///   - makeUpWorkingDays: days worked although they are rest days or built-in days off.
    public init(addedHolidays: [Holiday] = [], removedHolidays: Set<Day> = [], makeUpWorkingDays: [WorkedDay] = []) {
        added = Dictionary(addedHolidays.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })
        removed = removedHolidays
        makeUp = Dictionary(makeUpWorkingDays.map { ($0.day, $0) }, uniquingKeysWith: { _, later in later })
        grid = WorkingDayGrid.builtIn
        let touched = removed.union(added.keys).union(makeUp.keys).filter { grid.index(of: $0) != nil }
        guard !touched.isEmpty else { return }
        var working = grid.workingFlags
        for day in touched { working[grid.index(of: day)!] = state(of: day).isWorking }
        grid = WorkingDayGrid(firstOrdinal: grid.firstOrdinal, working: working)
    }

    /// The precedence above, in one place.
    func state(of day: Day) -> State {
        if let w = makeUp[day] { return .worked(w) }
        if let h = added[day] { return .off(h) }
        if !removed.contains(day), let h = VietnamHolidays.holidays(inYear: day.year).first(where: { $0.day == day }) { return .off(h) }
        guard day.isWeeklyRest else { return .working }
        return VietnamHolidays.workedDays(inYear: day.year).first { $0.day == day }.map(State.worked) ?? .rest
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        if let i = grid.index(of: day) { return grid.isWorking(at: i) }
        return state(of: day).isWorking
    }

    /// Why a day is off, if it is a holiday (weekends return nil: they need no explanation).
    public func holiday(on day: Day) -> Holiday? {
        if case .off(let h) = state(of: day) { return h }
        return nil
    }

    /// Why a rest day or a built-in day off is worked, if it is.
    public func workedDay(on day: Day) -> WorkedDay? {
        if case .worked(let w) = state(of: day) { return w }
        return nil
    }

    /// Days off other than ordinary weekly rest days in a Gregorian year, sorted by day.
    public func holidays(inYear year: Int) -> [Holiday] {
        candidates(year).compactMap { if case .off(let h) = state(of: $0) { h } else { nil } }
    }

    /// Built-in days off of a year that the rules file makes working days (`not holiday`, or a
    /// `workday` on a day off), sorted by day.
    public func removedDaysOff(inYear year: Int) -> [Holiday] {
        VietnamHolidays.holidays(inYear: year).filter { state(of: $0.day).isWorking }
    }

    /// Rest days and built-in days off worked in a Gregorian year, sorted by day.
    public func workedDays(inYear year: Int) -> [WorkedDay] {
        candidates(year).compactMap { if case .worked(let w) = state(of: $0) { w } else { nil } }
    }

    /// The days of a year that can be other than working or rest: every one the calendar names.
    private func candidates(_ year: Int) -> [Day] {
        let named = VietnamHolidays.holidays(inYear: year).map(\.day) + VietnamHolidays.workedDays(inYear: year).map(\.day)
            + added.keys.filter { $0.year == year } + makeUp.keys.filter { $0.year == year }
        return Set(named).sorted()
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
    /// `from`. For a later working day `b`, `shifted(workingDays: workingDays(from: a, to: b), from: a) == b`.
    public func workingDays(from: Day, to: Day) -> Int {
        if from == to { return 0 }
        return from < to
            ? countWorkingDays(from.adding(days: 1), to)
            : -countWorkingDays(to.adding(days: 1), from)
    }

    /// The n-th working day after `day` (n > 0) or before it (n < 0), never counting
    /// `day` itself; n = 0 returns `day`. Results are clamped to years 1...9999.
    /// The day `n` working days after `day` (before it when negative), or nil when there is no such
    /// day in years 1...9999.
    public func shifted(workingDays n: Int64, from day: Day) -> Day? {
        if n == 0 { return day }
        // Years 1...9999 hold fewer than 2.7 million working days.
        guard n.magnitude <= 4_000_000 else { return nil }
        let n = Int(n)
        if let i = grid.index(of: day) {
            let rank = n > 0 ? grid.rank(before: i + 1) + n : grid.rank(before: i) + n + 1
            if let j = grid.index(ofRank: rank) { return Day(ordinal: grid.firstOrdinal + Int32(j)) }
        }
        var walker = DayWalker(calendar: self)
        var current = day, remaining = abs(n)
        let step: Int64 = n > 0 ? 1 : -1
        while remaining > 0 {
            guard let next = current.shifted(days: step) else { return nil }
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

    /// Walks days outside the precomputed grid, working out each year's named days once.
    private struct DayWalker {
        let calendar: WorkingCalendar
        var year = Int.min
        var off: Set<Day> = [], worked: Set<Day> = []

        mutating func isWorking(_ day: Day) -> Bool {
            if let i = calendar.grid.index(of: day) { return calendar.grid.isWorking(at: i) }
            if day.year != year {
                year = day.year
                off = Set(calendar.holidays(inYear: year).map(\.day))
                worked = Set(calendar.workedDays(inYear: year).map(\.day))
            }
            return worked.contains(day) || !(off.contains(day) || day.isWeeklyRest)
        }
    }
}
