import XCTest
@testable import RulesKit

/// What a finding carries as data, kept or not: the values compared, and the field a record lacks.
final class StructuredVerdictTests: XCTestCase {
    private let rules = """
        regulation "S" { effective 2024-01-01 }
        body b { members 9 }
        article 1 {
          rule q for b: each meeting m: m.present >= 2/3 of members
          rule v for b: each vote v: adopted requires v.for > 1/2 of members
        }
        """

    func testAKeptCheckCarriesTheValuesThatKeptIt() throws {
        // 2/3 × 9 = 6: 6 present keeps it (6 ≥ 6), 5 does not.
        let e = try Golden.evaluate(rules: rules, events: """
            {"type":"meeting","id":"m1","date":"2024-02-05","body":"b","present":6}
            {"type":"meeting","id":"m2","date":"2024-03-05","body":"b","present":5}
            """, asOf: "2024-12-31")
        let kept = try XCTUnwrap(e.findings.first { $0.eventId == "m1" })
        XCTAssertEqual(kept.status, .kept)
        XCTAssertEqual(kept.compared, "present 6 ≥ 2/3 × 9 = 6")
        guard case .expression(.comparison(_, .greaterOrEqual, _, holds: true))? = kept.values else { return XCTFail("\(String(describing: kept.values))") }
        let broken = try XCTUnwrap(e.findings.first { $0.eventId == "m2" })
        XCTAssertEqual(broken.compared, "present 5 < 2/3 × 9 = 6")
        guard case .expression(.comparison(_, .greaterOrEqual, _, holds: false))? = broken.values else { return XCTFail() }
    }

    func testAVoteWithoutTheFieldItNeedsNamesIt() throws {
        let e = try Golden.evaluate(rules: rules, events: """
            {"type":"vote","id":"v1","date":"2024-02-05","body":"b","adopted":true}
            {"type":"vote","id":"v2","date":"2024-02-06","body":"b","for":6}
            {"type":"vote","id":"v3","date":"2024-02-07","body":"b","for":6,"adopted":true}
            """, asOf: "2024-12-31")
        func detail(_ id: String) -> Finding.Detail? { e.findings.first { $0.eventId == id }?.detail }
        XCTAssertEqual(detail("v1"), .lacksField("for"))
        XCTAssertEqual(detail("v2"), .lacksField("adopted"))
        XCTAssertEqual(e.findings.first { $0.eventId == "v1" }?.message.en, "cannot decide: the record has no 'for', which rule 'v' needs")
        // 6 for of 9 > 9/2: adopted and consistent, with the comparison that held.
        XCTAssertEqual(detail("v3"), .decisionConsistent)
        XCTAssertEqual(e.findings.first { $0.eventId == "v3" }?.compared, "for 6 > 1/2 × 9 = 9/2")
    }
}
