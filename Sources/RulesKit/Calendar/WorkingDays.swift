// TEMPORARY stub until the calendar module lands.
public struct Holiday: Sendable, Equatable { public var day: Day; public var nameVi: String; public var nameEn: String }
public struct WorkingCalendar: Sendable {
    public init(addedHolidays: [Day: (vi: String, en: String)] = [:], removedHolidays: Set<Day> = [], makeUpWorkingDays: Set<Day> = []) {}
    public func isWorkingDay(_ d: Day) -> Bool { !d.isWeekend }
    public func adding(workingDays n: Int, to d: Day) -> Day {
        var x = d, k = abs(n)
        while k > 0 { x = x.adding(days: n > 0 ? 1 : -1); if isWorkingDay(x) { k -= 1 } }
        return x
    }
}
