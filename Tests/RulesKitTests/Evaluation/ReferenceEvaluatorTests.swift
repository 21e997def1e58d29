import Foundation
import XCTest
@testable import RulesKit

/// The real evaluator against the reference one, written from docs/semantics.md alone.
final class ReferenceEvaluatorTests: XCTestCase {
    /// Both evaluators' verdicts on one log, whole-rule accounts aside.
    static func verdicts(_ model: Model, _ log: EventLog, asOf: Day, from: Day? = nil, to: Day? = nil)
        -> (real: [ReferenceEvaluator.Verdict], reference: [ReferenceEvaluator.Verdict])? {
        verdicts(RuleTestRunner(model: model).chain, log, asOf: asOf, from: from, to: to)
    }

    /// A regulation and its amendments: each version judges the days it is in force.
    static func verdicts(_ chain: RegulationChain, _ log: EventLog, asOf: Day, from: Day? = nil, to: Day? = nil)
        -> (real: [ReferenceEvaluator.Verdict], reference: [ReferenceEvaluator.Verdict])? {
        let options = Evaluator.Options(from: from, to: to, asOf: asOf)
        let evaluator = ChainEvaluator(chain: chain)
        guard let window = try? evaluator.heading(log.store, options: options).window.get() else { return nil }
        let real = evaluator.evaluate(log.store, options: options).findings
            .filter { !$0.wholeRule }
            .map { ReferenceEvaluator.Verdict(rule: $0.rule, body: $0.body, at: $0.eventId ?? $0.period ?? "", day: $0.date, status: $0.status) }
        let reference = ReferenceEvaluator(chain: chain).evaluate(log.events, window: window, asOf: asOf)
        return (real.sorted(), reference)
    }

    static func differences(_ a: [ReferenceEvaluator.Verdict], _ b: [ReferenceEvaluator.Verdict]) -> [String] {
        let sa = Dictionary(grouping: a, by: \.self).mapValues(\.count), sb = Dictionary(grouping: b, by: \.self).mapValues(\.count)
        var out: [String] = []
        for (v, n) in sa where sb[v, default: 0] != n { out.append("real only: \(v)") }
        for (v, n) in sb where sa[v, default: 0] != n { out.append("reference only: \(v)") }
        return out.sorted()
    }

    /// Found by the differential test: the real evaluator counted in a target's population a body
    /// with no check of the rule at all, as not keeping it; [S-target] counts the bodies that have checks.
    func testATargetsPopulationIsTheBodiesWithChecks() throws {
        let rules = """
            regulation "T" { effective 2023-01-01 }
            kind cells { bodies "cb-*" members 7 }
            article 1 {
              rule q for cells: each meeting m: m.present >= 2/3 of members
              rule t for cells: target 100% keep q every month
            }
            """
        // cb-1: 6 present of 7, ⌈2/3 × 7⌉ = 5, kept; cb-2: no meeting in March, so no check of q.
        let events = """
            {"type":"meeting","id":"m1","date":"2023-03-07","body":"cb-1","present":6}
            {"type":"report","id":"r1","date":"2023-03-20","body":"cb-2"}
            """
        let e = try Golden.evaluate(rules: rules, events: events, asOf: "2023-03-31", to: "2023-03-31")
        // 1 of the 1 cell with checks keeps q in March: 100%, met (counting cb-2 it was 1 of 2, missed).
        XCTAssertEqual(e.findings.filter { $0.rule == "t" }.map { "\($0.period ?? "") \($0.status.rawValue)" }, ["2023-03 kept"])
        let model = try Golden.regulation([SourceFile(path: "t", text: rules)]).model
        var log = EventLog(types: model.eventTypes)
        log.read(text: events, file: "l")
        log.finish()
        let v = try XCTUnwrap(Self.verdicts(model, log, asOf: Day.parse("2023-03-31")!, to: Day.parse("2023-03-31")))
        XCTAssertEqual(Self.differences(v.real, v.reference), [])
    }

