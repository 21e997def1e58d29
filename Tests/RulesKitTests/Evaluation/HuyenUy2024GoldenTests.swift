import XCTest
@testable import RulesKit

/// `examples/huyen-uy-2024.jsonl` judged against `Rules/huyen-uy.rules`: the year that breaks the
/// four rules the 2023 log keeps, so that between the two examples every rule is kept and broken.
/// Every expected finding worked out by hand from the regulation's text.
final class HuyenUy2024GoldenTests: XCTestCase {
    func testEveryProblemFoundAndNothingElse() throws {
        let (_, log, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2024.jsonl", asOf: "2024-12-31")
        XCTAssertEqual(log.errors, [])
        XCTAssertEqual(e.findings.filter { $0.status != .kept }.map(Golden.line).sorted(), [
            // Điều 2 khoản 2 điểm d: the town's party committee sent its monthly, quarterly and
            // half-yearly reports for 2024 (18 reports) but no yearly one.
            "violation | bao_cao_nam | dv-du-thi-tran | 2024 | count(report) 0 ✗ ≥ 1",
            // Điều 3 khoản 1 điểm b: the standing committee reviewed itself (kd-btv-2024); the
            // committee members did not review themselves in 2024.
            "violation | kiem_diem_ca_nhan | huyen_uy | 2024 | count(kiem_diem) 0 ✗ ≥ 1",
            // Điều 3 khoản 2 điểm a: kd-btv-2024 (2024-12-10) was reported at hu-04 on 2024-12-19;
            // the next session after it was the extraordinary one of 2024-12-13.
            "violation | bao_cao_tai_hoi_nghi | huyen_uy | kd-btv-2024 | meeting 2024-12-19 > 2024-12-13",
        ].sorted())
        // The rest is kept: 12 standing-committee months (at least 7 of 9 present; 2/3 × 9 = 6),
        // four quarterly sessions (at least 25 of 33; 2/3 × 33 = 22), each with the standing
        // committee's report since the last session, and every unit's periodic reports.
        func tally(_ rule: String) -> [Int] {
            let ts = e.tallies.filter { $0.rule == rule }
            return [ts.reduce(0) { $0 + $1.kept }, ts.reduce(0) { $0 + $1.violated }]
        }
        XCTAssertEqual(tally("hop_thuong_le_btv"), [12, 0])
        XCTAssertEqual(tally("hop_thuong_le_cap_uy"), [4, 0])
        XCTAssertEqual(tally("ty_le_tham_du"), [17, 0])
        XCTAssertEqual(tally("bao_cao_giua_hai_phien"), [4, 0])
        XCTAssertEqual(tally("bao_cao_thang"), [36, 0])
        XCTAssertEqual(tally("gui_cap_tren"), [1, 0])
    }

    /// Every rule but one: the standing committee's yearly self-review is held in both years, because
    /// the 2024 review is the one reported late — a year without it would leave nothing to report.
    func testBetweenTheTwoYearsEveryRuleIsKeptAndBroken() throws {
        let never = try Golden.neverKeptAndNeverBroken("huyen-uy.rules", [("huyen-uy-2023.jsonl", "2024-06-30"), ("huyen-uy-2024.jsonl", "2024-12-31")])
        XCTAssertEqual(never.neverKept, [])
        XCTAssertEqual(never.neverBroken, ["kiem_diem_tap_the"])
    }
}
