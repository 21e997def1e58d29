import XCTest
@testable import RulesKit

final class EvaluatorTests: XCTestCase {
    private func evaluate(_ rules: String, _ events: String, asOf: String = "2024-12-31", from: String? = nil) throws -> Evaluation {
        let (model, diags) = Checker.check(path: "t.rules", text: "regulation \"T\" { effective 2020-01-01 }\n" + rules)
        let m = try XCTUnwrap(model, diags.map(\.message.en).joined(separator: "; "))
        var log = EventLog(types: m.eventTypes)
        log.read(text: events, file: "e.jsonl")
        log.finish()
        XCTAssertEqual(log.errors, [])
        return Regulation(model: m).evaluate(log, options: .init(from: from.flatMap(Day.parse), asOf: Day.parse(asOf)!))
    }

    private let quorum = """
    body b { members 11 }
    article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
    """

    func testQuorumBoundaryIsExact() throws {
        // 2/3 × 11 = 22/3: 7 present fails, 8 passes.
        let e = try evaluate(quorum, """
        {"type":"meeting","id":"a","date":"2023-01-02","body":"b","present":7}
        {"type":"meeting","id":"c","date":"2023-01-03","body":"b","present":8}
        """)
        XCTAssertEqual(e.findings.map { "\($0.eventId!) \($0.status.rawValue)" }, ["a violation", "c kept"])
        XCTAssertEqual(e.findings[0].compared, "present 7 < 2/3 × 11 = 22/3")
    }

    func testMembershipEventChangesTheDenominator() throws {
        // From 2023-06-01 the body has 10 members: 2/3 × 10 = 20/3, so 7 present passes.
        let e = try evaluate(quorum, """
        {"type":"meeting","id":"before","date":"2023-05-10","body":"b","present":7}
        {"type":"membership","date":"2023-06-01","body":"b","members":10}
        {"type":"meeting","id":"after","date":"2023-06-10","body":"b","present":7}
        """)
        XCTAssertEqual(e.findings.map { "\($0.eventId!) \($0.status.rawValue)" }, ["before violation", "after kept"])
    }

    func testTheMeetingsOwnMemberCountComesFirst() throws {
        // The minutes say 12 members that day: 2/3 × 12 = 8, so 7 fails even after a change to 10.
        let e = try evaluate(quorum, """
        {"type":"membership","date":"2023-06-01","body":"b","members":10}
        {"type":"meeting","id":"m","date":"2023-06-10","body":"b","present":7,"members":12}
        """)
        XCTAssertEqual(e.findings.map(\.compared), ["present 7 < 2/3 × 12 = 8"])
    }

    func testRulesFileMemberCountsChangeByDate() throws {
        let rules = """
        body b { members 11
          members 9 from 2023-07-01 }
        article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
        """
        // 2/3 × 9 = 6: 6 present passes after July.
        let e = try evaluate(rules, """
        {"type":"meeting","id":"x","date":"2023-06-30","body":"b","present":6}
        {"type":"meeting","id":"y","date":"2023-07-01","body":"b","present":6}
        """)
        XCTAssertEqual(e.findings.map(\.status), [.violation, .kept])
    }

