/// The lunar months from month 11 of lunar year `lunarYear − 1` up to (not
/// including) month 11 of `lunarYear`: the solstice-to-solstice span that decides
/// whether a year has 12 or 13 months and which one is the leap month.
struct LunarYearSpan: Sendable {
    /// The lunar year whose month 1 (Tết) lies inside this span.
    let lunarYear: Int
    /// JDN of the first day of each month; the last entry is the next month 11,
    /// so `monthStarts[i + 1] - monthStarts[i]` is always the month's length.
    let monthStarts: [Int]
    /// Index into `monthStarts` of the leap month, if the span has 13 months.
    let leapIndex: Int?

    init(lunarYear: Int) {
        self.init(
            lunarYear: lunarYear,
            month11: LunarAstronomy.month11Start(gregorianYear: lunarYear - 1),
            nextMonth11: LunarAstronomy.month11Start(gregorianYear: lunarYear))
    }

    init(lunarYear: Int, month11: Int, nextMonth11: Int) {
        self.lunarYear = lunarYear
        let k = LunarAstronomy.newMoonIndex(nearest: month11)
        // 12 lunar months ≈ 354 days, 13 ≈ 384: anything over a year means 13.
        let count = nextMonth11 - month11 > 365 ? 13 : 12
        var starts = [month11]
        for i in 1..<count { starts.append(LunarAstronomy.newMoonDay(k + i)) }
        starts.append(nextMonth11)
        monthStarts = starts
        leapIndex = count == 13 ? LunarYearSpan.firstMonthWithoutMajorTerm(starts) : nil
    }

    /// The leap month is the first month after month 11 during which the sun
    /// crosses no 30° boundary, i.e. it starts and ends in the same sector.
    private static func firstMonthWithoutMajorTerm(_ starts: [Int]) -> Int {
        var previous = LunarAstronomy.sunSector(atStartOf: starts[1])
        for i in 1..<(starts.count - 1) {
            let next = LunarAstronomy.sunSector(atStartOf: starts[i + 1])
            if next == previous { return i }
            previous = next
        }
        // Unreachable astronomically (13 months cannot all hold one of 12 terms);
        // keep a well-formed answer rather than trap.
        return starts.count - 2
    }

    /// Months counted from month 11, with the leap month sharing its predecessor's number.
    private func monthsSinceMonth11(ofIndex index: Int) -> (offset: Int, isLeap: Bool) {
        guard let leap = leapIndex, index >= leap else { return (index, false) }
        return (index - 1, index == leap)
    }

    func date(ofIndex index: Int, day: Int) -> LunarDate {
        let (offset, isLeap) = monthsSinceMonth11(ofIndex: index)
        return LunarDate(
            year: offset >= 2 ? lunarYear : lunarYear - 1,
            month: (offset + 10) % 12 + 1,
            day: day,
            isLeapMonth: isLeap)
    }

    /// Index of a month in this span; months 11 and 12 here belong to `lunarYear − 1`.
    func index(ofMonth month: Int, isLeap: Bool) -> Int? {
        let offset = (month + 1) % 12
        if isLeap { return leapIndex == offset + 1 ? offset + 1 : nil }
        if let leap = leapIndex, offset >= leap { return offset + 1 }
        return offset
    }

    /// The month index containing a JDN inside the span.
    func index(containing jdn: Int) -> Int {
        var index = monthStarts.count - 2
        while index > 0 && monthStarts[index] > jdn { index -= 1 }
        return index
    }

    /// The lunar month number of the leap month, and which lunar year it belongs to.
    var leapMonth: (year: Int, month: Int)? {
        guard let leap = leapIndex else { return nil }
        let date = self.date(ofIndex: leap, day: 1)
        return (date.year, date.month)
    }
}

extension LunarYearSpan {
    static let cachedYears = 1900...2200

    /// Spans for the years the library is validated on, built once on first use
    /// (Swift initialises static lets lazily and thread-safely).
    private static let cache: [LunarYearSpan] = {
        let anchors = ((cachedYears.lowerBound - 1)...cachedYears.upperBound)
            .map { LunarAstronomy.month11Start(gregorianYear: $0) }
        return cachedYears.enumerated().map { offset, year in
            LunarYearSpan(lunarYear: year, month11: anchors[offset], nextMonth11: anchors[offset + 1])
        }
    }()

    static func forLunarYear(_ year: Int) -> LunarYearSpan {
        cachedYears.contains(year) ? cache[year - cachedYears.lowerBound] : LunarYearSpan(lunarYear: year)
    }
}
