import XCTest
@testable import RulesKit

final class RationalTests: XCTestCase {
    func testExactArithmeticAndComparison() {
        let q = Rational(2, 3)!.multiplied(by: Rational(11))!
        XCTAssertEqual(q, Rational(22, 3))
        XCTAssertTrue(Rational(7) < q)
        XCTAssertFalse(Rational(8) < q)
        XCTAssertEqual(q.ceiling, 8)
        XCTAssertEqual(Rational(-7, 2)!.floor, -4)
        // Comparison never overflows: it multiplies in 128 bits.
        XCTAssertTrue(Rational(Int64.max - 1, Int64.max)! < Rational.one)
    }

    func testOverflowIsNilNotATrap() {
        let big = Rational(Int64.max)
        XCTAssertNil(big.adding(.one))
        XCTAssertNil(big.multiplied(by: Rational(2)))
        XCTAssertNil(Rational.parseDecimal("99999999999999999999"))
        XCTAssertNil(Rational(1, 0))
    }

    func testPercentTexts() {
        XCTAssertEqual(Rational(26, 32)!.percentText, "81.25%")
        XCTAssertEqual(Rational(3, 2)!.percentText, "150%")
        // 1/40 = 2.5%; 1/3 and 2/3 do not end: rounded to two places and marked.
        XCTAssertEqual(Rational(1, 40)!.percentText, "2.5%")
        XCTAssertEqual(Rational(1, 3)!.percentText, "≈33.33%")
        XCTAssertEqual(Rational(2, 3)!.percentText, "≈66.67%")
        XCTAssertEqual(Rational(-1, 8)!.percentText, "-12.5%")
        XCTAssertEqual(Rational(1, 1000)!.percentText, "0.1%")
        // 374/384 = 97.395…% → ≈97.4%; 1/3 → ≈33.3%; 2/3 → ≈66.7%; exact tenths carry no mark.
        XCTAssertEqual(Rational(374, 384)!.percentRounded, "≈97.4%")
        XCTAssertEqual(Rational(1, 3)!.percentRounded, "≈33.3%")
        XCTAssertEqual(Rational(2, 3)!.percentRounded, "≈66.7%")
        XCTAssertEqual(Rational.one.percentRounded, "100.0%")
        XCTAssertEqual(Rational(3, 8)!.percentRounded, "37.5%")  // 1000 × 3/8 = 375: exact, no mark
        // 215,991 of 215,997 = 99.9972…%: rounds to 100.0, but the rule was broken 6 times.
        XCTAssertEqual(Rational(215_991, 215_997)!.percentRounded, ">99.9%")
        // 1 of 100,000 = 0.001%: not 0.0%, which would read as none.
        XCTAssertEqual(Rational(1, 100_000)!.percentRounded, "<0.1%")
    }
}
