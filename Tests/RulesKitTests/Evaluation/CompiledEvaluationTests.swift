import XCTest
@testable import RulesKit

/// Compiled expressions (fields as columns, texts as symbols) must give exactly the verdicts of
/// the general evaluator, which defines what an expression means.
final class CompiledEvaluationTests: XCTestCase {
    private func both(_ m: Model, _ store: EventStore, asOf: String) -> (compiled: Evaluation, general: Evaluation) {
        var options = Evaluator.Options(asOf: Day.parse(asOf)!)
        let compiled = Evaluator(model: m).evaluate(store, options: options)
        options.compiled = false
        return (compiled, Evaluator(model: m).evaluate(store, options: options))
    }

    private func lines(_ e: Evaluation) -> [String] {
        e.findings.map { "\($0.regulation) \($0.rule) \($0.body) \($0.eventId ?? $0.period ?? "") \($0.status) \($0.compared ?? "") \($0.message.en)" }
    }

    func testEveryRegulationOverEveryExampleLog() throws {
        let files = Fixtures.files(in: "Rules", withExtension: "rules").map { SourceFile(path: $0.lastPathComponent, text: Fixtures.text($0)) }
        let (chains, diagnostics) = RegulationChain.build(files)
        XCTAssertTrue(diagnostics.allSatisfy { $0.1.isEmpty })
        XCTAssertGreaterThanOrEqual(chains.count, 5)
        let logs = Fixtures.files(in: "examples", withExtension: "jsonl")
        var judged = 0
        for chain in chains {
            let last = chain.versions.last!.model
            for l in logs {
                // Records of types a regulation does not know are skipped; the rest are judged.
                var log = EventLog(types: last.eventTypes, keeping: chain.versions.reduce(into: Set()) { $0.formUnion($1.model.fieldsRead) })
                XCTAssertNil(log.read(path: l.path))
                log.finish()
                for asOf in ["2023-06-30", "2026-01-31"] {
                    var options = Evaluator.Options(asOf: Day.parse(asOf)!)
                    let c = ChainEvaluator(chain: chain).evaluate(log.store, options: options)
                    options.compiled = false
                    let g = ChainEvaluator(chain: chain).evaluate(log.store, options: options)
                    XCTAssertEqual(lines(c), lines(g), "\(chain.base.code) over \(l.lastPathComponent) as of \(asOf)")
                    XCTAssertEqual(c.tallies, g.tallies, "\(chain.base.code) over \(l.lastPathComponent) as of \(asOf)")
                    judged += c.findings.count
                }
            }
        }
        XCTAssertGreaterThan(judged, 1000)
    }

    /// Unknown values, texts no event has, negations, dates, counts and nested filters.
    private let edge = """
    body b { members 5 }
    event item "Mục" {
      label: text, other: text, on: date, n: integer, q: number, flag: boolean, parent: id, members: integer
    }
    article 1 {
      rule same for b: each item x: x.label == x.other
      rule differs for b: each item x: x.label != "nowhere"
      rule listed for b: each item x: x.label not in ["a", "nowhere"]
      rule kleene_or for b: each item x: x.flag or x.n > 2
      rule kleene_and for b: each item x where x.flag == true or x.n >= 0: not (x.flag and x.n < 3)
      rule dated for b: each item x: x.on <= x.date and x.date > 2023-01-01
      rule ratio for b: each item x: x.q * 2 >= 1/2 of members
      rule children for b: each item x where x.parent == "p": count(item y where y.parent == x.id) <= 1
      rule parent for b: each item x where has x.parent: exists item y where y.id == x.parent and y.date <= x.date
      rule excused for b: each item x unless x.flag: x.n != 1
      rule flagged for b: each item x where x.flag == true and x.q > 0: x.n != 1
      rule unflagged for b: each item x: x.flag != true and (x.n > 2) == false
    }
    """

    private let edgeLog = """
    {"type":"item","id":"p","date":"2023-01-02","body":"b","label":"a","other":"a","on":"2023-01-01","n":1,"q":1.25,"flag":true}
    {"type":"item","id":"c1","date":"2023-01-03","body":"b","label":"b","other":"c","on":"2023-01-04","n":3,"parent":"p","members":2}
    {"type":"item","id":"c2","date":"2023-01-04","body":"b","label":"b","n":2,"q":0.5,"flag":false,"parent":"p"}
    {"type":"item","id":"c3","date":"2023-01-05","body":"b","q":99999999999,"flag":false,"parent":"c2"}
    {"type":"item","id":"o","date":"2023-01-06","body":"b","label":"Phổ Hòa","other":"Phổ Hòa","n":-5,"parent":"ghost-not-an-id"}
    """

