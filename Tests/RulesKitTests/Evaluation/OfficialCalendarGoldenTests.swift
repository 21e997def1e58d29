import XCTest
@testable import RulesKit

/// Drafts two working days before a meeting, judged on the official 2024 schedule and on the law
/// of 2020. Each expected verdict is counted back by hand, day by day.
final class OfficialCalendarGoldenTests: XCTestCase {
    private let rules = """
    regulation "T" { effective 2015-01-01  calendar vietnam }
    body b { members 5 }
    article 1 {
      rule drafts for b: each meeting m:
        document d where d.kind == "draft" and d.meeting == m.id at least 2 working days before m
    }
    """

    private func verdicts(_ pairs: [(meeting: String, draft: String)]) throws -> [String] {
        var events = ""
        for (i, p) in pairs.enumerated() {
            events += #"{"type":"meeting","id":"m\#(i)","date":"\#(p.meeting)","body":"b"}"# + "\n"
            events += #"{"type":"document","id":"d\#(i)","date":"\#(p.draft)","body":"b","kind":"draft","meeting":"m\#(i)"}"# + "\n"
        }
        let e = try Golden.evaluate(rules: rules, events: events, asOf: "2026-06-30")
        return e.findings.sorted { $0.date < $1.date }.map { "\($0.date) \($0.status.rawValue)" }
    }

    // [S-calendar-official] [S-working-days] [S-at-least-before]
    func test2024OfficialSchedule() throws {
        XCTAssertEqual(try verdicts([
            // Mon 19/02: back Fri 16/02 (1), Thu 15/02 (2) — Tết ended Wed 14/02. Sent Thu 15/02: in time.
            ("2024-02-19", "2024-02-15"),
            // Thu 02/05: Wed 01/05, Tue 30/04 and Mon 29/04 are off, then the weekend; Fri 26/04 (1),
            // Thu 25/04 (2). Sent Fri 26/04: a day late.
            ("2024-05-02", "2024-04-26"),
            // Tue 07/05: Mon 06/05 (1), Sun 05/05 off, Sat 04/05 worked (2). Sent Sat 04/05: in time.
            ("2024-05-07", "2024-05-04"),
            // Wed 04/09: Tue 03/09 and Mon 02/09 off, the weekend, Fri 30/08 (1), Thu 29/08 (2).
            // Sent Fri 30/08: a day late.
            ("2024-09-04", "2024-08-30"),
        ]), ["2024-02-19 kept", "2024-05-02 violation", "2024-05-07 kept", "2024-09-04 violation"])
    }

    // [S-calendar-statutory] 2020 follows the Labour Code 2012: one National Day.
    func test2020HadOneNationalDay() throws {
        // Fri 04/09/2020: Thu 03/09 (1), Wed 02/09 off, Tue 01/09 (2) — 1 September was worked in 2020.
        XCTAssertEqual(try verdicts([("2020-09-04", "2020-09-01")]), ["2020-09-04 kept"])
    }
}
