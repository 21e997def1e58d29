import XCTest
@testable import RulesKit

/// The generated bloc of seed 003's scale, judged with its roster through the front door.
final class BlocExampleTests: XCTestCase {
    private func generated(_ example: BlocExample = BlocExample()) -> (roster: String, events: String) {
        var roster = "", events = ""
        example.generate(roster: { roster += $0 + "\n" }, events: { events += $0 + "\n" })
        return (roster, events)
    }

    func testTheSameSeedGivesTheSameBlocAndAnotherSeedAnother() {
        let a = generated(), b = generated()
        var other = BlocExample()
        other.seed = 4
        XCTAssertEqual(a.events, b.events)
        XCTAssertEqual(a.roster, b.roster)
        XCTAssertNotEqual(a.events, generated(other).events)
    }

    func testTheBlocHasTheSeedsPopulationAndItsShape() throws {
        let (rosterText, events) = generated()
        let roster = try RosterReader.read(text: rosterText).get()
        XCTAssertEqual(roster.kinds.map(\.kind), ["dang_bo_co_so", "chi_bo"])
        XCTAssertEqual(roster.kinds.map(\.bodies), [93, 1_117])
        let jan1 = Day(year: 2024, month: 1, day: 1)!
        XCTAssertEqual(roster.bodies.filter { $0.kind == "chi_bo" }.reduce(0) { $0 + Int($1.members.value(on: jan1) ?? 0) }, 14_103)

        let url = Fixtures.repositoryFile("Rules/chi-bo.rules")
        let regulation = try Golden.regulation([SourceFile(path: url.path, text: Fixtures.text(url))]).with(roster: roster)
        XCTAssertEqual(regulation.undeclaredKinds(in: roster).map(\.kind), [], "base organisations are a level, not a misspelt kind")
        var log = regulation.eventLog()
        log.read(text: events, file: "events.jsonl")
        log.finish()
        log.check(against: roster)
        XCTAssertEqual(log.errors, [])
        let e = regulation.evaluate(log, options: Evaluator.Options(asOf: Day(year: 2025, month: 1, day: 31)!))
        // The seed's figures, roughly: regular meetings "đạt trên 80%", thematic "đạt trên 50%",
        // participation "trên 95%" — each drawn at random, so only their range is asserted.
        let regular = try XCTUnwrap(e.targets.first { $0.keptRule == "du_12_ky" })
        let thematic = try XCTUnwrap(e.targets.first { $0.keptRule == "sinh_hoat_chuyen_de" })
        // The population on the year's last day: the roster's cells less those closed on 30 September.
        let closed = roster.bodies.filter { $0.kind == "chi_bo" && $0.to != nil }.count
        XCTAssertGreaterThan(closed, 0)
        XCTAssertEqual(regular.bodies, 1_117 - closed)
        XCTAssertTrue(regular.share > Rational(3, 4)! && regular.share < Rational(17, 20)!, regular.share.percentText)
        XCTAssertTrue(thematic.share > Rational(2, 5)! && thematic.share < Rational(3, 5)!, thematic.share.percentText)
        XCTAssertEqual(regular.byParent.count, 93)
        XCTAssertEqual(regular.byParent.reduce(0) { $0 + $1.bodies }, 1_117 - closed)
        XCTAssertEqual(regular.byParent.reduce(0) { $0 + $1.bodiesMeeting }, regular.bodiesMeeting)
        XCTAssertEqual(e.findings.first { $0.rule == "ty_le_tham_gia" }?.status, .kept)
        // What the roster is for: a cell that sent nothing breaks the yearly count; one formed in
        // July is not judged on the year; one that grew has its July meetings judged on its new size.
        let sending = Set(log.store.bodyNames)
        let silent = roster.bodies.filter { $0.kind == "chi_bo" && !sending.contains($0.id) }
        XCTAssertFalse(silent.isEmpty)
        for b in silent { XCTAssertEqual(e.findings.first { $0.rule == "du_12_ky" && $0.body == b.id }?.status, .violation) }
        let formed = try XCTUnwrap(roster.bodies.first { $0.from != nil })
        XCTAssertEqual(e.findings.first { $0.rule == "du_12_ky" && $0.body == formed.id }?.why?.en,
                       "on the roster, the body is active from 2024-07-01")

        // The report: a rule a fifth of the cells broke is a limitation, never a strength.
        let report = MarkdownReport(language: .vi).render(e, model: regulation.model)
        let strengths = try XCTUnwrap(report.components(separatedBy: "## 2.").first)
        XCTAssertFalse(strengths.contains("`du_12_ky`"))
        XCTAssertFalse(strengths.contains("`sinh_hoat_chuyen_de`"))
        XCTAssertTrue(strengths.contains("`ty_le_tham_gia`"))
        XCTAssertTrue(report.contains("| Đảng bộ cơ sở 01 (minh họa) |"))
        XCTAssertTrue(report.contains("danh sách tổ chức roster.csv (chi_bo 1117 cơ quan, dang_bo_co_so 93 cơ quan)"))
    }
}
