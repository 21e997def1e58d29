import XCTest
@testable import RulesKit

final class CalendarReportTests: XCTestCase {
    func testYearListsHolidaysAndWorkingDayCount() {
        let text = CalendarReport.render(WorkingCalendar(), year: 2024, language: .en)
        XCTAssertTrue(text.contains("2024-04-18  Thu  "), text)         // 10/3 lunar: Hùng Kings' day
        // 2024: 262 weekdays, of which 11 are days off (1/1, five Tết weekdays incl. compensation,
        // 18/4, 30/4, 1/5, 2/9, 3/9): 251.
        XCTAssertTrue(text.hasSuffix("Working days: 251\n"), text)
    }

    func testRulesFileAdjustmentsApply() throws {
        let src = """
        regulation "X" { effective 2024-01-01 }
        calendar {
          holiday 2024-02-08 "Nghỉ Tết theo lịch của Thủ tướng"
          not holiday 2024-02-15
          workday 2024-02-17 "Làm bù"
        }
        """
        let model = try XCTUnwrap(Checker.check(path: "c.rules", text: src).0)
        let cal = Evaluator(model: model).calendar
        XCTAssertFalse(cal.isWorkingDay(Day.parse("2024-02-08")!))
        XCTAssertTrue(cal.isWorkingDay(Day.parse("2024-02-15")!))
        XCTAssertTrue(cal.isWorkingDay(Day.parse("2024-02-17")!))
        // 251 − 1 (Thursday 8/2 now off) + 1 (15/2, a compensatory day, worked) + 1 (Saturday 17/2 worked) = 252.
        XCTAssertEqual(cal.workingDayCount(inYear: 2024), 252)
    }
}