    /// Found by the differential test once it generated targets with amendments: the real
    /// evaluator counted, for a year judged by the version in force on 31 December, only the checks
    /// that version made (July on), so a cell that broke the rule in Q2 under the first version
    /// counted as keeping it. [S-target] counts every check of the rule in the period.
    func testATargetCountsTheChecksOfEveryVersionInItsPeriod() throws {
        let base = """
            regulation "G" { effective 2023-01-01 }
            kind cells { bodies "cb-*" members 7 }
            article 1 {
              rule r for cells: every quarter: at least 1 meeting
              rule t for cells: target 100% keep r every year
            }
            """
        let amendment = """
            regulation "G1" { effective 2023-07-01 amends "G" }
            add article 2 {
              rule x for cells: every year: at least 1 report
            }
            """
        // cb-1 meets in every quarter; cb-2 not in Q2 (April–June, judged by G).
        let events = ["cb-1": ["02-10", "05-10", "08-10", "11-10"], "cb-2": ["02-10", "08-10", "11-10"]].sorted { $0.key < $1.key }
            .flatMap { body, days in days.map { #"{"type":"meeting","id":"\#(body)-\#($0)","date":"2023-\#($0)","body":"\#(body)"}"# } }
            .joined(separator: "\n")
        let e = try Golden.evaluate(rules: base, amendment, events: events, asOf: "2024-01-31", to: "2023-12-31")
        XCTAssertEqual(e.findings.filter { $0.rule == "r" && $0.status == .violation }.map { "\($0.body) \($0.period ?? "")" }, ["cb-2 2023-Q2"])
        // 2023: cb-1 keeps r, cb-2 broke it in Q2: 1 of 2 = 50% < 100%, missed (not 2 of 2, met).
        let year = try XCTUnwrap(e.findings.first { $0.rule == "t" })
        XCTAssertEqual(year.status, .violation)
        XCTAssertEqual(year.compared, "1/2 = 50% < 100%")
    }

    func testTheShippedRegulationsOnTheirExamples() throws {
        for (rules, events, asOf) in [("pho-hoa.rules", "pho-hoa-2023.jsonl", "2024-06-30"), ("pho-hoa.rules", "pho-hoa-2024.jsonl", "2024-12-31"), ("huyen-uy.rules", "huyen-uy-2023.jsonl", "2024-06-30"), ("huyen-uy.rules", "huyen-uy-2024.jsonl", "2024-12-31"),
                                      ("chi-bo.rules", "chi-bo-2023.jsonl", "2024-06-30"),
                                      ("to-cong-tac-06-QC-TU.rules", "to-cong-tac-06-QC-TU-2023.jsonl", "2024-06-30"),
                                      ("pho-hoa.rules", "pho-hoa-2020-2025.jsonl", "2025-12-31")] {
            let model = try Golden.model(rules)
            var log = EventLog(types: model.eventTypes)
            XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/\(events)").path))
            log.finish()
            let v = try XCTUnwrap(Self.verdicts(model, log, asOf: Day.parse(asOf)!))
            XCTAssertGreaterThan(v.real.count, 10, rules)
            XCTAssertEqual(Self.differences(v.real, v.reference), [], "\(rules) on \(events)")
        }
    }
}

/// Generated regulations and logs: the real evaluator, with compiled and with general
/// expressions, against the reference. `RULES_DIFFERENTIAL_CASES` runs more (scripts/differential.sh).
final class DifferentialTests: XCTestCase {
    func testGeneratedRegulationsAgreeWithTheReference() throws {
        let cases = Int(ProcessInfo.processInfo.environment["RULES_DIFFERENTIAL_CASES"] ?? "") ?? 300
        let first = UInt64(ProcessInfo.processInfo.environment["RULES_DIFFERENTIAL_SEED"] ?? "") ?? 1
        var judged = 0, failures = 0
        for seed in first..<first + UInt64(cases) {
            var g = Generated(seed: seed)
            let c = g.next()
            let files = ([c.rules] + c.amendments).enumerated().map { SourceFile(path: "gen-\(seed)-\($0.offset).rules", text: $0.element) }
            guard case .success(let regulation) = Regulation.load(files) else {
                let (_, diagnostics) = RegulationChain.build(files)
                XCTFail("seed \(seed): the generator wrote files the checker refuses: \(diagnostics.flatMap { $0.1 }.filter { $0.severity == .error }.map(\.message.en))\n\(([c.rules] + c.amendments).joined(separator: "\n---\n"))")
                continue
            }
            let model = regulation.model, chain = regulation.chain
            var log = EventLog(types: model.eventTypes)
            log.read(text: c.events, file: "gen-\(seed).jsonl")
            log.finish()
            XCTAssertEqual(log.errors.map { $0.render(.en) }, [], "seed \(seed)")
            guard let v = ReferenceEvaluatorTests.verdicts(chain, log, asOf: c.asOf, from: c.from, to: c.to) else { continue }
            judged += v.real.count
            var d = ReferenceEvaluatorTests.differences(v.real, v.reference)
            // The same records read by the general decoder alone give the same verdicts.
            var general = EventLog(types: model.eventTypes)
            general.usesFastPath = false
            general.read(text: c.events, file: "gen-\(seed).jsonl")
            general.finish()
            if let g = ReferenceEvaluatorTests.verdicts(chain, general, asOf: c.asOf, from: c.from, to: c.to) {
                d += ReferenceEvaluatorTests.differences(v.real, g.real).map { "general decoder: " + $0 }
            }
            // And as CSV.
            var csv = EventLog(types: model.eventTypes)
            csv.read(text: Generated.csv(c.events), file: "gen-\(seed).csv", format: .csv)
            csv.finish()
            XCTAssertEqual(csv.errors.map { $0.render(.en) }, [], "seed \(seed), CSV")
            if let g = ReferenceEvaluatorTests.verdicts(chain, csv, asOf: c.asOf, from: c.from, to: c.to) {
                d += ReferenceEvaluatorTests.differences(v.real, g.real).map { "CSV: " + $0 }
            }
            if !d.isEmpty {
                failures += 1
                if failures <= 3 { XCTFail("seed \(seed), as of \(c.asOf), from \(c.from?.description ?? "-") to \(c.to?.description ?? "-"):\n\(d.prefix(8).joined(separator: "\n"))\n\(([c.rules] + c.amendments).joined(separator: "\n---\n"))") }
            }
        }
        XCTAssertEqual(failures, 0, "\(failures) of \(cases) generated cases disagree")
        // The cases judge something: on average dozens of checks each.
        XCTAssertGreaterThan(judged, cases * 20)
    }
}
