import XCTest
@testable import RulesKit

/// A violation a supervisor can paste into a report: what was required and what was found, the
/// rule's filter and the near miss, in Vietnamese words for the event types.
final class FindingWordsTests: XCTestCase {
    func testAConditionNamesTheRuleAndTheValuesCompared() throws {
        // 2/3 × 11 = 22/3: 7 present fails.
        let e = try Golden.evaluate(rules: """
            regulation "X" { effective 2020-01-01 }
            body b { members 11 }
            article 1 { rule q "Ít nhất 2/3 tổng số thành viên tham gia" for b: each meeting m: m.present >= 2/3 of members }
            """, events: #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":7}"#, asOf: "2023-12-31")
        let f = try XCTUnwrap(e.findings.first { $0.status == .violation })
        // 22/3 = 7 1/3, so 8 is the least whole number of members that meets it.
        XCTAssertEqual(f.message.en, "does not meet 'Ít nhất 2/3 tổng số thành viên tham gia' (q): present 7 < 2/3 × 11 = 22/3 — at least 8 needed")
        // In Vietnamese the field is named as a Vietnamese file writes it: `present` is `có_mặt`.
        XCTAssertEqual(f.message.vi, "không đạt yêu cầu 'Ít nhất 2/3 tổng số thành viên tham gia' (q): có_mặt 7 < 2/3 × 11 = 22/3 — cần ít nhất 8")
    }

    func testAMissingFieldIsNamed() throws {
        let e = try Golden.evaluate(rules: """
            regulation "X" { effective 2020-01-01 }
            body b { members 11 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """, events: #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}"#, asOf: "2023-12-31")
        XCTAssertEqual(e.findings.first?.message.en, "cannot decide: the record has no 'present', which rule 'q' needs")
    }

    func testACountNamesItsFilterAndTheNearMiss() throws {
        // Q2 2024 has two regular meetings and no thematic one; the Q3 report came on 3 October, three
        // days after its 30 September deadline (the `by` day of the quarter's third month).
        let e = try Golden.evaluate(rules: """
            regulation "X" { effective 2020-01-01 }
            body b { members 5 }
            article 1 {
              rule thematic for b: every quarter: at least 1 meeting where kind == "thematic"
              rule reported for b: every year: at least 1 report by 30 September
            }
            """, events: """
            {"type":"meeting","id":"m1","date":"2024-04-10","body":"b","kind":"regular"}
            {"type":"meeting","id":"m2","date":"2024-05-10","body":"b","kind":"regular"}
            {"type":"report","id":"r-12","date":"2024-10-03","body":"b","period":"2024"}
            """, asOf: "2024-12-31", from: "2024-01-01", to: "2024-12-31")
        let q2 = try XCTUnwrap(e.findings.first { $0.rule == "thematic" && $0.period == "2024-Q2" })
        XCTAssertEqual(q2.message.en, "2024-Q2: at least 1 meeting where kind == \"thematic\" required, found 0 (2 meeting event(s) in the period, 0 matching)")
        XCTAssertEqual(q2.message.vi, "quý II/2024: cần ít nhất 1 hội nghị có loại == \"chuyên đề\", chỉ có 0 (kỳ có 2 hội nghị, 0 khớp điều kiện)")
        let report = try XCTUnwrap(e.findings.first { $0.rule == "reported" && $0.status == .violation })
        XCTAssertEqual(report.message.en, "2024: at least 1 report required, found 0 (report r-12 of 2024-10-03 is 3 day(s) after the deadline 2024-09-30)")
        XCTAssertEqual(report.message.vi, "năm 2024: cần ít nhất 1 báo cáo, chỉ có 0 (báo cáo r-12 ngày 2024-10-03 muộn 3 ngày so với hạn 2024-09-30)")
    }
}
