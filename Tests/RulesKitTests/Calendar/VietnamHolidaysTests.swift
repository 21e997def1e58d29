import XCTest
@testable import RulesKit

final class VietnamHolidaysTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }

    // Worked out by hand from the 2023 calendar: Tết 2023-01-22 (Sunday), Hùng Kings
    // 2023-04-29 (Saturday), 2 September a Saturday. The April–May and September
    // blocks match the government's announced 2023 schedule (29/4–3/5, 1/9–4/9).
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
        let actual = VietnamHolidays.holidays(inYear: 2023)
        XCTAssertEqual(actual.map(\.day), expected.map { day($0.0) })
        XCTAssertEqual(actual.map(\.kind), expected.map(\.1))
    }

    func testNamesCarryDiacritics() {
        let byDay = Dictionary(uniqueKeysWithValues: VietnamHolidays.holidays(inYear: 2023).map { ($0.day, $0) })
        XCTAssertEqual(byDay[day("2023-01-01")]?.nameVi, "Tết Dương lịch")
        XCTAssertEqual(byDay[day("2023-01-02")]?.nameVi, "Nghỉ bù Tết Dương lịch")
        XCTAssertEqual(byDay[day("2023-01-22")]?.nameVi, "Tết Nguyên đán")
        XCTAssertEqual(byDay[day("2023-04-29")]?.nameVi, "Giỗ Tổ Hùng Vương")
        XCTAssertEqual(byDay[day("2023-04-30")]?.nameVi, "Ngày Chiến thắng")
        XCTAssertEqual(byDay[day("2023-05-01")]?.nameVi, "Ngày Quốc tế Lao động")
        XCTAssertEqual(byDay[day("2023-09-02")]?.nameVi, "Quốc khánh")
        XCTAssertEqual(byDay[day("2023-05-02")]?.nameVi, "Nghỉ bù Giỗ Tổ Hùng Vương")
    }

    // The adjacent National Day holiday in the official schedules 2021–2025.
    func testNationalDayCompanion() {
        let official = [2021: "2021-09-03", 2022: "2022-09-01", 2023: "2023-09-01",
                        2024: "2024-09-03", 2025: "2025-09-01"]
        for (year, date) in official {
            XCTAssertEqual(VietnamHolidays.nationalDayCompanion(year: year), day(date), "\(year)")
        }
    }

    func testTet2024Block() {
        let tet = VietnamHolidays.holidays(inYear: 2024).filter { $0.nameVi.hasSuffix("Tết Nguyên đán") }
        // 9 (Fri) … 13 (Tue) February, plus compensation for Saturday 10 and Sunday 11.
        XCTAssertEqual(tet.map(\.day.description),
                       ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13",
                        "2024-02-14", "2024-02-15"])
    }

    func testStructuralInvariants1900Through2199() {
        for year in VietnamHolidays.cachedYears {
            let all = VietnamHolidays.holidays(inYear: year)
            XCTAssertEqual(all, VietnamHolidays.computeHolidays(inYear: year))
            XCTAssertTrue(all.allSatisfy { $0.day.year == year }, "\(year)")
            XCTAssertEqual(Set(all.map(\.day)).count, all.count, "\(year)")
            XCTAssertEqual(all.map(\.day), all.map(\.day).sorted(), "\(year)")
            let statutory = all.filter { $0.kind == .statutory }
            let compensatory = all.filter { $0.kind == .compensatory }
            XCTAssertEqual(compensatory.count, statutory.filter(\.day.isWeekend).count, "\(year)")
            XCTAssertTrue(compensatory.allSatisfy { !$0.day.isWeekend }, "\(year)")
            // 11 statutory days unless two coincide (then merged under both names).
            let merged = statutory.filter { $0.nameVi.contains(" / ") }.count
            XCTAssertEqual(statutory.count + merged, 11, "\(year)")
        }
    }

    func testYearsOutsideRange() {
        XCTAssertEqual(VietnamHolidays.holidays(inYear: 0), [])
        XCTAssertEqual(VietnamHolidays.holidays(inYear: Int.max), [])
        XCTAssertEqual(VietnamHolidays.holidays(inYear: 2300).count, VietnamHolidays.computeHolidays(inYear: 2300).count)
    }
}
