import XCTest
@testable import RulesKit

/// A typo in a value makes a rule match nothing: every format says the rule judged nothing and
/// why, and no summary calls the result clean.
final class AccountabilityTests: XCTestCase {
    private let rules = """
        regulation "T" { effective 2020-01-01 }
        body dang_uy { members 11 }
        article 8 {
          clause 3 { rule q for dang_uy: each meeting m: m.present >= 2/3 of members }
          clause 4 { rule kin for dang_uy: each vote v where v.category == "personel": v.method == "secret" }
        }
        """
    // Two personnel votes, one by show of hands: a violation the typo hides.
    private let events = """
        {"type":"meeting","id":"m","date":"2023-03-07","body":"dang_uy","present":9}
        {"type":"vote","id":"v1","date":"2023-03-07","body":"dang_uy","meeting":"m","category":"personnel","method":"show_of_hands"}
        {"type":"vote","id":"v2","date":"2023-03-07","body":"dang_uy","meeting":"m","category":"personnel","method":"secret"}
        {"type":"vote","id":"v3","date":"2023-03-07","body":"dang_uy","meeting":"m","category":"budget","method":"show_of_hands"}
        """

    // [S-rule-accounts] [S-absent-values]
    func testARuleThatMatchedNothingSaysSoInEveryFormat() throws {
        let e = try Golden.evaluate(rules: rules, events: events, asOf: "2024-06-30")
        let f = try XCTUnwrap(e.findings.first { $0.rule == "kin" })
        XCTAssertEqual(f.status, .notJudged)
        XCTAssertTrue(f.wholeRule)
        // 3 votes, none of category "personel"; the log has "personnel" twice and "budget" once.
        XCTAssertEqual(f.why?.en, "its filter matched none of the 3 vote events; 'personel' never occurs in vote.category; seen: personnel (2), budget (1)")
        XCTAssertEqual(e.absentValues.map(\.value), ["personel"])
        XCTAssertEqual(VerdictText.sentence(e).en, "All 1 checks judged were kept; 1 not judged.")
        let model = try XCTUnwrap(Checker.check(path: "t", text: rules).0)
        let text = TextReport(language: .en).render(e, model: model)
        XCTAssertTrue(text.contains("Rules that judged nothing\n  – T, Article 8, clause 4 — kin (dang_uy): its filter matched none"), text)
        XCTAssertTrue(text.contains("Values the rules look for that the log never has\n  kin: 'personel' never occurs in vote.category; seen: personnel (2), budget (1)"), text)
        XCTAssertFalse(text.contains("No violations"), text)
        let json = JSONReport.render(e)
        XCTAssertTrue(json.contains(#""whole_rule":true"#), json)
        XCTAssertTrue(json.contains(#""absent_values":[{"rule":"kin","type":"vote","field":"category","value":"personel""#), json)
        let md = MarkdownReport(language: .vi).render(e, model: model)
        XCTAssertTrue(md.contains("- không đánh giá: 2023-12-31, dang_uy, 2023-03-01…2023-12-31: quy tắc không đánh giá được gì: điều kiện lọc"), md)
        XCTAssertFalse(md.contains("Không có vi phạm"), md)
        XCTAssertTrue(HTMLReport(language: .en).render(e, model: model).contains(#"data-status="not_judged" data-rule="kin""#))
        XCTAssertTrue(CSVReport.render(e, language: .en).contains("not_judged,T,8,4,,kin,,dang_uy,"))
    }

    func testWithTheValueSpelledRightTheViolationIsFound() throws {
        let fixed = rules.replacingOccurrences(of: "personel", with: "personnel")
        let e = try Golden.evaluate(rules: fixed, events: events, asOf: "2024-06-30")
        XCTAssertEqual(e.findings.filter { $0.rule == "kin" }.map { "\($0.eventId ?? "") \($0.status.rawValue)" }, ["v1 violation", "v2 kept"])
        XCTAssertEqual(e.absentValues, [])
    }
}
