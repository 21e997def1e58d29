import XCTest
@testable import RulesKit

final class CalendarReportTests: XCTestCase {
    func testYearListsHolidaysAndWorkingDayCount() {
        let text = CalendarReport.render(WorkingCalendar(), year: 2024, language: .en)
        XCTAssertTrue(text.contains("2024-04-18  Thu  "), text)         // 10/3 lunar: Hùng Kings' day
        // 2024: 262 weekdays, of which 12 are days off (1/1, Tết 8–14/2 on five weekdays, 18/4,
        // 29/4, 30/4, 1/5, 2/9, 3/9), and Saturday 4/5 is worked: 262 − 12 + 1 = 251.
        XCTAssertTrue(text.contains("Working days: 251\n"), text)
    }

    // [S-calendar-file]
    func testRulesFileAdjustmentsApply() throws {
        let src = """
        regulation "X" { effective 2024-01-01 }
        calendar {
          holiday 2024-02-19 to 2024-02-21 "Nghỉ thêm" source "Quyết định của tỉnh"
          not holiday 2024-02-14
          workday 2024-02-17 "Làm bù"
        }
        """
        let model = try XCTUnwrap(Checker.check(path: "c.rules", text: src).0)
        let cal = Evaluator(model: model).calendar
        XCTAssertFalse(cal.isWorkingDay(Day.parse("2024-02-19")!))
        XCTAssertFalse(cal.isWorkingDay(Day.parse("2024-02-21")!))
        XCTAssertEqual(cal.holiday(on: Day.parse("2024-02-20")!)?.source.vi, "Quyết định của tỉnh")
        XCTAssertTrue(cal.isWorkingDay(Day.parse("2024-02-14")!))
        XCTAssertTrue(cal.isWorkingDay(Day.parse("2024-02-17")!))
        XCTAssertEqual(cal.workedDay(on: Day.parse("2024-02-17")!)?.source.vi, "tệp c.rules")
        // 251 − 3 (19–21/2 now off) + 1 (14/2, an official Tết day, worked) + 1 (Saturday 17/2 worked) = 250.
        XCTAssertEqual(cal.workingDayCount(inYear: 2024), 250)
        let text = CalendarReport.render(cal, year: 2024, language: .en)
        XCTAssertTrue(text.replacingOccurrences(of: "\n  ", with: " ").contains("The rules file adjusts some days"), text)
        XCTAssertTrue(text.contains("2024-02-20  Tue  Nghỉ thêm"), text)
    }

    // [S-calendar-file] A line that changes nothing, or a day both off and worked, is a mistake.
    func testCalendarLinesThatChangeNothingAreWarned() {
        let (_, diagnostics) = Checker.check(path: "c.rules", text: """
            regulation "X" { effective 2027-01-01 }
            calendar {
              workday 2027-03-11
              holiday 2027-03-13
              not holiday 2027-03-10
              holiday 2027-03-12
              workday 2027-03-12
            }
            """)
        // Thursday 11 March is worked already, Saturday 13 is off already, 10 March is no holiday.
        XCTAssertEqual(diagnostics.map { "\($0.range.start.line) \($0.code)" }, ["3 W005", "4 W006", "5 W007", "7 W005", "7 C052"])
    }

    func testASpanOverAMakeUpSaturdayAndANotHolidayOnOneChangeNothingThere() throws {
        // `holiday … to …` over Saturday 6 February 2027 with `workday` on it is no contradiction:
        // the span gives its weekdays off. `not holiday` on the built-in make-up Saturday 4 May 2024
        // changes nothing (W007): 2024 keeps its 251 working days.
        let (model, diagnostics) = Checker.check(path: "c.rules", text: """
            regulation "X" { effective 2024-01-01 }
            calendar {
              holiday 2027-02-05 to 2027-02-11 "Tết"
              workday 2027-02-06 "Làm bù"
              not holiday 2024-05-04
              not holiday 2027-05-03
            }
            """)
        XCTAssertEqual(diagnostics.map(\.code), ["W007"])
        let calendar = try XCTUnwrap(model).workingCalendar
        XCTAssertTrue(calendar.isWorkingDay(Day.parse("2027-02-06")!))
        XCTAssertTrue(calendar.isWorkingDay(Day.parse("2024-05-04")!))
        XCTAssertEqual(calendar.workingDayCount(inYear: 2024), 251)
        // Monday 3 May 2027, a statutory day in lieu, made a working day: listed, and the report
        // lays out its long name.
        let text = CalendarReport.render(calendar, year: 2027, language: .en)
        XCTAssertTrue(text.contains("Built-in days off the rules file makes working days\n"), text)
        XCTAssertTrue(text.contains("\n  2027-05-03  Mon  Compensatory day off for International Labour Day  [3]\n"), text)
    }

    func testDaysTheFileRemovesAreListed() throws {
        let model = try XCTUnwrap(Checker.check(path: "c.rules", text: """
            regulation "X" { effective 2024-01-01 }
            calendar { not holiday 2024-02-14 }
            """).0)
        let text = CalendarReport.render(model.workingCalendar, year: 2024, language: .en)
        XCTAssertTrue(text.contains("Built-in days off the rules file makes working days\n  2024-02-14  Wed  Lunar New Year (Tết)"), text)
    }

    func testASpanLongerThanAYearIsAnError() {
        let (_, diagnostics) = Checker.check(path: "c.rules", text: """
            regulation "X" { effective 2024-01-01 }
            calendar { holiday 2024-02-08 to 2042-02-14 "Tết" }
            """)
        XCTAssertEqual(diagnostics.map(\.code), ["C049"])
    }
}
