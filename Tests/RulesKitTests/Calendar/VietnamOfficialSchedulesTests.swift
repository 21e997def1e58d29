import XCTest
@testable import RulesKit

/// The announced schedules, held to the law: every table line is checked for what can be checked
/// without the documents (weekdays off, weekends worked, the law's number of days), and the
/// schedules' days are spot-checked against the documents' own words.
final class VietnamOfficialSchedulesTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }

    func testTheTableCovers2015Through2026() {
        XCTAssertEqual(VietnamOfficialSchedules.years, Array(2015...2026))
    }

    // A schedule moves days; it does not add or remove any: weekdays off minus weekend days
    // worked equals what the law grants in that year (10 days to 2020, 11 from 2021).
    func testEachYearGrantsExactlyTheLawsDays() {
        for schedule in VietnamOfficialSchedules.table {
            let law = HolidayLaw.inForce(on: Day(year: schedule.year, month: 12, day: 31)!)
            let granted = 3 + law.tetDays + law.nationalDayDays + (law.hasHungKingsDay ? 1 : 0)
            XCTAssertEqual(schedule.daysOff.count - schedule.workedDays.count, granted, "\(schedule.year)")
            XCTAssertEqual(granted, schedule.year >= 2021 ? 11 : 10)
        }
    }

    func testDaysOffAreWeekdaysAndWorkedDaysAreWeekends() {
        for schedule in VietnamOfficialSchedules.table {
            XCTAssertTrue(schedule.daysOff.allSatisfy { !$0.day.isWeekend }, "\(schedule.year)")
            XCTAssertTrue(schedule.workedDays.allSatisfy(\.day.isWeekend), "\(schedule.year)")
            XCTAssertEqual(Set(schedule.daysOff.map(\.day)).count, schedule.daysOff.count, "\(schedule.year)")
            // Every day lies in the schedule's year, or at the turn of the year next to it.
            for d in schedule.daysOff.map(\.day) + schedule.workedDays.map(\.day) {
                XCTAssertTrue(d.year == schedule.year || abs(d.ordinal - Day(year: schedule.year, month: 1, day: 1)!.ordinal) < 10, "\(d)")
            }
        }
    }

    // The law's own days on a weekday are off in every schedule, whatever the schedule moved.
    func testEveryStatutoryWeekdayOutsideTetIsOff() {
        for schedule in VietnamOfficialSchedules.table {
            let off = Set(schedule.daysOff.map(\.day))
            for h in VietnamHolidays.statutoryHolidays(inYear: schedule.year) where !h.day.isWeekend && h.name.en != "Lunar New Year (Tết)" {
                XCTAssertTrue(off.contains(h.day), "\(h.day) \(h.name.en)")
            }
        }
    }

    // The 2024 schedule, from the documents: Tết Thursday 8 – Wednesday 14 February (Thông báo
    // 5015/TB-LĐTBXH); 30/4–1/5 Saturday 27 April – Wednesday 1 May with Monday 29 April exchanged
    // for Saturday 4 May (Công văn 2450/VPCP-KGVX of 12/04/2024); National Day Saturday 31 August –
    // Tuesday 3 September.
    // [S-calendar-official]
    func test2024AsAnnounced() {
        let calendar = WorkingCalendar()
        for d in ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-29", "2024-04-30",
                  "2024-05-01", "2024-09-02", "2024-09-03", "2024-01-01", "2024-04-18"] {
            XCTAssertFalse(calendar.isWorkingDay(day(d)), d)
        }
        for d in ["2024-02-15", "2024-02-16", "2024-05-04", "2024-05-02", "2024-08-30"] {
            XCTAssertTrue(calendar.isWorkingDay(day(d)), d)
        }
        let saturday = try! XCTUnwrap(calendar.workedDay(on: day("2024-05-04")))
        XCTAssertEqual(saturday.source.vi, "Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ")
        XCTAssertEqual(calendar.holiday(on: day("2024-02-08"))?.source.vi, "Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội")
        XCTAssertEqual(calendar.holiday(on: day("2024-01-01"))?.source.en, "Labour Code 2019, art. 112")
        // 262 weekdays − 12 weekdays off + 1 Saturday worked.
        XCTAssertEqual(calendar.workingDayCount(inYear: 2024), 251)
    }

    // 2020 had one National Day (Wednesday 2 September), not two.
    func testNationalDay2020WasOneDay() {
        let calendar = WorkingCalendar()
        XCTAssertFalse(calendar.isWorkingDay(day("2020-09-02")))
        XCTAssertTrue(calendar.isWorkingDay(day("2020-09-01")))
        XCTAssertTrue(calendar.isWorkingDay(day("2020-09-03")))
        XCTAssertTrue(calendar.isWorkingDay(day("2019-09-03")))
        XCTAssertTrue(calendar.isWorkingDay(day("2015-09-01")))
    }

    // A schedule reaches across New Year: Monday 31/12/2018 was off for New Year 2019 (Công văn
    // 6519/VPCP-KGVX), Saturday 27/12/2014 worked for New Year 2015.
    func testSchedulesReachIntoTheYearBefore() {
        let calendar = WorkingCalendar()
        XCTAssertFalse(calendar.isWorkingDay(day("2018-12-31")))
        XCTAssertTrue(calendar.isWorkingDay(day("2019-01-05")))
        XCTAssertTrue(calendar.isWorkingDay(day("2014-12-27")))
        XCTAssertEqual(calendar.holidays(inYear: 2018).last?.day, day("2018-12-31"))
    }

    func testCalendarReportSaysWhereEachDayComesFrom() {
        let report = CalendarReport.render(WorkingCalendar(), year: 2024, language: .en)
        XCTAssertTrue(report.hasPrefix("Days off in 2024\n  The official schedule for cadres and civil servants"), report)
        XCTAssertTrue(report.contains("2024-05-04  Sat  Make-up working day for 2024-04-29"), report)
        XCTAssertTrue(report.contains("Official letter 2450/VPCP-KGVX of 2024-04-12, Government Office"), report)
        let later = CalendarReport.render(WorkingCalendar(), year: 2027, language: .vi)
        XCTAssertTrue(later.contains("Không có lịch nghỉ chính thức năm 2027"), later)
        XCTAssertTrue(later.contains("Bộ luật Lao động 2019, Điều 112"), later)
    }
}
