import Foundation
import XCTest
@testable import RulesKit

final class WorkingDaysTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }
    private let calendar = WorkingCalendar()

    func testStepsBackOverHungKingsDay() {
        // Friday 2024-04-19; Thursday 18th is Giỗ Tổ Hùng Vương, so the 2nd working day back is Tuesday 16th.
        XCTAssertEqual(calendar.shifted(workingDays: -2, from: day("2024-04-19")), day("2024-04-16"))
        XCTAssertEqual(calendar.holiday(on: day("2024-04-18"))?.name.vi, "Giỗ Tổ Hùng Vương")
        XCTAssertFalse(calendar.isWorkingDay(day("2024-04-18")))
    }

    // [S-working-days] Counting back from Monday 13 March 2023, the Monday is not counted.
    func testStepsBackOverWeekend() {
        XCTAssertEqual(calendar.shifted(workingDays: -2, from: day("2023-03-13")), day("2023-03-09"))
        XCTAssertEqual(calendar.shifted(workingDays: -1, from: day("2023-03-13")), day("2023-03-10"))
        XCTAssertEqual(calendar.shifted(workingDays: 1, from: day("2023-03-10")), day("2023-03-13"))
        XCTAssertEqual(calendar.shifted(workingDays: 0, from: day("2023-03-11")), day("2023-03-11"))
    }

    func testStepsForwardOverHolidayBlock() {
        // Friday 2023-04-28 is followed by the 29/4–3/5 block; the next working day is Thursday 4 May.
        XCTAssertEqual(calendar.shifted(workingDays: 1, from: day("2023-04-28")), day("2023-05-04"))
        XCTAssertEqual(calendar.shifted(workingDays: -1, from: day("2023-05-04")), day("2023-04-28"))
    }

    // [S-working-days] Civil servants worked Saturdays until the five-day week of 2 October 1999
    // (Quyết định 188/1999/QĐ-TTg): a holiday on a Saturday then needed no day in lieu, one on a
    // Sunday did.
    func testSaturdaysWereWorkedBeforeOctober1999() {
        XCTAssertTrue(calendar.isWorkingDay(day("1999-09-25")))     // Saturday
        XCTAssertFalse(calendar.isWorkingDay(day("1999-10-02")))    // the first Saturday off
        XCTAssertFalse(calendar.isWorkingDay(day("1995-09-02")))    // National Day, a Saturday
        XCTAssertTrue(calendar.isWorkingDay(day("1995-09-04")))     // no day in lieu for it
        XCTAssertFalse(calendar.isWorkingDay(day("1995-01-02")))    // in lieu of Sunday 1 January 1995
        XCTAssertEqual(calendar.holiday(on: day("1995-01-02"))?.kind, .compensatory)
        // Friday 1 October 1999 → Monday 4: Saturday 2 October is the first one not worked.
        XCTAssertEqual(calendar.shifted(workingDays: 1, from: day("1999-10-01")), day("1999-10-04"))
        XCTAssertEqual(calendar.shifted(workingDays: 1, from: day("1999-09-24")), day("1999-09-25"))
    }

    func testCompensatoryDay() {
        // Sunday 1 January 2023 is made up on Monday 2 January, by the law's own rule.
        XCTAssertEqual(calendar.holiday(on: day("2023-01-02"))?.kind, .compensatory)
        XCTAssertEqual(calendar.holiday(on: day("2023-01-02"))?.source.en, "Labour Code 2019, art. 111(3)")
        XCTAssertFalse(calendar.isWorkingDay(day("2023-01-02")))
        XCTAssertTrue(calendar.isWorkingDay(day("2023-01-03")))
    }

    func testWorkingDaysBetween() {
        XCTAssertEqual(calendar.workingDays(from: day("2024-04-16"), to: day("2024-04-19")), 2)
        XCTAssertEqual(calendar.workingDays(from: day("2024-04-19"), to: day("2024-04-16")), -2)
        XCTAssertEqual(calendar.workingDays(from: day("2024-04-16"), to: day("2024-04-16")), 0)
        XCTAssertEqual(calendar.workingDays(from: day("2023-03-10"), to: day("2023-03-13")), 1)
    }

    // Weekdays minus the 11 statutory-or-compensatory weekdays:
    // 2023 starts on Sunday, 365 days → 53 Sundays + 52 Saturdays → 260 weekdays → 249.
    // 2024 starts on Monday, 366 days → 52 + 52 weekend days → 262 weekdays → 251.
    // 2025 starts on Wednesday, 365 days → 52 + 52 weekend days → 261 weekdays → 250.
    func testWorkingDayCounts() {
        let counts = (2023...2025).map { calendar.workingDayCount(inYear: $0) }
        print("working days 2023/2024/2025:", counts)
        XCTAssertEqual(counts, [249, 251, 250])
    }

    func testFileAdjustments() {
        let file = Localized.same("test")
        // 2024's official schedule: Tết off 8–14 February, Saturday 4 May worked.
        let adjusted = WorkingCalendar(
            addedHolidays: [Holiday(day: day("2024-02-16"), name: .same("Nghỉ thêm"), kind: .fileAdded, source: file)],
            removedHolidays: [day("2024-02-14")],
            makeUpWorkingDays: [WorkedDay(day: day("2024-02-17"), name: .same("Làm bù"), source: file)])
        XCTAssertEqual(adjusted.holiday(on: day("2024-02-16"))?.kind, .fileAdded)
        XCTAssertFalse(adjusted.isWorkingDay(day("2024-02-16")))
        XCTAssertNil(adjusted.holiday(on: day("2024-02-14")))
        XCTAssertTrue(adjusted.isWorkingDay(day("2024-02-14")))
        XCTAssertTrue(adjusted.isWorkingDay(day("2024-02-17")))   // a Saturday, worked
        XCTAssertEqual(adjusted.workedDay(on: day("2024-02-17"))?.name, .same("Làm bù"))
        // The official make-up Saturday is still worked, with its source.
        XCTAssertTrue(adjusted.isWorkingDay(day("2024-05-04")))
        // 251 − 1 added weekday + 1 restored weekday + 1 worked Saturday.
        XCTAssertEqual(adjusted.workingDayCount(inYear: 2024), 252)
        let days = adjusted.holidays(inYear: 2024).map(\.day)
        XCTAssertTrue(days.contains(day("2024-02-16")))
        XCTAssertFalse(days.contains(day("2024-02-14")))
        XCTAssertEqual(days, days.sorted())
        XCTAssertEqual(adjusted.shifted(workingDays: 1, from: day("2024-02-16")), day("2024-02-17"))
        XCTAssertEqual(adjusted.workedDays(inYear: 2024).map(\.day), [day("2024-02-17"), day("2024-05-04")])
        // Built-in calendar is unaffected.
        XCTAssertFalse(calendar.isWorkingDay(day("2024-02-14")))
    }

    /// Reference stepping, independent of the grid's rank search.
    private func naiveAdding(_ n: Int, to start: Day, in calendar: WorkingCalendar) -> Day {
        var current = start, remaining = abs(n)
        while remaining > 0 {
            current = current.adding(days: n > 0 ? 1 : -1)
            if calendar.isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    func testFastPathsMatchStepping() throws {
        var generator = SystemRandomNumberGenerator()
        let adjusted = WorkingCalendar(makeUpWorkingDays: [WorkedDay(day: day("2030-01-05"), name: .same("x"), source: .same("test"))])
        for cal in [calendar, adjusted] {
            for _ in 0..<2000 {
                let start = Day(ordinal: Int32.random(in: day("1900-03-01").ordinal...day("2199-10-01").ordinal,
                                                      using: &generator))
                let n = Int.random(in: -40...40, using: &generator)
                let end = try XCTUnwrap(cal.shifted(workingDays: Int64(n), from: start))
                XCTAssertEqual(end, naiveAdding(n, to: start, in: cal), "\(n) from \(start)")
                // Exactly |n| − 1 working days lie strictly between the start and the result.
                if n > 0 { XCTAssertEqual(cal.workingDays(from: start, to: end), n, "\(n) from \(start)") }
                if n < 0 {
                    XCTAssertEqual(cal.workingDays(from: end, to: start.adding(days: -1)), -n - 1, "\(n) from \(start)")
                }
            }
        }
    }

    func testOutsidePrecomputedYears() {
        for year in [1899, 2200, 2201] {
            let first = Day(year: year, month: 1, day: 1)!, last = Day(year: year, month: 12, day: 31)!
            let naive = (first.ordinal...last.ordinal).filter { calendar.isWorkingDay(Day(ordinal: $0)) }.count
            XCTAssertEqual(calendar.workingDayCount(inYear: year), naive, "\(year)")
        }
        let a = day("2199-12-01"), b = day("2200-01-31")
        let naive = (a.ordinal + 1...b.ordinal).filter { calendar.isWorkingDay(Day(ordinal: $0)) }.count
        XCTAssertEqual(calendar.workingDays(from: a, to: b), naive)
        XCTAssertEqual(calendar.shifted(workingDays: Int64(naive), from: a), naiveAdding(naive, to: a, in: calendar))
        XCTAssertEqual(calendar.shifted(workingDays: Int64(-naive), from: b), naiveAdding(-naive, to: b, in: calendar))
    }

    func testStepsPastTheCalendarHaveNoDay() {
        // 9999-12-30 is a Thursday, 31 a Friday: one working day later is the last day; five are past it.
        XCTAssertEqual(calendar.shifted(workingDays: 1, from: day("9999-12-30")), day("9999-12-31"))
        XCTAssertNil(calendar.shifted(workingDays: 5, from: day("9999-12-30")))
        XCTAssertNil(calendar.shifted(workingDays: -1, from: Day.first))
        XCTAssertNil(calendar.shifted(workingDays: .min, from: day("2024-01-01")))
        XCTAssertNil(calendar.shifted(workingDays: .max, from: day("9990-01-01")))
        XCTAssertEqual(day("9999-12-30").shifted(days: 1), day("9999-12-31"))
        XCTAssertNil(day("9999-12-30").shifted(days: 2))
        XCTAssertNil(day("2024-01-01").shifted(days: .max))
        XCTAssertNil(day("9999-11-30").shifted(months: 2))
        XCTAssertEqual(day("2024-01-31").shifted(months: 1), day("2024-02-29"))
        XCTAssertNil(day("0001-01-15").shifted(months: -1))
    }

    func testConcurrentReads() {
        let shared = WorkingCalendar(addedHolidays: [Holiday(day: day("2024-02-16"), name: .same("x"), kind: .fileAdded, source: .same("test"))])
        let start = day("2024-01-01")
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for i in 0..<20_000 {
                let d = start.adding(days: (i * 7 + worker) % 3650)
                _ = shared.isWorkingDay(d)
                _ = shared.shifted(workingDays: 5, from: d)
            }
        }
    }
}
