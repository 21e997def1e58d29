import XCTest
@testable import RulesKit

/// The static verdict of `rules diff` and its `--events` section never contradict each other: on
/// generated logs, a rule claimed looser never finds a violation the stricter one misses, and two
/// rules claimed the same find the same violations.
final class DiffConsistencyTests: XCTestCase {
    struct Random {
        var source: SplitMix64
        init(state: UInt64) { source = SplitMix64(state: state) }
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(source.next() % UInt64(r.count)) }
        mutating func chance(_ p: Double) -> Bool { Double(source.next() % 10_000) < p * 10_000 }
    }

    /// A year and a half of meetings of b and two cells, with drafts, notices, votes and reports
    /// sometimes early, sometimes late, sometimes missing.
    static func log(seed: UInt64) -> String {
        var rng = Random(state: seed)
        var lines: [String] = []
        let start = Day.parse("2023-01-01")!
        for body in ["b", "cb-1", "cb-2"] {
            var n = 0
            for month in 0..<18 {
                let first = start.adding(months: month)
                for _ in 0..<rng.int(0...3) {
                    n += 1
                    let id = "\(body)-m\(n)"
                    let day = first.adding(days: rng.int(0...27))
                    let kind = rng.chance(0.6) ? "regular" : rng.chance(0.5) ? "extraordinary" : "thematic"
                    var m = #"{"type":"meeting","id":"\#(id)","date":"\#(day)","body":"\#(body)","kind":"\#(kind)","present":\#(rng.int(4...11)),"minutes":\#(rng.chance(0.8)),"chair":"\#(rng.chance(0.5) ? "x" : "y")""#
                    if rng.chance(0.1) { m += #","special":"travel""# }
                    lines.append(m + "}")
                    if rng.chance(0.7) {
                        let kind = rng.chance(0.5) ? "draft" : "notice"
                        lines.append(#"{"type":"document","id":"\#(id)-d","date":"\#(day.adding(days: -rng.int(0...6)))","body":"\#(body)","kind":"\#(kind)","meeting":"\#(id)"}"#)
                    }
                    if rng.chance(0.7) {
                        lines.append(#"{"type":"vote","id":"\#(id)-v","date":"\#(day.adding(days: rng.int(0...4)))","body":"\#(body)","meeting":"\#(id)"}"#)
                    }
                    if rng.chance(0.5) {
                        lines.append(#"{"type":"report","id":"\#(id)-r","date":"\#(day.adding(days: rng.int(-5...40)))","body":"\#(body)"}"#)
                    }
                }
            }
            for i in 0..<rng.int(0...4) {
                lines.append(#"{"type":"report","id":"\#(body)-x\#(i)","date":"\#(start.adding(days: rng.int(0...540)))","body":"\#(body)"}"#)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testALooserRuleNeverFindsAViolationTheStricterMisses() throws {
        var separating: [String: Int] = [:]
        for row in RuleRelationTests.rows where row.expected != .notComparable {
            let a = try RuleRelationTests.model(row.a), b = try RuleRelationTests.model(row.b)
            let pairs = RegulationDiff(a, b).compare()
            for seed in 1...12 as ClosedRange<UInt64> {
                var log = EventLog(types: a.eventTypes)
                log.read(text: Self.log(seed: seed), file: "gen-\(seed).jsonl")
                log.finish()
                XCTAssertEqual(log.errors.map { $0.render(.en) }, [])
                // Some logs judged while periods and deadlines are still open.
                let asOf = Day.parse("2023-06-01")!.adding(days: Int(seed) * 41)
                let ds = DifferentialEvaluation.compare(pairs, a: Regulation(model: a), b: Regulation(model: b), log: log, asOf: asOf)
                let looser: Set<String> = switch row.expected {
                case .aStricter: ["B"]
                case .bStricter: ["A"]
                default: ["A", "B"]
                }
                for d in ds where looser.contains(d.side) {
                    XCTFail("\(row.a) ~ \(row.b) (\(row.expected.rawValue)), seed \(seed), as of \(asOf): only \(d.side) finds \(d.finding.body) \(d.finding.eventId ?? d.finding.period ?? "") \(d.finding.message.en)",
                            line: row.line)
                }
                separating[row.a + " ~ " + row.b, default: 0] += ds.count
            }
        }
        // The logs are not too tame to tell the rules apart: most stricter pairs are separated.
        let strict = RuleRelationTests.rows.filter { $0.expected == .aStricter || $0.expected == .bStricter }
        let separated = strict.filter { separating[$0.a + " ~ " + $0.b, default: 0] > 0 }
        XCTAssertGreaterThanOrEqual(separated.count * 4, strict.count * 3, "separated: \(separated.count) of \(strict.count)")
    }

    /// [S-diff] Two regulations in force from different days are compared on the days both are in
    /// force. B (monthly, from 7 April) is stricter than A (12 a year, from 1 January); a log that
    /// begins in January with one meeting in each month from April to December (9 in all) would
    /// show A alone breaking 2023 if A judged its whole year, of which B judges only April on.
    func testBothSidesJudgeTheDaysBothAreInForce() throws {
        func model(_ effective: String, _ rule: String) throws -> Model {
            let text = "regulation \"R\" { effective \(effective) }\nbody b { members 11 }\narticle 1 {\n  rule r for b: \(rule)\n}\n"
            return try XCTUnwrap(Checker.check(path: "r.rules", text: text).0)
        }
        let a = try model("2023-01-01", "every year: at least 12 meetings")
        let b = try model("2023-04-07", "every month: at least 1 meeting")
        let pairs = RegulationDiff(a, b).compare()
        XCTAssertEqual(pairs.first?.verdict, .bStricter)
        let events = [#"{"type":"report","id":"r1","date":"2023-01-10","body":"b"}"#]
            + (4...12).map { #"{"type":"meeting","id":"m\#($0)","date":"2023-\#($0 < 10 ? "0" : "")\#($0)-15","body":"b","kind":"regular"}"# }
        var log = EventLog(types: a.eventTypes)
        log.read(text: events.joined(separator: "\n"), file: "l.jsonl")
        log.finish()
        let asOf = Day.parse("2024-01-31")!
        let window = try XCTUnwrap(DifferentialEvaluation.commonWindow(a: Regulation(model: a), b: Regulation(model: b), log: log, asOf: asOf))
        XCTAssertEqual(window.range, Day.parse("2023-04-07")!...Day.parse("2023-12-31")!)
        // On the common window A's year is partial: 9 found, not 12, so not judged; B's April to
        // December each have their meeting. Neither side finds a violation.
        XCTAssertEqual(DifferentialEvaluation.compare(pairs, a: Regulation(model: a), b: Regulation(model: b), log: log, asOf: asOf).map(\.side), [])
        var options = Evaluator.Options(asOf: asOf)
        options.window = window
        for m in [a, b] {
            let findings = Regulation(model: m).evaluate(log, options: options).findings
            XCTAssertEqual(findings.filter { $0.status == .violation }.map { $0.period ?? "" }, [])
        }
    }
}
