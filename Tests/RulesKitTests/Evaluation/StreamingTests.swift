import XCTest
@testable import RulesKit

/// Findings handed on body by body (what `rules evaluate` does for text) are the findings of the
/// whole evaluation, each body once, in name order, and the report written from them is the same.
final class StreamingTests: XCTestCase {
    /// What `render` was handed, from whichever thread.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [(String, [Finding])] = []
        var bodies: [(String, [Finding])] { lock.withLock { list } }
        func add(_ body: String, _ findings: [Finding]) { lock.withLock { list.append((body, findings)) } }
    }

    private func chain(_ names: [String]) throws -> RegulationChain {
        let files = names.map { SourceFile(path: $0, text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)"))) }
        let (chains, diagnostics) = RegulationChain.build(files)
        XCTAssertEqual(diagnostics.flatMap(\.1).map(\.message.en), [])
        return try XCTUnwrap(chains.first)
    }

    private func store(_ chain: RegulationChain, _ logs: [String]) -> EventStore {
        var log = EventLog(types: chain.versions.last!.model.eventTypes)
        for l in logs { XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/\(l)").path)) }
        log.finish()
        return log.store
    }

    private func line(_ f: Finding) -> String { "\(f.regulation) \(f.body) \(f.rule) \(f.eventId ?? f.period ?? "") \(f.status) \(f.compared ?? "")" }

    private func check(_ chain: RegulationChain, _ store: EventStore, listKept: Bool) throws -> (whole: Evaluation, streamed: Evaluation, bodies: [(String, [Finding])]) {
        var options = Evaluator.Options(asOf: Day.parse("2026-01-31")!)
        options.listKept = listKept
        let whole = ChainEvaluator(chain: chain).evaluate(store, options: options)
        let collected = Collected()
        let streamed = ChainEvaluator(chain: chain).evaluate(store, options: options, streaming: Streaming(render: { body, findings in
            collected.add(body, findings)
            return ""
        }, write: { _ in }))
        let bodies = collected.bodies
        XCTAssertEqual(bodies.map(\.0), bodies.map(\.0).sorted())
        XCTAssertEqual(Set(bodies.map(\.0)).count, bodies.count)
        for (body, fs) in bodies { XCTAssertTrue(fs.allSatisfy { $0.body == body }) }
        // Left in the evaluation: the targets' findings, about kinds of bodies, and the rules that
        // judged nothing, about all their subjects.
        let kinds = Set(chain.versions.flatMap { $0.model.bodies.values.filter(\.isKind).map(\.name) })
        XCTAssertTrue(streamed.findings.allSatisfy { kinds.contains($0.body) || $0.status == .notJudged && $0.eventId == nil })
        XCTAssertEqual((bodies.flatMap(\.1) + streamed.findings).map(line).sorted(), whole.findings.map(line).sorted())
        XCTAssertEqual(streamed.tallies, whole.tallies)
        XCTAssertEqual(streamed.violations, whole.violations)
        return (whole, streamed, bodies)
    }

    func testAmendedRegulationStreamsTheSameFindings() throws {
        let c = try chain(["pho-hoa.rules", "pho-hoa-02-QC-DU.rules", "pho-hoa-45-TB-DU.rules", "pho-hoa-03-QC-DU.rules"])
        let (whole, streamed, bodies) = try check(c, store(c, ["pho-hoa-2020-2025.jsonl"]), listKept: false)
        XCTAssertGreaterThan(whole.violations, 0)
        XCTAssertFalse(bodies.isEmpty)
        // The report written body by body is the report of the whole evaluation.
        let report = TextReport(language: .vi), model = c.versions.last!.model
        var text = report.heading(regulation: whole.regulation, title: whole.title, from: whole.from, to: whole.to, asOf: whole.asOf,
                                  notes: WindowText.notes(window: whole.window, problem: nil, asOf: whole.asOf, basis: whole.asOfBasis,
                                                          population: whole.population))
        XCTAssertEqual(whole.window?.start, .effective)   // the log starts in January 2020, the regulation on 8 May
        for (body, fs) in bodies { text += report.section(body: body, findings: fs, model: model) }
        // As the command line writes it: what is left after the bodies, then the closing.
        report.sections(streamed.findings, model: model) { text += $0 }
        text += report.closing(whole)
        XCTAssertEqual(text, report.render(whole, model: model))
    }

    func testTargetsStayInTheEvaluation() throws {
        let c = try chain(["chi-bo.rules"])
        let (whole, streamed, _) = try check(c, store(c, ["chi-bo-2023.jsonl"]), listKept: true)
        XCTAssertFalse(whole.targets.isEmpty)
        XCTAssertEqual(streamed.targets, whole.targets)
        XCTAssertFalse(streamed.findings.isEmpty)
    }
}