    func testMissingFieldIsUndeterminedNotBroken() throws {
        let e = try evaluate(quorum, #"{"type":"meeting","id":"m","date":"2023-01-02","body":"b"}"#)
        // The one check a warning, the rule decided nothing and says so.
        XCTAssertEqual(e.findings.map(\.status), [.warning, .notJudged])
        XCTAssertEqual(e.findings.last?.wholeRule, true)
    }

    func testResponseWithinWorkingDaysIsPendingUntilDue() throws {
        let rules = """
        body g { members 3 }
        article 1 { rule r for g: each visit v: report x where x.about == v.id within 5 working days after v }
        """
        // Visit on Monday 2023-03-06; 5 working days later is Monday 2023-03-13.
        let log = #"{"type":"visit","id":"v1","date":"2023-03-06","body":"g","target":"cb1"}"#
        XCTAssertEqual(try evaluate(rules, log, asOf: "2023-03-10").findings.map(\.status), [.pending])
        XCTAssertEqual(try evaluate(rules, log, asOf: "2023-03-14").findings.map(\.status), [.violation])
        let late = log + "\n" + #"{"type":"report","id":"r1","date":"2023-03-14","body":"g","about":"v1"}"#
        XCTAssertEqual(try evaluate(rules, late, asOf: "2023-03-20").findings.map(\.status), [.violation])
        let onTime = log + "\n" + #"{"type":"report","id":"r1","date":"2023-03-13","body":"g","about":"v1"}"#
        XCTAssertEqual(try evaluate(rules, onTime, asOf: "2023-03-20").findings.map(\.status), [.kept])
    }

    func testTargetCountsTheShareOfBodies() throws {
        let rules = """
        kind cb { bodies "cb-*" }
        article 1 {
          rule monthly for cb: every month: at least 1 meeting
          rule all for cb: target 100% keep monthly every year
          rule most for cb: target 1/2 keep monthly every year
        }
        """
        var lines: [String] = []
        for m in 1...12 {
            let mm = m < 10 ? "0\(m)" : "\(m)"
            lines.append(#"{"type":"meeting","date":"2023-\#(mm)-05","body":"cb-1"}"#)
            if m != 4 { lines.append(#"{"type":"meeting","date":"2023-\#(mm)-05","body":"cb-2"}"#) }
        }
        let e = try evaluate(rules, lines.joined(separator: "\n"))
        // cb-1 kept all 12 months, cb-2 missed April: 1 of 2 cells = 50%.
        XCTAssertEqual(e.targets.map { "\($0.rule) \($0.bodiesMeeting)/\($0.bodies) \($0.met)" }, ["all 1/2 false", "most 1/2 true"])
        XCTAssertEqual(e.findings.filter { $0.rule == "all" }.map(\.status), [.violation])
    }

    func testLongestGap() throws {
        let rules = """
        body b { members 5 }
        article 1 { rule g for b: no gap longer than 3 months between meeting }
        """
        let e = try evaluate(rules, """
        {"type":"meeting","date":"2023-01-10","body":"b"}
        {"type":"meeting","date":"2023-03-15","body":"b"}
        {"type":"meeting","date":"2023-07-20","body":"b"}
        """, asOf: "2024-01-31")
        // 01-01→01-10 and 01-10→03-15 are within 3 months; 03-15 + 3 months = 06-15 < 07-20;
        // and after 07-20 nothing until the end of 2023 (07-20 + 3 months = 10-20 < 12-31).
        XCTAssertEqual(e.findings.map(\.status), [.kept, .kept, .violation, .violation])
        XCTAssertEqual(e.findings[2].period, "2023-03-15…2023-07-20")
    }

    func testDeadlineInTheYear() throws {
        let rules = """
        body o { members 5 }
        article 1 { rule c for o: every year: at least 1 report r where r.period == "year" by 31 October }
        """
        let late = #"{"type":"report","date":"2023-11-05","body":"o","period":"year"}"#
        XCTAssertEqual(try evaluate(rules, late, asOf: "2024-01-31", from: "2023-01-01").findings.map(\.status), [.violation])
        XCTAssertEqual(try evaluate(rules, late, asOf: "2023-10-15", from: "2023-01-01").findings.map(\.status), [.pending])
        // Without --from the window starts with the log's first month, November: whether a report
        // came by 31 October is not known.
        XCTAssertEqual(try evaluate(rules, late, asOf: "2024-01-31").findings.map(\.status), [.notJudged])
        let onTime = #"{"type":"report","date":"2023-10-31","body":"o","period":"year"}"#
        XCTAssertEqual(try evaluate(rules, onTime, asOf: "2024-01-31").findings.map(\.status), [.kept])
    }

    func testAtMostAndExactly() throws {
        let rules = """
        body b { members 5 }
        article 1 {
          rule most for b: every month: at most 2 meetings
          rule exact for b: every quarter: exactly 3 meetings
        }
        """
        let e = try evaluate(rules, """
        {"type":"meeting","date":"2023-03-01","body":"b"}
        {"type":"meeting","date":"2023-03-02","body":"b"}
        {"type":"meeting","date":"2023-03-03","body":"b"}
        """, asOf: "2024-01-31", from: "2023-01-01")
        // March has 3 (> 2); Q1 has exactly 3; Q2–Q4 have 0 (≠ 3).
        XCTAssertEqual(e.findings.filter { $0.rule == "most" && $0.status == .violation }.compactMap(\.period), ["2023-03"])
        XCTAssertEqual(e.findings.filter { $0.rule == "most" }.count, 12)
        XCTAssertEqual(e.findings.filter { $0.rule == "exact" }.map(\.status), [.kept, .violation, .violation, .violation])
    }

    func testDecisionThresholdUsesTheStricterCase() throws {
        let rules = """
        body b { members 11 }
        article 1 { rule d for b: each consultation c:
          adopted requires c.approve > 1/2 of members
          when c.category == "supermajority" requires c.approve > 2/3 of members }
        """
        // 1/2 × 11 = 11/2: 6 passes; 2/3 × 11 = 22/3: 7 fails the stricter case, 8 passes.
        let e = try evaluate(rules, """
        {"type":"consultation","id":"a","date":"2023-01-02","body":"b","approve":6,"adopted":true}
        {"type":"consultation","id":"s7","date":"2023-01-03","body":"b","approve":7,"adopted":true,"category":"supermajority"}
        {"type":"consultation","id":"s8","date":"2023-01-04","body":"b","approve":8,"adopted":true,"category":"supermajority"}
        {"type":"consultation","id":"r","date":"2023-01-05","body":"b","approve":9,"adopted":false}
        """)
        XCTAssertEqual(e.findings.map { "\($0.eventId!) \($0.status.rawValue)" }, ["a kept", "s7 violation", "s8 kept", "r warning"])
        XCTAssertEqual(e.findings[1].compared, "approve 7 ≤ 2/3 × 11 = 22/3")
    }
}
