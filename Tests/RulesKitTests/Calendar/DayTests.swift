import XCTest
@testable import RulesKit

final class DayTests: XCTestCase {
    private func day(_ text: String) -> Day { Day.parse(text)! }

    func testParseAcceptsOnlyRealDaysInStrictForm() {
        XCTAssertEqual(Day.parse("2024-02-29").map { [$0.year, $0.month, $0.day] }, [2024, 2, 29])
        XCTAssertNotNil(Day.parse("2000-02-29"))
        XCTAssertNotNil(Day.parse("0001-01-01"))
        XCTAssertNotNil(Day.parse("9999-12-31"))
        for bad in ["2023-02-30", "2023-13-01", "2023-1-1", "2023-02-29", "1900-02-29", "9999-99-99",
                    "0000-01-01", "2023-00-10", "2023-01-00", "", "2023-01-01 ", " 2023-01-01",
                    "+023-01-01", "2023/01/01", "20230101", "2023-01-0a", "２０２３-01-01",
                    "99999999999999999999-01-01", "2023-01-01T00:00"] {
            XCTAssertNil(Day.parse(bad), bad)
        }
    }

    func testParseWorksOnSubstrings() {
        let line = "due: 2024-04-18."
        let start = line.index(line.startIndex, offsetBy: 5)
        XCTAssertEqual(Day.parse(line[start..<line.index(start, offsetBy: 10)]), Day(year: 2024, month: 4, day: 18))
    }

    func testComponentValidation() {
        XCTAssertNil(Day(year: 2023, month: 2, day: 30))
        XCTAssertNil(Day(year: 0, month: 1, day: 1))
        XCTAssertNil(Day(year: 10_000, month: 1, day: 1))
        XCTAssertNil(Day(year: Int.max, month: Int.min, day: 1))
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
    }

    func testOrdinalsAgainstUnixTime() {
        XCTAssertEqual(day("1970-01-01").ordinal, 0)
        XCTAssertEqual(day("1969-12-31").ordinal, -1)
        XCTAssertEqual(day("2000-01-01").ordinal, 946_684_800 / 86_400)
        XCTAssertEqual(day("2024-04-18").ordinal, 1_713_398_400 / 86_400)
    }

    func testWeekdays() {
        XCTAssertEqual(day("1970-01-01").weekday, 4)   // Thursday
        XCTAssertEqual(day("1900-01-01").weekday, 1)   // Monday
        XCTAssertEqual(day("2000-01-01").weekday, 6)   // Saturday
        XCTAssertEqual(day("2023-01-01").weekday, 7)   // Sunday
        XCTAssertEqual(day("2023-03-13").weekday, 1)   // Monday
        XCTAssertEqual(day("2024-04-19").weekday, 5)   // Friday
        XCTAssertEqual(day("1969-12-28").weekday, 7)   // Sunday, before the epoch
        XCTAssertTrue(day("2023-01-01").isWeekend)
        XCTAssertFalse(day("2024-04-19").isWeekend)
    }

    func testMonthArithmeticClampsToMonthEnd() {
        XCTAssertEqual(day("2023-01-31").adding(months: 1), day("2023-02-28"))
        XCTAssertEqual(day("2024-01-31").adding(months: 1), day("2024-02-29"))
        XCTAssertEqual(day("2024-03-31").adding(months: -1), day("2024-02-29"))
        XCTAssertEqual(day("2023-12-15").adding(months: 1), day("2024-01-15"))
        XCTAssertEqual(day("2024-01-15").adding(months: -1), day("2023-12-15"))
        XCTAssertEqual(day("2024-02-29").adding(months: 12), day("2025-02-28"))
        XCTAssertEqual(day("2024-05-31").adding(months: -15), day("2023-02-28"))
    }

    func testDayArithmetic() {
        XCTAssertEqual(day("2024-02-28").adding(days: 1), day("2024-02-29"))
        XCTAssertEqual(day("2024-03-01").adding(days: -1), day("2024-02-29"))
        XCTAssertEqual(day("2023-12-31").adding(days: 1), day("2024-01-01"))
    }

    func testExtremesNeverTrap() {
        XCTAssertEqual(Day.first.adding(days: -1), Day.first)
        XCTAssertEqual(Day.last.adding(days: Int.max), Day.last)
        XCTAssertEqual(Day.first.adding(days: Int.min), Day.first)
        XCTAssertEqual(Day.last.adding(months: Int.max), Day.last)
        XCTAssertEqual(Day.first.adding(months: Int.min), Day.first)
        for ordinal in [Int32.min, Int32.max, -1, 0] {
            let d = Day(ordinal: ordinal)
            _ = (d.description, d.weekday, d.adding(days: 1), d.adding(months: -1), d.components)
        }
    }

    func testCivilRoundTripOverWholeRange() {
        for ordinal in stride(from: Day.first.ordinal, through: Day.last.ordinal, by: 1) {
            let c = Day.civilFromDays(Int(ordinal))
            guard Day.daysFromCivil(c.year, c.month, c.day) == Int(ordinal) else {
                return XCTFail("civil round trip fails at \(ordinal)")
            }
        }
        XCTAssertEqual(Day.first.description, "0001-01-01")
        XCTAssertEqual(Day.last.description, "9999-12-31")
        for ordinal in stride(from: Day.first.ordinal, through: Day.last.ordinal, by: 97) {
            let d = Day(ordinal: ordinal)
            XCTAssertEqual(Day.parse(d.description), d)
        }
    }

    func testOrderingAndHashing() {
        XCTAssertLessThan(day("2023-12-31"), day("2024-01-01"))
        XCTAssertEqual(Set([day("2024-01-01"), Day(year: 2024, month: 1, day: 1)!]).count, 1)
    }
}
