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

    func testASpanLongerThanAYearIsAnError() {
        let (_, diagnostics) = Checker.check(path: "c.rules", text: """
            regulation "X" { effective 2024-01-01 }
            calendar { holiday 2024-02-08 to 2042-02-14 "Tết" }
            """)
        XCTAssertEqual(diagnostics.map(\.code), ["C049"])
    }
}
