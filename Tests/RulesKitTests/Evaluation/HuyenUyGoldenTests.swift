import XCTest
@testable import RulesKit

/// `examples/huyen-uy-2023.jsonl` judged against `Rules/huyen-uy.rules` (a district committee's
/// working regulation as seed 002 describes it), with every expected finding worked out by hand
/// from the regulation's text and the events.
final class HuyenUyGoldenTests: XCTestCase {
    func testEveryProblemFoundAndNothingElse() throws {
        let (_, log, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2023.jsonl", asOf: "2024-06-30")
        XCTAssertEqual(log.errors, [])
        XCTAssertEqual(log.events.count, 108)
        XCTAssertEqual(e.from, Day.parse("2023-01-01"))
        XCTAssertEqual(e.to, Day.parse("2023-12-31"))
        let problems = e.findings.filter { $0.status != .kept }.map(Golden.line).sorted()
        XCTAssertEqual(problems, [
            // Điều 1 khoản 1: regular sessions on 01-12 (Q1), 04-13 and 06-29 (Q2), 12-21 (Q4). The
            // 6-month session was brought forward to June, and the only Q3 session (08-17) was
            // extraordinary, which does not count: Q3 has no regular session.
            "violation | hop_thuong_le_cap_uy | huyen_uy | 2023-Q3 | count(meeting) 0 ✗ ≥ 1",
            // Điều 1 khoản 2: the standing committee met on 01-05 and, after Tết, on 01-30; the next
            // meeting was 03-07. February has none.
            "violation | hop_thuong_le_btv | ban_thuong_vu | 2023-02 | count(meeting) 0 ✗ ≥ 1",
            // Điều 1 khoản 3: 2/3 × 33 = 22, so 21 present on 04-13 is one short (22 would do).
            "violation | ty_le_tham_du | huyen_uy | hu-02 | present 21 < 2/3 × 33 = 22",
            // 2/3 × 9 = 6: 5 present on 07-04 fails (btv-10 on 10-03 with exactly 6 passes).
            "violation | ty_le_tham_du | ban_thuong_vu | btv-07 | present 5 < 2/3 × 9 = 6",
            // Điều 2 khoản 1: the standing committee's reports to the committee are dated 01-10, 04-11
            // and 12-19. For the 06-29 session the last one (04-11) precedes the 04-13 session, so it
            // belongs to that session; nothing reported the work between 04-13 and 06-29.
            "violation | bao_cao_giua_hai_phien | huyen_uy | hu-03 | report — (≤ 2023-06-29)",
            // Điều 2 khoản 2 điểm a: the Front sent monthly reports for every month but August.
            "violation | bao_cao_thang | dv-mttq-huyen | 2023-08 | count(report) 0 ✗ ≥ 1",
            // Điểm b: the People's Committee's report labelled 2023-Q1 is dated 04-04, in Q2; no
            // quarterly report was sent within Q1. (In Q2 it has 2023-Q1 and 2023-Q2: kept.)
            "violation | bao_cao_quy | dv-ubnd-huyen | 2023-Q1 | count(report) 0 ✗ ≥ 1",
            // Điểm c: the town party committee sent 2023-Q2 on 06-23 but no 2023-H1 report; a
            // quarterly label is not a six-month one.
            "violation | bao_cao_6_thang | dv-du-thi-tran | 2023-H1 | count(report) 0 ✗ ≥ 1",
            // Điều 3 khoản 2 điểm b: the committee members' reviews (12-18) were never sent to the
            // provincial committee, and the year (the file's reading of "theo quy định") is over.
            // (kd-qc-2023, sent on 12-27, is the review of the regulation's execution, not a self-criticism.)
            "violation | gui_cap_tren | huyen_uy | kd-cuv-2023 | report — (≥ 2023-12-18, ≤ 2023-12-31)",
            // Điều 3 khoản 1 điểm a: the year's reviews are the members' (kd-cuv-2023) and the
            // regulation's execution (kd-qc-2023); the standing committee did not review itself.
            "violation | kiem_diem_tap_the | huyen_uy | 2023 | count(kiem_diem) 0 ✗ ≥ 1",
            // Điều 1 khoản 4: at hu-02, 21 present and 11 on leave make 32 of the 33 members: one member
            // was absent without leave. Every other meeting's present + exempt is the body's size
            // (31 from 09-01 for the committee, 9 for the standing committee).
            "violation | du_day_du_phien_hop | huyen_uy | hu-02 | present 21 + exempt 11 = 32 < 33",
        ].sorted())
        XCTAssertEqual(e.violations, 11)
    }

    func testTalliesCountKeptAndBrokenChecks() throws {
        let (_, _, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2023.jsonl", asOf: "2024-06-30")
        func tally(_ rule: String, _ body: String) -> [Int] {
            guard let t = e.tallies.first(where: { $0.rule == rule && $0.body == body }) else { return [] }
            return [t.kept, t.violated, t.excused]
        }
        XCTAssertEqual(tally("hop_thuong_le_cap_uy", "huyen_uy"), [3, 1, 0])      // four quarters, Q3 missed
        XCTAssertEqual(tally("hop_thuong_le_btv", "ban_thuong_vu"), [11, 1, 0])    // twelve months, February missed
        // Five committee meetings (four regular, one extraordinary), thirteen standing-committee ones.
        XCTAssertEqual(tally("ty_le_tham_du", "huyen_uy"), [4, 1, 0])
        XCTAssertEqual(tally("ty_le_tham_du", "ban_thuong_vu"), [12, 1, 0])
        XCTAssertEqual(tally("bao_cao_giua_hai_phien", "huyen_uy"), [3, 1, 0])    // regular sessions only
        XCTAssertEqual(tally("bao_cao_thang", "dv-ubnd-huyen"), [12, 0, 0])
        XCTAssertEqual(tally("bao_cao_thang", "dv-mttq-huyen"), [11, 1, 0])
        XCTAssertEqual(tally("bao_cao_quy", "dv-ubnd-huyen"), [3, 1, 0])
        XCTAssertEqual(tally("bao_cao_quy", "dv-du-thi-tran"), [4, 0, 0])
        XCTAssertEqual(tally("bao_cao_6_thang", "dv-du-thi-tran"), [1, 1, 0])
        XCTAssertEqual(tally("bao_cao_6_thang", "dv-mttq-huyen"), [2, 0, 0])
        XCTAssertEqual(tally("bao_cao_nam", "dv-du-thi-tran"), [1, 0, 0])
        XCTAssertEqual(tally("kiem_diem_tap_the", "huyen_uy"), [0, 1, 0])
        XCTAssertEqual(tally("kiem_diem_ca_nhan", "huyen_uy"), [1, 0, 0])
        XCTAssertEqual(tally("bao_cao_tai_hoi_nghi", "huyen_uy"), [1, 0, 0])      // the members' review, at hu-04
        XCTAssertEqual(tally("gui_cap_tren", "huyen_uy"), [0, 1, 0])
        XCTAssertEqual(tally("kiem_diem_thuc_hien_quy_che", "huyen_uy"), [1, 0, 0])
        // Every standing-committee month, half, quarter and year has its programme.
        XCTAssertEqual(tally("chuong_trinh_thang_btv", "ban_thuong_vu"), [12, 0, 0])
        XCTAssertEqual(tally("chuong_trinh_6_thang_btv", "ban_thuong_vu"), [2, 0, 0])
        // sk-2023 (06-20) reported to the province on 06-28 and announced downward on 06-30.
        XCTAssertEqual(tally("bao_cao_so_ket_len", "ban_thuong_vu"), [1, 0, 0])
        XCTAssertEqual(tally("thong_bao_so_ket_xuong", "ban_thuong_vu"), [1, 0, 0])
        // Two People's Council sessions (07-12, 12-12), each with the opinion a week before.
        XCTAssertEqual(tally("y_kien_ky_hop_hdnd", "ban_thuong_vu"), [2, 0, 0])
        XCTAssertEqual(tally("lam_viec_voi_to_chuc_truc_thuoc", "dv-du-thi-tran"), [1, 0, 0])
        // 5 committee meetings and 13 standing-committee ones; hu-02 has an absence without leave.
        XCTAssertEqual(tally("du_day_du_phien_hop", "huyen_uy"), [4, 1, 0])
        XCTAssertEqual(tally("du_day_du_phien_hop", "ban_thuong_vu"), [13, 0, 0])
    }

    func testMembershipChangeMovesTheQuorum() throws {
        // From 2023-09-01 the committee has 31 members (membership event tv-2023-09): 2/3 × 31 = 62/3
        // ≈ 20.67, so the 21 present on 12-21 are enough, although 21 were too few on 04-13 with 33.
        let (_, _, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2023.jsonl", asOf: "2024-06-30")
        let december = try XCTUnwrap(e.findings.first { $0.rule == "ty_le_tham_du" && $0.eventId == "hu-04" })
        XCTAssertEqual(december.status, .kept)
        // The extraordinary session of 08-17 is judged with 33 members: 27 ≥ 22.
        let august = try XCTUnwrap(e.findings.first { $0.rule == "ty_le_tham_du" && $0.eventId == "hu-bt-01" })
        XCTAssertEqual(august.status, .kept)
    }

    func testThePeriodInProgressIsPendingNotBroken() throws {
        // As of 2023-08-15 the third quarter is not over and the Front's August report may still come.
        let (_, _, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2023.jsonl", asOf: "2023-08-15")
        func status(_ rule: String, _ body: String, _ period: String) -> Finding.Status? {
            e.findings.first { $0.rule == rule && $0.body == body && $0.period == period }?.status
        }
        XCTAssertEqual(status("hop_thuong_le_cap_uy", "huyen_uy", "2023-Q3"), .pending)
        XCTAssertEqual(status("bao_cao_thang", "dv-mttq-huyen", "2023-08"), .pending)
        XCTAssertEqual(status("hop_thuong_le_btv", "ban_thuong_vu", "2023-08"), .kept)   // btv-08 met on 08-08
        XCTAssertEqual(status("kiem_diem_tap_the", "huyen_uy", "2023"), .pending)
        // Q1 is long over: the missing quarterly report is already a violation.
        XCTAssertEqual(status("bao_cao_quy", "dv-ubnd-huyen", "2023-Q1"), .violation)
    }

    func testFindingsCiteTheArticleAndQuoteTheText() throws {
        let (_, _, e) = try Golden.evaluate("huyen-uy.rules", "huyen-uy-2023.jsonl", asOf: "2024-06-30")
        let quorum = try XCTUnwrap(e.findings.first { $0.rule == "ty_le_tham_du" && $0.status == .violation && $0.body == "huyen_uy" })
        XCTAssertEqual(quorum.regulation, "01-QC/HU")
        XCTAssertEqual(quorum.citation.text(.vi), "Điều 1, khoản 3, điểm a (số hiệu minh họa)")
        XCTAssertEqual(quorum.citation.quote, "Hội nghị cấp ủy, ban thường vụ phải có ít nhất 2/3 tổng số thành viên tham dự.")
        XCTAssertEqual(quorum.source?.line, 20)
        XCTAssertEqual(quorum.date, Day.parse("2023-04-13"))
        let upward = try XCTUnwrap(e.findings.first { $0.rule == "gui_cap_tren" && $0.status == .violation })
        XCTAssertEqual(upward.citation.text(.vi), "Điều 3, khoản 2, điểm b (số hiệu minh họa) (cách hiểu của người mã hóa)")
        XCTAssertEqual(upward.source?.line, 74)
    }
}
