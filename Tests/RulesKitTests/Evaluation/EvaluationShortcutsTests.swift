import XCTest
@testable import RulesKit

/// The two ways evaluation saves work must not change a verdict: counting kept checks instead of
/// listing them, and storing only the fields rules read.
final class EvaluationShortcutsTests: XCTestCase {
    private func evaluate(keeping: Bool, listKept: Bool) throws -> Evaluation {
        let model = try Golden.model("pho-hoa.rules")
        var log = EventLog(types: model.eventTypes, keeping: keeping ? model.fieldsRead : nil)
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/pho-hoa-2023.jsonl").path))
        log.finish()
        var options = Evaluator.Options(asOf: Day.parse("2024-01-31")!)
        options.listKept = listKept
        return Regulation(model: model).evaluate(log, options: options)
    }

    private func shown(_ e: Evaluation, kept: Bool) -> [String] {
        e.findings.filter { kept || $0.status != .kept }
            .map { "\($0.rule) \($0.body) \($0.eventId ?? $0.period ?? "") \($0.status) \($0.compared ?? "") \($0.message.en)" }
    }

    func testKeptChecksCountedWithoutBeingListed() throws {
        let listed = try evaluate(keeping: false, listKept: true), counted = try evaluate(keeping: false, listKept: false)
        XCTAssertEqual(counted.tallies, listed.tallies)
        XCTAssertEqual(shown(counted, kept: true), shown(listed, kept: false))
        XCTAssertFalse(counted.findings.contains { $0.status == .kept })
        // Kept checks do exist, and are counted: the regular meetings of the months kept.
        let kept = listed.findings.filter { $0.status == .kept }.count
        XCTAssertGreaterThan(kept, 0)
        XCTAssertEqual(counted.tallies.reduce(0) { $0 + $1.kept }, kept)
    }

    func testStoringOnlyTheFieldsRulesReadChangesNoFinding() throws {
        let all = try evaluate(keeping: false, listKept: true), read = try evaluate(keeping: true, listKept: true)
        XCTAssertEqual(shown(read, kept: true), shown(all, kept: true))
        XCTAssertEqual(read.tallies, all.tallies)
        let model = try Golden.model("pho-hoa.rules")
        // Fields no Phổ Hòa rule reads are not kept; those it reads are.
        XCTAssertFalse(model.fieldsRead.contains("minutes"))
        XCTAssertTrue(model.fieldsRead.isSuperset(of: ["present", "kind", "chair", "meeting", "special", "approve", "reported_at"]))
    }
}
