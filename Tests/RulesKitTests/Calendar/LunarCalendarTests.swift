import XCTest
@testable import RulesKit

final class LunarCalendarTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }

    // Published Vietnamese Tết dates.
    func testTet() {
        let known = [2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
                     2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17"]
        for (year, date) in known {
            XCTAssertEqual(VietnameseLunarCalendar.newYear(year), day(date), "Tết \(year)")
        }
    }

    // Years where UTC+7 and UTC+8 disagree: China celebrated 1985-02-20 and 2007-02-18.
    func testTetDiffersFromChina() {
        XCTAssertEqual(VietnameseLunarCalendar.newYear(1985), day("1985-01-21"))
        XCTAssertEqual(VietnameseLunarCalendar.newYear(2007), day("2007-02-17"))
        XCTAssertNotEqual(VietnameseLunarCalendar.newYear(1985), day("1985-02-20"))
        XCTAssertNotEqual(VietnameseLunarCalendar.newYear(2007), day("2007-02-18"))
    }

    func testHungKingsDay() {
        for (year, date) in [2023: "2023-04-29", 2024: "2024-04-18", 2025: "2025-04-07"] {
            XCTAssertEqual(VietnameseLunarCalendar.solarDay(lunarYear: year, month: 3, day: 10), day(date))
        }
    }

    // Mid-Autumn (15/8): 2024-09-17 and 2025-10-06 — the latter after 2025's leap 6th month.
    func testMidAutumn() {
        XCTAssertEqual(VietnameseLunarCalendar.solarDay(lunarYear: 2024, month: 8, day: 15), day("2024-09-17"))
        XCTAssertEqual(VietnameseLunarCalendar.solarDay(lunarYear: 2025, month: 8, day: 15), day("2025-10-06"))
    }

    func testLeapMonths() {
        let known: [Int: Int?] = [2012: 4, 2014: 9, 2017: 6, 2020: 4, 2023: 2, 2025: 6, 2021: nil, 2024: nil]
        for (year, leap) in known {
            XCTAssertEqual(VietnameseLunarCalendar.leapMonth(inLunarYear: year), leap, "\(year)")
        }
        // The leap 2nd month of 2023 began on 2023-03-22.
        XCTAssertEqual(VietnameseLunarCalendar.solarDay(lunarYear: 2023, month: 2, day: 1, isLeapMonth: true),
                       day("2023-03-22"))
        XCTAssertEqual(VietnameseLunarCalendar.lunarDate(of: day("2023-03-22")),
                       LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true))
        XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: 2024, month: 2, day: 1, isLeapMonth: true))
    }

    // New moons (UT) 2024-01-11 11:57 and 2024-02-09 22:59 put the 12th month of 2023 at
    // 30 days, so 2024-02-09 was "30 Tết". Tết 2025 through 2030 were widely reported
    // to have no 30th: the 12th months of lunar 2024...2029 have 29 days.
    func testLastDayOfLunarYear() {
        XCTAssertEqual(VietnameseLunarCalendar.lunarDate(of: day("2024-02-09")), LunarDate(year: 2023, month: 12, day: 30))
        XCTAssertEqual(VietnameseLunarCalendar.lunarDate(of: day("2025-01-28")), LunarDate(year: 2024, month: 12, day: 29))
        for year in 2024...2029 {
            XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: year, month: 12, day: 30), "\(year)")
            XCTAssertNotNil(VietnameseLunarCalendar.solarDay(lunarYear: year, month: 12, day: 29), "\(year)")
        }
    }

    func testInvalidInputsGiveNil() {
        XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: 2024, month: 13, day: 1))
        XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: 2024, month: 1, day: 31))
        XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: 0, month: 1, day: 1))
        XCTAssertNil(VietnameseLunarCalendar.solarDay(lunarYear: Int.max, month: 1, day: 1))
        XCTAssertNil(VietnameseLunarCalendar.leapMonth(inLunarYear: Int.min))
        _ = VietnameseLunarCalendar.newYear(Int.max)
        _ = VietnameseLunarCalendar.lunarDate(of: Day(ordinal: .max))
        _ = VietnameseLunarCalendar.lunarDate(of: Day(ordinal: .min))
    }

    func testRoundTripEveryDay2000Through2030() {
        var previous = VietnameseLunarCalendar.lunarDate(of: day("1999-12-31"))
        for ordinal in day("2000-01-01").ordinal...day("2030-12-31").ordinal {
            let d = Day(ordinal: ordinal)
            let lunar = VietnameseLunarCalendar.lunarDate(of: d)
            XCTAssertEqual(VietnameseLunarCalendar.solarDay(
                lunarYear: lunar.year, month: lunar.month, day: lunar.day, isLeapMonth: lunar.isLeapMonth), d, "\(d)")
            // Consecutive days either advance the day or open a month after a 29th/30th.
            if lunar.day == 1 {
                XCTAssertTrue(previous.day == 29 || previous.day == 30, "\(d)")
                if !lunar.isLeapMonth {
                    XCTAssertEqual(lunar.month, previous.month % 12 + 1, "\(d)")
                }
            } else {
                XCTAssertEqual(lunar.day, previous.day + 1, "\(d)")
                XCTAssertEqual(lunar.month, previous.month, "\(d)")
            }
            previous = lunar
        }
    }

    func testSpansAreConsistent1900Through2200() {
        for year in LunarYearSpan.cachedYears {
            let span = LunarYearSpan.forLunarYear(year)
            let fresh = LunarYearSpan(lunarYear: year)
            XCTAssertEqual(span.monthStarts, fresh.monthStarts)
            XCTAssertTrue([13, 14].contains(span.monthStarts.count), "\(year)")
            XCTAssertEqual(span.leapIndex != nil, span.monthStarts.count == 14, "\(year)")
            for i in 0..<(span.monthStarts.count - 1) {
                XCTAssertTrue([29, 30].contains(span.monthStarts[i + 1] - span.monthStarts[i]), "\(year) month \(i)")
            }
            let k = LunarAstronomy.newMoonIndex(nearest: span.monthStarts[0])
            XCTAssertEqual(LunarAstronomy.newMoonDay(k + span.monthStarts.count - 1), span.monthStarts.last, "\(year)")
            // Tết always falls between 21 January and 20 February.
            let tet = VietnameseLunarCalendar.newYear(year)
            XCTAssertTrue(tet >= Day(year: year, month: 1, day: 21)! && tet <= Day(year: year, month: 2, day: 20)!,
                          "Tết \(year) = \(tet)")
        }
    }
}
