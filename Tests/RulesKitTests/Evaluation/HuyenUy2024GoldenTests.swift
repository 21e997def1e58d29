import XCTest
@testable import RulesKit

/// `examples/huyen-uy-2024.jsonl` judged against `Rules/huyen-uy.rules`: the year that breaks the
/// rules the 2023 log keeps, so that between the two examples every rule is kept and broken.
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
            // Điều 4 khoản 1 (illustrative): the standing committee's 2024 programmes are H1's, Q1, Q2
            // and Q4's and every month's but July's; none for the year, H2 or Q3; the committee has no
            // inspection programme in 2024.
            "violation | chuong_trinh_nam_btv | ban_thuong_vu | 2024 | count(programme) 0 ✗ ≥ 1",
            "violation | chuong_trinh_6_thang_btv | ban_thuong_vu | 2024-H2 | count(programme) 0 ✗ ≥ 1",
            "violation | chuong_trinh_quy_btv | ban_thuong_vu | 2024-Q3 | count(programme) 0 ✗ ≥ 1",
            "violation | chuong_trinh_thang_btv | ban_thuong_vu | 2024-07 | count(programme) 0 ✗ ≥ 1",
            "violation | chuong_trinh_kiem_tra_cap_uy | huyen_uy | 2024 | count(programme) 0 ✗ ≥ 1",
            // Điều 4 khoản 2: the standing committee did not work with the town's party committee in 2024.
            "violation | lam_viec_voi_to_chuc_truc_thuoc | dv-du-thi-tran | 2024 | count(lam_viec_ban_thuong_vu) 0 ✗ ≥ 1",
            // Điều 4 khoản 3 điểm a: the review sk-2024 (11-20) was announced downward on 11-25 but not
            // reported to the province by the end of the year.
            "violation | bao_cao_so_ket_len | ban_thuong_vu | sk-2024 | report — (≥ 2024-11-20, ≤ 2024-12-31)",
            // Điểm b: the review sk-2024-nq (08-15) went to the province on 08-26 but was never
            // announced to the subordinate committees.
            "violation | thong_bao_so_ket_xuong | ban_thuong_vu | sk-2024-nq | report — (≥ 2024-08-15, ≤ 2024-12-31)",
            // Điều 4 khoản 4 (illustrative): no opinion before the People's Council session of 12-11
            // (the 07-10 session had one on 07-02).
            "violation | y_kien_ky_hop_hdnd | ban_thuong_vu | hdnd-2024-2 | y_kien_ky_hop — (≤ 2024-12-11)",
            // Điều 4 khoản 5 (illustrative): no review of the regulation's execution in 2024.
            "violation | kiem_diem_thuc_hien_quy_che | huyen_uy | 2024 | count(kiem_diem) 0 ✗ ≥ 1",
            // Điều 1 khoản 3 điểm a: the standing committee's extraordinary meeting of 08-20 had 4 of 9
            // present, 2/3 × 9 = 6 needed. (The other 5 were on leave: full attendance, khoản 4, is kept.)
            "violation | ty_le_tham_du | ban_thuong_vu | btv-bt-2024 | present 4 < 2/3 × 9 = 6",
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
        XCTAssertEqual(tally("ty_le_tham_du"), [17, 1])
        XCTAssertEqual(tally("bao_cao_giua_hai_phien"), [4, 0])
        XCTAssertEqual(tally("bao_cao_thang"), [36, 0])
        XCTAssertEqual(tally("gui_cap_tren"), [1, 0])
    }

    /// The standing committee's self-review is missing in 2023 and held (and reported late) in 2024.
    func testBetweenTheTwoYearsEveryRuleIsKeptAndBroken() throws {
        let never = try Golden.neverKeptAndNeverBroken("huyen-uy.rules", [("huyen-uy-2023.jsonl", "2024-06-30"), ("huyen-uy-2024.jsonl", "2024-12-31")])
        XCTAssertEqual(never.neverKept, [])
        XCTAssertEqual(never.neverBroken, [])
    }
}
