import XCTest
@testable import RulesKit

final class RegulationDiffTests: XCTestCase {
    private func model(_ rules: String) throws -> Model {
        let (m, d) = Checker.check(path: "d.rules", text: "regulation \"D\" { effective 2020-01-01 }\nbody b { members 11 }\n" + rules)
        return try XCTUnwrap(m, d.map(\.message.en).joined(separator: "; "))
    }

    func testModelAndLocalDistrictRegulations() throws {
        let pairs = RegulationDiff(try Golden.model("huyen-uy.rules"), try Golden.model("huyen-uy-dia-phuong.rules")).compare()
        func verdict(_ name: String) -> String? { pairs.first { ($0.a ?? $0.b)?.name == name }?.verdict.rawValue }
        // Quarterly (4 a year) against monthly (12 a year): the local variant asks more.
        XCTAssertEqual(verdict("hop_thuong_le_cap_uy"), "B stricter")
        XCTAssertEqual(verdict("hop_thuong_le_btv"), "same")
        // 2/3 against 1/2: for 33 members 22 (= 2/3 × 33) against 17 (= ⌈33/2⌉); for 9, 6 against 5.
        XCTAssertEqual(verdict("ty_le_tham_du"), "A stricter")
        let quorum = try XCTUnwrap(pairs.first { $0.a?.name == "ty_le_tham_du" })
        XCTAssertEqual(quorum.details.map(\.en), ["huyen_uy, 33 members: A needs 22 present, B needs 17",
                                                  "ban_thuong_vu, 9 members: A needs 6 present, B needs 5"])
        XCTAssertEqual(verdict("bao_cao_thang"), "only in A")
        XCTAssertEqual(pairs.filter { $0.verdict == .onlyInB }.count, 0)
    }

    func testThresholdsComparedOverEveryBodySize() throws {
        let a = try model("article 1 { rule q for b: each meeting m: m.present >= 1/2 of members }")
        let b = try model("article 1 { rule q for b: each meeting m: m.present > 1/2 of members }")
        // n even: ≥ n/2 against n/2 + 1; n odd: both (n+1)/2. B never asks less, sometimes more.
        let p = try XCTUnwrap(RegulationDiff(a, b).compare().first)
        XCTAssertEqual(p.verdict, .bStricter)
        XCTAssertEqual(p.details.map(\.en), ["b, 11 members: A needs 6 present, B needs 6"])
        XCTAssertEqual(RegulationDiff(a, a).compare().first?.verdict, .same)
    }

    func testDeadlinesAndIncomparableRules() throws {
        let a = try model("article 1 { rule d for b: each meeting m: document x where x.meeting == m.id at least 2 working days before m }")
        let b = try model("article 1 { rule d for b: each meeting m: document x where x.meeting == m.id at least 3 working days before m }")
        XCTAssertEqual(RegulationDiff(a, b).compare().first?.verdict, .bStricter)
        let c = try model("article 1 { rule d for b: each meeting m: document x where x.kind == \"draft\" at least 5 days before m }")
        XCTAssertEqual(RegulationDiff(a, c).compare().first?.verdict, .notComparable)
        let other = try model("article 2 { rule z for b: every year: at least 1 report }")
        XCTAssertEqual(RegulationDiff(a, other).compare().map(\.verdict), [.onlyInA, .onlyInB])
    }

    /// Issue 17: the local variant's rules are kept and broken on the district's examples too (read
    /// with the district file's event types; the variant declares none). Its quorum of 1/2 × 9 = 9/2
    /// is broken only by the 4 present at the standing committee's meeting of 2024-08-20.
    func testTheLocalVariantsRulesAreKeptAndBrokenOnTheExamples() throws {
        let a = try Golden.model("huyen-uy.rules"), b = try Golden.model("huyen-uy-dia-phuong.rules")
        var kept: Set<String> = [], broken: Set<String> = []
        for (file, asOf) in [("huyen-uy-2023.jsonl", "2024-06-30"), ("huyen-uy-2024.jsonl", "2024-12-31")] {
            var log = EventLog(types: a.eventTypes)
            XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/\(file)").path))
            log.finish()
            let e = Regulation(model: b).evaluate(log, options: .init(asOf: Day.parse(asOf)!))
            for t in e.tallies {
                if t.kept > 0 { kept.insert(t.rule) }
                if t.violated > 0 { broken.insert(t.rule) }
            }
            if file.hasSuffix("2024.jsonl") {
                XCTAssertEqual(e.findings.filter { $0.rule == "ty_le_tham_du" && $0.status == .violation }.map(Golden.line),
                               ["violation | ty_le_tham_du | ban_thuong_vu | btv-bt-2024 | present 4 < 1/2 × 9 = 9/2"])
            }
        }
        let all = Set(b.rules.map(\.name))
        XCTAssertEqual(all.subtracting(kept), [])
        XCTAssertEqual(all.subtracting(broken), [])
    }

    func testDifferentialEvaluationOnTheSameEvents() throws {
        let a = try Golden.model("huyen-uy.rules"), b = try Golden.model("huyen-uy-dia-phuong.rules")
        var log = EventLog(types: a.eventTypes)
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/huyen-uy-2023.jsonl").path))
        log.finish()
        let ds = DifferentialEvaluation.compare(RegulationDiff(a, b).compare(), a: Regulation(model: a), b: Regulation(model: b), log: log,
                                                asOf: Day.parse("2024-06-30")!)
        let lines = Set(ds.map { "\($0.side) \($0.finding.rule) \($0.finding.eventId ?? $0.finding.period ?? "")" })
        // 21 present of 33: short of 22 under A's 2/3, enough for B's 1/2 (17).
        XCTAssertTrue(lines.contains("A ty_le_tham_du hu-02"))
        // No regular session in Q3: A (quarterly) and B (monthly: July, August, September) both see
        // it, and a month's shortfall is matched with its quarter's. February has none, but January
        // has one, so only B (monthly) finds February; B is stricter, so A never finds one alone.
        XCTAssertFalse(lines.contains("A hop_thuong_le_cap_uy 2023-Q3"))
        XCTAssertFalse(lines.contains("B hop_thuong_le_cap_uy 2023-08"))
        XCTAssertTrue(lines.contains("B hop_thuong_le_cap_uy 2023-02"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("A hop_thuong_le_cap_uy") })
        // What both find is no difference: the standing committee's empty February.
        XCTAssertFalse(lines.contains { $0.hasSuffix("hop_thuong_le_btv 2023-02") })
    }
}
