import XCTest
@testable import RulesKit

final class ExplainTests: XCTestCase {
    private func explain(_ events: String, rule: String) throws -> [Finding] {
        let (model, d) = Checker.check(path: "x.rules", text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 11 }
            article 8 {
              clause 2 "Gửi dự thảo trước ít nhất 02 ngày làm việc." {
                rule d for b: each meeting m: document x where x.meeting == m.id at least 2 working days before m
              }
              clause 1 "Họp mỗi tháng một lần." { rule f for b: every month: at least 1 meeting }
            }
            """)
        let m = try XCTUnwrap(model, d.map(\.message.en).joined())
        var log = EventLog(types: m.eventTypes)
        log.read(text: events, file: "e.jsonl")
        log.finish()
        var o = Evaluator.Options(asOf: Day.parse("2024-12-31")!)
        o.explain = true
        return Regulation(model: m).evaluate(log, options: o).findings.filter { $0.rule == rule }
    }

    func testWorkingDaysAreExplainedWithTheHolidaySkipped() throws {
        // Friday 2024-04-19: Thursday 04-18 is the Hùng Kings' day, so two working days back are
        // Wednesday 04-17 (1) and Tuesday 04-16 (2).
        let fs = try explain("""
            {"type":"meeting","id":"m","date":"2024-04-19","body":"b"}
            {"type":"document","id":"d","date":"2024-04-17","body":"b","kind":"draft","meeting":"m"}
            """, rule: "d")
        let f = try XCTUnwrap(fs.first)
        // The trace is data; the sentences are written from it.
        XCTAssertEqual(f.steps.first, .lead(TimeAmount(amount: 2, dimension: .workingDays), before: true,
                                            from: Day.parse("2024-04-19")!, day: Day.parse("2024-04-16")!))
        XCTAssertEqual(f.stepTexts.map(\.en), ["2 working days before 2024-04-19 is 2024-04-16",
                                           "because 2024-04-18 is a day off: Hùng Kings' Commemoration Day (Labour Code 2019, art. 112)"])
        XCTAssertEqual(f.considered.map(\.line), [1, 2])
        XCTAssertEqual(f.status, .violation)
        let text = ExplainReport(language: .vi).text(fs)
        XCTAssertTrue(text.contains("2 ngày làm việc trước 2024-04-19 là 2024-04-16"), text)
        XCTAssertTrue(text.contains("vì 2024-04-18 là ngày nghỉ: Giỗ Tổ Hùng Vương"), text)
        XCTAssertTrue(text.contains("Văn bản: \"Gửi dự thảo trước ít nhất 02 ngày làm việc.\""), text)
    }

    func testAPeriodListsTheEventsCounted() throws {
        let fs = try explain("""
            {"type":"meeting","id":"a","date":"2024-03-05","body":"b"}
            {"type":"meeting","id":"c","date":"2024-03-26","body":"b"}
            """, rule: "f")
        let march = try XCTUnwrap(fs.first { $0.period == "2024-03" })
        XCTAssertEqual(march.considered.map(\.line), [1, 2])
        XCTAssertEqual(march.steps, [.period(label: "2024-03", from: Day.parse("2024-03-01")!, to: Day.parse("2024-03-31")!)])
        XCTAssertEqual(march.stepTexts.map(\.en), ["period 2024-03: 2024-03-01 to 2024-03-31"])
        XCTAssertTrue(Periods.contains(label: "2024-03", Day.parse("2024-03-15")!))
        XCTAssertTrue(Periods.contains(label: "2024-Q1", Day.parse("2024-03-15")!))
        XCTAssertFalse(Periods.contains(label: "2024-04", Day.parse("2024-03-15")!))
    }

    /// Found by a trial: in Vietnamese the values compared name the fields in Vietnamese words, as
    /// the findings do; and a kept check says "đạt" once, not "đạt — đạt".
    func testVietnameseExplanationUsesVietnameseWordsAndSaysKeptOnce() throws {
        let (model, d) = Checker.check(path: "q.rules", text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 11 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """)
        let m = try XCTUnwrap(model, d.map(\.message.en).joined())
        var log = EventLog(types: m.eventTypes)
        // 2/3 × 11 = 22/3: 8 present keeps it, 7 breaks it.
        log.read(text: """
            {"type":"meeting","id":"m1","date":"2024-01-05","body":"b","present":8}
            {"type":"meeting","id":"m2","date":"2024-02-05","body":"b","present":7}
            """, file: "e.jsonl")
        log.finish()
        var o = Evaluator.Options(asOf: Day.parse("2024-12-31")!)
        o.explain = true
        o.listKept = true
        let text = ExplainReport(language: .vi).text(Regulation(model: m).evaluate(log, options: o).findings)
        XCTAssertTrue(text.contains("Giá trị so sánh: có_mặt 8 ≥ 2/3 × 11 = 22/3\n  Kết luận: đạt\n"), text)
        XCTAssertTrue(text.contains("Giá trị so sánh: có_mặt 7 < 2/3 × 11 = 22/3\n  Kết luận: vi phạm — "), text)
    }
}
