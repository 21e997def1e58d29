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
}