    func testEdgeCasesAgreeAndAreRight() throws {
        let (model, diags) = Checker.check(path: "t.rules", text: "regulation \"T\" { effective 2020-01-01 }\n" + edge)
        let m = try XCTUnwrap(model, diags.map(\.message.en).joined(separator: "; "))
        var log = EventLog(types: m.eventTypes, keeping: m.fieldsRead)
        log.read(text: edgeLog, file: "e.jsonl")
        log.finish()
        XCTAssertEqual(log.errors, [])
        let (c, g) = both(m, log.store, asOf: "2023-12-31")
        XCTAssertEqual(lines(c), lines(g))
        XCTAssertEqual(c.tallies, g.tallies)
        func statuses(_ rule: String) -> [String] {
            c.findings.filter { $0.rule == rule }.map { "\($0.eventId!) \($0.status.rawValue)" }
        }
        // c2 and c3 have no `other`, c3 no label: unknown, a warning, never a violation.
        XCTAssertEqual(statuses("same"), ["p kept", "c1 violation", "c2 warning", "c3 warning", "o kept"])
        // A text no event has equals nothing, so != holds and `not in` rests on "a" alone.
        XCTAssertEqual(statuses("differs"), ["p kept", "c1 kept", "c2 kept", "c3 warning", "o kept"])
        XCTAssertEqual(statuses("listed"), ["p violation", "c1 kept", "c2 kept", "c3 warning", "o kept"])
        // true or unknown is true; false or unknown is unknown; unknown or false (o: -5 > 2) too.
        XCTAssertEqual(statuses("kleene_or"), ["p kept", "c1 kept", "c2 violation", "c3 warning", "o warning"])
        // p: flag and 1 < 3 → not true = false. c1: flag unknown, 3 < 3 false → and is false → kept.
        // c2: false and … = false → kept. Not judged: c3 (false or unknown) and o (unknown or -5 ≥ 0).
        XCTAssertEqual(statuses("kleene_and"), ["p violation", "c1 kept", "c2 kept"])
        // p: 2023-01-01 ≤ 2023-01-02 and after 2023-01-01; c1: on 01-04 > date 01-03; c2, c3, o have no `on`.
        XCTAssertEqual(statuses("dated"), ["p kept", "c1 violation", "c2 warning", "c3 warning", "o warning"])
        // 1/2 of 5 = 5/2: p 1.25 × 2 = 5/2 holds; c1 has no q; its own members (2) do not matter then.
        // c2: 0.5 × 2 = 1 < 5/2. c3: 199999999998 ≥ 5/2. o: no q.
        XCTAssertEqual(statuses("ratio"), ["p kept", "c1 warning", "c2 violation", "c3 kept", "o warning"])
        // The children of p: c1 has none, c2 one (c3).
        XCTAssertEqual(statuses("children"), ["c1 kept", "c2 kept"])
        XCTAssertEqual(statuses("parent"), ["c1 kept", "c2 kept", "c3 kept", "o violation"])
        // p is excused by its flag (n 1 would break the rule); c1's flag is unknown: judged, n 3 kept.
        XCTAssertEqual(statuses("excused"), ["p excused", "c1 kept", "c2 kept", "c3 warning", "o kept"])
        // A filter joined on a constant that is no text (`flag == true`): only p has the flag set.
        XCTAssertEqual(statuses("flagged"), ["p violation"])
        // Booleans compared: p's flag is set; c1 has none (unknown), and 3 > 2 is true, so false;
        // c2: not set and 2 > 2 false; c3: no n; o: no flag, and -5 > 2 is false, so unknown.
        XCTAssertEqual(statuses("unflagged"), ["p violation", "c1 violation", "c2 kept", "c3 warning", "o warning"])
    }

    func testTheEventsOwnMemberCountAgrees() throws {
        // 1/2 of members: the event's own 2 (→ 1) for c1, else the body's 5 (→ 5/2).
        let rules = """
        body b { members 5 }
        event item { n: integer, members: integer }
        article 1 { rule r for b: each item x: x.n >= 1/2 of members }
        """
        let (model, _) = Checker.check(path: "t.rules", text: "regulation \"T\" { effective 2020-01-01 }\n" + rules)
        let m = try XCTUnwrap(model)
        var log = EventLog(types: m.eventTypes, keeping: m.fieldsRead)
        log.read(text: """
        {"type":"item","id":"a","date":"2023-01-03","body":"b","n":1,"members":2}
        {"type":"item","id":"z","date":"2023-01-04","body":"b","n":2}
        """, file: "e.jsonl")
        log.finish()
        let (c, g) = both(m, log.store, asOf: "2023-12-31")
        XCTAssertEqual(lines(c), lines(g))
        XCTAssertEqual(c.findings.map(\.status), [.kept, .violation])
    }

    func testAReasonGivenAsATextExcusesOnlyWhenItIsNotEmpty() throws {
        let rules = """
        body b { members 5 }
        event item { n: integer, reason: text }
        article 1 { rule r for b: each item x unless x.reason: x.n != 1 }
        """
        let (model, _) = Checker.check(path: "t.rules", text: "regulation \"T\" { effective 2020-01-01 }\n" + rules)
        let m = try XCTUnwrap(model)
        var log = EventLog(types: m.eventTypes, keeping: m.fieldsRead)
        log.read(text: """
        {"type":"item","id":"a","date":"2023-01-03","body":"b","n":1,"reason":"Họp gấp"}
        {"type":"item","id":"e","date":"2023-01-04","body":"b","n":1,"reason":""}
        {"type":"item","id":"z","date":"2023-01-05","body":"b","n":1}
        """, file: "e.jsonl")
        log.finish()
        let (c, g) = both(m, log.store, asOf: "2023-12-31")
        XCTAssertEqual(lines(c), lines(g))
        // An empty reason is no reason, and no reason at all is none either.
        XCTAssertEqual(c.findings.map { "\($0.eventId!) \($0.status.rawValue) \($0.reason ?? "-")" },
                       ["a excused Họp gấp", "e violation -", "z violation -"])
    }
}
