/// Running working-day counts over a fixed span of days, so that "is this a
/// working day", "how many working days between" and "the n-th working day
/// after" are all O(1) or O(log n) array lookups with no locking: the grid is
/// an immutable value, shared copy-on-write between calendars.
struct WorkingDayGrid: Sendable {
    let firstOrdinal: Int32
    /// `cumulative[i]` = working days among the first `i` days of the grid,
    /// so day `i` is worked exactly when `cumulative[i + 1] > cumulative[i]`.
    private var cumulative: [Int32]

    var dayCount: Int { cumulative.count - 1 }

    init(firstOrdinal: Int32, working: [Bool]) {
        self.firstOrdinal = firstOrdinal
        var counts = [Int32](repeating: 0, count: working.count + 1)
        for (i, isWorking) in working.enumerated() { counts[i + 1] = counts[i] + (isWorking ? 1 : 0) }
        cumulative = counts
    }

    /// Index of a day in the grid, or nil outside it.
    func index(of day: Day) -> Int? {
        let i = Int(day.ordinal) - Int(firstOrdinal)
        return i >= 0 && i < dayCount ? i : nil
    }

    func isWorking(at index: Int) -> Bool { cumulative[index + 1] > cumulative[index] }

    var workingFlags: [Bool] { (0..<dayCount).map(isWorking(at:)) }

    /// Working days among grid indices `lower...upper` (both inside the grid).
    func count(_ lower: Int, _ upper: Int) -> Int {
        lower > upper ? 0 : Int(cumulative[upper + 1] - cumulative[lower])
    }

    /// Working days strictly before index `i` — the rank of the last one before `i`.
    func rank(before i: Int) -> Int { Int(cumulative[i]) }

    var totalWorkingDays: Int { Int(cumulative[dayCount]) }

    /// The grid index of the working day with 1-based rank `rank`, if inside the grid.
    func index(ofRank rank: Int) -> Int? {
        guard rank >= 1, rank <= totalWorkingDays else { return nil }
        // First j with cumulative[j] >= rank; that working day is index j − 1.
        var low = 1, high = dayCount
        while low < high {
            let mid = (low + high) / 2
            if Int(cumulative[mid]) >= rank { high = mid } else { low = mid + 1 }
        }
        return low - 1
    }
}

extension WorkingDayGrid {
    static let years = VietnamHolidays.cachedYears

    /// Weekends, built-in days off and make-up Saturdays for 1900...2199, built once on first use.
    static let builtIn: WorkingDayGrid = {
        let first = Day(year: years.lowerBound, month: 1, day: 1)!
        let last = Day(year: years.upperBound, month: 12, day: 31)!
        var working = (first.ordinal...last.ordinal).map { !Day(ordinal: $0).isWeeklyRest }
        for year in years {
            for holiday in VietnamHolidays.holidays(inYear: year) {
                working[Int(holiday.day.ordinal - first.ordinal)] = false
            }
            for worked in VietnamHolidays.workedDays(inYear: year) {
                working[Int(worked.day.ordinal - first.ordinal)] = true
            }
        }
        return WorkingDayGrid(firstOrdinal: first.ordinal, working: working)
    }()
}
