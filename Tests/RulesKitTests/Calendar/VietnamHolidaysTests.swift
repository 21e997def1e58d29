import XCTest
@testable import RulesKit

final class VietnamHolidaysTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }

    // The statutory rule alone, worked out by hand from the 2023 calendar: Tết 2023-01-22 (Sunday),
    // Hùng Kings 2023-04-29 (Saturday), 2 September a Saturday. The April–May and September
    // blocks match the government's announced 2023 schedule (29/4–3/5, 1/9–4/9); Tết does not
    // (the schedule took 20 January, not 27): `VietnamOfficialSchedulesTests` holds the schedule.
    func test2023ByHand() {
        let expected: [(String, Holiday.Kind)] = [
            ("2023-01-01", .statutory), ("2023-01-02", .compensatory),
            ("2023-01-21", .statutory), ("2023-01-22", .statutory), ("2023-01-23", .statutory),
            ("2023-01-24", .statutory), ("2023-01-25", .statutory),
            ("2023-01-26", .compensatory), ("2023-01-27", .compensatory),
            ("2023-04-29", .statutory), ("2023-04-30", .statutory), ("2023-05-01", .statutory),
            ("2023-05-02", .compensatory), ("2023-05-03", .compensatory),
            ("2023-09-01", .statutory), ("2023-09-02", .statutory), ("2023-09-04", .compensatory),
        ]
        let actual = VietnamHolidays.statutoryDaysOff(inYear: 2023)
        XCTAssertEqual(actual.map(\.day), expected.map { day($0.0) })
        XCTAssertEqual(actual.map(\.kind), expected.map(\.1))
    }

    func testNamesCarryDiacritics() {
        let byDay = Dictionary(uniqueKeysWithValues: VietnamHolidays.statutoryDaysOff(inYear: 2023).map { ($0.day, $0) })
        XCTAssertEqual(byDay[day("2023-01-01")]?.name.vi, "Tết Dương lịch")
        XCTAssertEqual(byDay[day("2023-01-02")]?.name.vi, "Nghỉ bù Tết Dương lịch")
        XCTAssertEqual(byDay[day("2023-01-22")]?.name.vi, "Tết Nguyên đán")
        XCTAssertEqual(byDay[day("2023-04-29")]?.name.vi, "Giỗ Tổ Hùng Vương")
        XCTAssertEqual(byDay[day("2023-04-30")]?.name.vi, "Ngày Chiến thắng")
        XCTAssertEqual(byDay[day("2023-05-01")]?.name.vi, "Ngày Quốc tế Lao động")
        XCTAssertEqual(byDay[day("2023-09-02")]?.name.vi, "Quốc khánh")
        XCTAssertEqual(byDay[day("2023-05-02")]?.name.vi, "Nghỉ bù Giỗ Tổ Hùng Vương")
    }

    // The adjacent National Day holiday in the official schedules 2021–2025.
    func testNationalDayCompanion() {
        let official = [2021: "2021-09-03", 2022: "2022-09-01", 2023: "2023-09-01",
                        2024: "2024-09-03", 2025: "2025-09-01"]
        for (year, date) in official {
            XCTAssertEqual(VietnamHolidays.nationalDayCompanion(year: year), day(date), "\(year)")
        }
    }

    func testTet2024StatutoryBlock() {
        let tet = VietnamHolidays.statutoryDaysOff(inYear: 2024).filter { $0.name.vi.hasSuffix("Tết Nguyên đán") }
        // 9 (Fri) … 13 (Tue) February, plus compensation for Saturday 10 and Sunday 11. The official
        // schedule took 8–14 February instead (VietnamOfficialSchedulesTests).
        XCTAssertEqual(tet.map(\.day.description),
                       ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13",
                        "2024-02-14", "2024-02-15"])
    }

    // The law in force each year: Tết 4 days until the 2012 Code (in force 2013-05-01), the Hùng
    // Kings' day from 2007, National Day 2 days from 2021 (Labour Code 2019).
    // [S-calendar-statutory]
    func testTheStatutoryRuleFollowsTheLawOfEachYear() {
        func days(_ year: Int, _ name: String) -> [String] {
            VietnamHolidays.statutoryHolidays(inYear: year).filter { $0.name.en == name }.map(\.day.description)
        }
        XCTAssertEqual(days(2020, "National Day"), ["2020-09-02"])
        XCTAssertEqual(days(2019, "National Day"), ["2019-09-02"])
        XCTAssertEqual(days(2015, "National Day"), ["2015-09-02"])
        XCTAssertEqual(days(2021, "National Day"), ["2021-09-02", "2021-09-03"])
        XCTAssertEqual(days(2013, "Lunar New Year (Tết)").count, 4)     // Tết 2013 fell on 10 February
        XCTAssertEqual(days(2014, "Lunar New Year (Tết)").count, 5)
        XCTAssertEqual(days(2006, "Hùng Kings' Commemoration Day"), [])
        XCTAssertEqual(days(2007, "Hùng Kings' Commemoration Day"), ["2007-04-26"])
        XCTAssertEqual(HolidayLaw.inForce(on: Day.parse("2013-04-30")!), .code1994Amended2007)
        XCTAssertEqual(HolidayLaw.inForce(on: Day.parse("2013-05-01")!), .code2012)
        XCTAssertEqual(HolidayLaw.inForce(on: Day.parse("2021-01-01")!), .code2019)
    }

    func testStructuralInvariants1900Through2199() {
        for year in VietnamHolidays.cachedYears where VietnamOfficialSchedules.schedule(forYear: year) == nil {
            let all = VietnamHolidays.holidays(inYear: year)
            XCTAssertEqual(all, VietnamHolidays.builtIn(inYear: year))
            // A schedule reaches into its neighbour only at the turn of the year.
            let spill = all.filter { $0.kind == .official }
            XCTAssertTrue(spill.allSatisfy { $0.day.month == 12 || $0.day.month == 1 }, "\(year)")
            XCTAssertTrue(all.allSatisfy { $0.day.year == year }, "\(year)")
            XCTAssertEqual(Set(all.map(\.day)).count, all.count, "\(year)")
            XCTAssertEqual(all.map(\.day), all.map(\.day).sorted(), "\(year)")
            let statutory = all.filter { $0.kind == .statutory }
            let compensatory = all.filter { $0.kind == .compensatory }
            XCTAssertEqual(compensatory.count, statutory.filter(\.day.isWeeklyRest).count, "\(year)")
            XCTAssertTrue(compensatory.allSatisfy { !$0.day.isWeeklyRest }, "\(year)")
            // The law's number of days unless two coincide (then merged under both names).
            let law = HolidayLaw.inForce(on: Day(year: year, month: 12, day: 31)!)
            let granted = 3 + law.tetDays + law.nationalDayDays + (law.hasHungKingsDay ? 1 : 0) - (year == 2013 ? 1 : 0)
            let merged = statutory.filter { $0.name.vi.contains(" / ") }.count
            XCTAssertEqual(statutory.count + merged, granted, "\(year)")
        }
    }

    func testYearsOutsideRange() {
        XCTAssertEqual(VietnamHolidays.holidays(inYear: 0), [])
        XCTAssertEqual(VietnamHolidays.holidays(inYear: Int.max), [])
        XCTAssertEqual(VietnamHolidays.holidays(inYear: 2300).count, VietnamHolidays.statutoryDaysOff(inYear: 2300).count)
    }
}
