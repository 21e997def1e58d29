import XCTest
@testable import RulesKit

/// `examples/pho-hoa-2024.jsonl` judged against `Rules/pho-hoa.rules`: the year that breaks the
/// rules the 2023 log keeps, so that between the two examples every rule of the regulation
/// is both kept and broken. Every expected finding worked out by hand from the regulation's text.
final class PhoHoa2024GoldenTests: XCTestCase {
    func testEveryProblemFoundAndNothingElse() throws {
        let (_, log, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2024.jsonl", asOf: "2024-12-31")
        XCTAssertEqual(log.errors, [])
        let problems = e.findings.filter { $0.status != .kept }.map(Golden.line).sorted()
        XCTAssertEqual(problems, [
            // Điều 8 khoản 1 điểm b: 6 of 11 members proposed an extraordinary meeting on 2024-09-16
            // (6 > 11/2 = 5.5). None was held before the next regular meeting, m10 on 2024-10-08.
            "violation | hop_bat_thuong | dang_uy | dn-02 | meeting — (≥ 2024-09-16, ≤ 2024-10-08)",
            // Điều 8 khoản 3 điểm b: m03 was chaired by a standing member, neither the secretary nor a deputy.
            "violation | chu_tri | dang_uy | m03 | chair \"standing_member\" not in [\"secretary\", \"deputy_secretary\"]",
            // Điều 8 khoản 3 điểm c: the agenda of m05 was not voted through.
            "violation | thong_qua_chuong_trinh | dang_uy | m05 | agenda_adopted false ≠ true",
            // Điều 9 khoản 1: the budget decision bq-04 of m04 (2024-04-09) has no resolution or
            // conclusion by the next meeting, m05 on 2024-05-14.
            "violation | ket_luan_bang_van_ban | dang_uy | bq-04 | document — (≥ 2024-04-09, ≤ 2024-05-14)",
            // Điều 10 khoản 2: consultation xyk-03 (2024-06-18) was reported at m08 (2024-08-13), not at
            // the next meeting, m07 on 2024-07-09.
            "violation | bao_cao_lai | dang_uy | xyk-03 | meeting 2024-08-13 > 2024-07-09",
            // Điều 11 khoản 1: party fees for Q1, Q2 and Q4, none in July–September.
            "violation | dang_phi | dang_uy | 2024-Q3 | count(party_fee) 0 ✗ ≥ 1",
            // Điều 12 khoản 1: the year's only programme is a work programme, not an inspection one.
            "violation | chuong_trinh_kiem_tra | dang_uy | 2024 | count(programme) 0 ✗ ≥ 1",
            // Điều 7 điểm a: the work programmes of 2024 are all a quarter's (Q1, Q2, Q4); none is the year's.
            "violation | chuong_trinh_cong_tac_nam | dang_uy | 2024 | count(programme) 0 ✗ ≥ 1",
            // Điều 7 điểm b: programmes dated 01-04, 04-02 and 10-01: none in July–September.
            "violation | chuong_trinh_cong_tac_quy | dang_uy | 2024-Q3 | count(programme) 0 ✗ ≥ 1",
            // Điều 12 khoản 3: chi-bo-5's only programme is its term's, not a year's.
            "violation | chuong_trinh_kiem_tra_chi_bo | chi-bo-5 | 2024 | count(programme) 0 ✗ ≥ 1",
            // Điều 12 khoản 2: the inspection commission has no record at all in 2024.
            "violation | ke_hoach_kiem_tra_ubkt | ubkt | 2024 | count(programme) 0 ✗ ≥ 1",
            // Điều 11 khoản 2: the votes of 2024 are on work, a quarter's budget estimate and personnel;
            // none decides the year's party finances.
            "violation | tai_chinh_dang_hang_nam | dang_uy | 2024 | count(vote) 0 ✗ ≥ 1",
            // Điều 8 khoản 5: m04 (2024-04-09) voted bq-04 without first adopting the list and form.
            "violation | thong_qua_danh_muc_bieu_quyet | dang_uy | m04 | vote — (≥ 2024-04-09, ≤ 2024-04-09)",
            // Điều 8 khoản 6: draft dt-05 went out on 2024-05-09; the standing committee's opinion is of 05-10.
            "violation | y_kien_ban_thuong_vu_truoc | dang_uy | dt-05 | y_kien_ban_thuong_vu 2024-05-10 > 2024-05-09",
            // Điều 6: seven cells sent their half-year report; chi-bo-3 (seen by its programme) none in 2024.
            "violation | bao_cao_dinh_ky_chi_bo | chi-bo-3 | 2024 | count(report) 0 ✗ ≥ 1",
            // Điều 8 khoản 4: the personnel vote bq-05 (2024-11-12) had no vote-counting team that day.
            "violation | to_kiem_phieu_nhan_su | dang_uy | bq-05 | to_kiem_phieu — (≥ 2024-11-12, ≤ 2024-11-12)",
            // Điều 10 khoản 3: views on xyk-03 still differed (recorded 06-19); the matter went to m08
            // (08-13), not to the nearest meeting after 06-19, m07 on 07-09.
            "violation | dua_ra_hoi_nghi_gan_nhat | dang_uy | ykkn-xyk-03 | meeting 2024-08-13 > 2024-07-09",
        ].sorted())
        XCTAssertEqual(e.violations, 17)
    }

    /// What the 2024 log keeps: every regular meeting held, every draft on time (drafts on
    /// Thursdays for Tuesday meetings: two working days before a Tuesday is the Friday before),
    /// every quorum met (at least 9 present; 2/3 × 11 = 22/3, so 8 is enough).
    func testTheRestIsKept() throws {
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2024.jsonl", asOf: "2024-12-31")
        func tally(_ rule: String) -> [Int] {
            guard let t = e.tallies.first(where: { $0.rule == rule }) else { return [] }
            return [t.kept, t.violated]
        }
        XCTAssertEqual(tally("hop_thuong_ky"), [12, 0])
        XCTAssertEqual(tally("gui_du_thao"), [12, 0])
        XCTAssertEqual(tally("ty_le_du_hop"), [12, 0])
        // bq-05 elects a deputy secretary by secret ballot; bq-03 and bq-05 have their resolutions.
        XCTAssertEqual(tally("bo_phieu_kin"), [1, 0])
        XCTAssertEqual(tally("ket_luan_bang_van_ban"), [2, 1])
        // xyk-03: 7 approvals of 11 > 11/2, adopted: consistent.
        XCTAssertEqual(tally("xin_y_kien"), [1, 0])
    }

    /// With the 2023 log, every rule of the regulation is kept somewhere and broken somewhere.
    func testBetweenTheTwoYearsEveryRuleIsKeptAndBroken() throws {
        XCTAssertEqual(try Golden.model("pho-hoa.rules").rules.count, 22)
        let never = try Golden.neverKeptAndNeverBroken("pho-hoa.rules", [("pho-hoa-2023.jsonl", "2024-06-30"), ("pho-hoa-2024.jsonl", "2024-12-31")])
        XCTAssertEqual(never.neverKept, [])
        XCTAssertEqual(never.neverBroken, [])
    }
}
