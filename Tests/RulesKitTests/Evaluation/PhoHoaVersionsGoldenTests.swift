import XCTest
@testable import RulesKit

/// The Phổ Hòa regulation and its three amendments (their content illustrative, see the files),
/// judged over 2020–2025: the same kind of event gets a different verdict after an amendment.
final class PhoHoaVersionsGoldenTests: XCTestCase {
    private func events() throws -> [Event] {
        let chain = try XCTUnwrap(RegulationChain.build(["pho-hoa.rules"].map {
            SourceFile(path: $0, text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)")))
        }).chains.first)
        var log = EventLog(types: chain.base.model.eventTypes)
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/pho-hoa-2020-2025.jsonl").path))
        log.finish()
        return log.events
    }

    // Each version counts the events of its own days: the Committee's and the inspection
    // commission's from 8 May 2020, the Standing
    // Committee's from 18 February 2022, when 45-TB/ĐU gave it a rule.
    func testEveryEventJudgedIsCountedOnce() throws {
        let e = try evaluate()
        let inForce = Day.parse("2020-05-08")!...Day.parse("2025-12-31")!
        let expected = try events().count { ev in
            (["dang_uy", "ubkt"].contains(ev.body) && inForce.contains(ev.date)) || (ev.body == "ban_thuong_vu" && ev.date >= Day.parse("2022-02-18")! && inForce.contains(ev.date))
        }
        XCTAssertEqual(e.eventsEvaluated, expected)
        XCTAssertGreaterThan(expected, 190)
    }

    private func evaluate() throws -> Evaluation {
        let files = ["pho-hoa.rules", "pho-hoa-02-QC-DU.rules", "pho-hoa-45-TB-DU.rules", "pho-hoa-03-QC-DU.rules"]
            .map { SourceFile(path: $0, text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)"))) }
        let regulation = try Golden.regulation(files)
        XCTAssertEqual(regulation.diagnostics.flatMap(\.diagnostics).map(\.message.en), [])
        XCTAssertEqual(regulation.chain.versions.map(\.code), ["01-QC/ĐU", "02-QC/ĐU", "45-TB/ĐU", "03-QC/ĐU"])
        var log = regulation.eventLog()
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/pho-hoa-2020-2025.jsonl").path))
        log.finish()
        XCTAssertEqual(log.errors, [])
        return regulation.evaluate(log, options: .init(asOf: Day.parse("2026-01-31")!))
    }

    func testVerdictsChangeAcrossAmendments() throws {
        let e = try evaluate()
        // The amendments' content is marked illustrative in their files (the source gives only their
        // numbers and dates), so every citation of it says so; the base's provisions are the
        // report's words, numbered by the encoder ([S-numbering]), and say that.
        func line(_ f: Finding) -> String { "\(f.regulation) | \(f.citation.text(.vi)) | \(Golden.line(f))" }
        XCTAssertEqual(e.findings.filter { $0.status != .kept }.map(line).sorted(), [
            // 02-QC/ĐU (from 2021-09-22), quorum 3/4: 3/4 × 11 = 33/4 = 8.25, so 8 present is short.
            "02-QC/ĐU | Điều 8, khoản 3, điểm a (minh họa, nguồn không quy định như vậy) | violation | ty_le_du_hop | dang_uy | m-2021-11 | present 8 < 3/4 × 11 = 33/4",
            // 03-QC/ĐU (from 2022-04-26), drafts 3 working days ahead: before Tuesday 2022-06-14 that is
            // Thursday 06-09 (Mon 13, Fri 10, Thu 9); the draft of Friday 06-10 is a day late.
            "03-QC/ĐU | Điều 8, khoản 2 (minh họa, nguồn không quy định như vậy) | violation | gui_du_thao | dang_uy | m-2022-06 | document 2022-06-10 > 2022-06-09",
            // Added by 45-TB/ĐU (2022-02-18), unchanged by 03-QC/ĐU: two Standing Committee meetings a
            // month, cited as the text 45-TB/ĐU gave it.
            "45-TB/ĐU | Điều 13, khoản 1 (minh họa, nguồn không quy định như vậy) | violation | btv_hop_dinh_ky | ban_thuong_vu | 2023-07 | count(meeting) 1 ✗ ≥ 2",
            // The same rule is in force only from 18 February 2022: February is not judged as a whole
            // month (one meeting from the 18th to the 28th, two needed in a whole month).
            "45-TB/ĐU | Điều 13, khoản 1 (minh họa, nguồn không quy định như vậy) | not_judged | btv_hop_dinh_ky | ban_thuong_vu | 2022-02 | count(meeting) 1 ? ≥ 2",
            // The term's log has no proposal, vote or consultation: these rules judged nothing, and say so.
            "01-QC/ĐU | Điều 10, khoản 1 (số hiệu minh họa) | not_judged | xin_y_kien | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 10, khoản 2 (số hiệu minh họa) | not_judged | bao_cao_lai | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 8, khoản 1, điểm b (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | hop_bat_thuong | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 8, khoản 4 (số hiệu minh họa) | not_judged | bo_phieu_kin | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 8, khoản 4 (số hiệu minh họa) | not_judged | to_kiem_phieu_nhan_su | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 10, khoản 3 (số hiệu minh họa) | not_judged | dua_ra_hoi_nghi_gan_nhat | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 9, khoản 1 (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | ket_luan_bang_van_ban | dang_uy | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 8, khoản 5 (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | thong_qua_danh_muc_bieu_quyet | dang_uy | 2020-05-08…2025-12-31 | ",
            // No cell has a record in this log, so the cells' yearly programme and reports have nobody to judge.
            "01-QC/ĐU | Điều 6, khoản 1 (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | bao_cao_dinh_ky_chi_bo | chi_bo | 2020-05-08…2025-12-31 | ",
            "01-QC/ĐU | Điều 12, khoản 3 (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | chuong_trinh_kiem_tra_chi_bo | chi_bo | 2020-05-08…2025-12-31 | ",
            // With no vote at all, no year has the committee's decision on party finances: a count of
            // 0 < 1 in every whole year 2021–2025; 2020 is in force only from 8 May, and a part-year
            // short of its count is not judged ([S-partial]).
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | not_judged | tai_chinh_dang_hang_nam | dang_uy | 2020 | count(vote) 0 ? ≥ 1",
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | violation | tai_chinh_dang_hang_nam | dang_uy | 2021 | count(vote) 0 ✗ ≥ 1",
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | violation | tai_chinh_dang_hang_nam | dang_uy | 2022 | count(vote) 0 ✗ ≥ 1",
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | violation | tai_chinh_dang_hang_nam | dang_uy | 2023 | count(vote) 0 ✗ ≥ 1",
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | violation | tai_chinh_dang_hang_nam | dang_uy | 2024 | count(vote) 0 ✗ ≥ 1",
            "01-QC/ĐU | Điều 11, khoản 2 (số hiệu minh họa) (cách hiểu của người mã hóa) | violation | tai_chinh_dang_hang_nam | dang_uy | 2025 | count(vote) 0 ✗ ≥ 1",
        ].sorted())
        let silent = try XCTUnwrap(e.findings.first { $0.rule == "bo_phieu_kin" })
        // The log has no vote at all: that is the reason; that no vote says 'personnel' is no news.
        XCTAssertEqual(silent.why?.en, "no vote event of dang_uy in the window up to the evaluation date (bodies with events: 1)")
        let february = try XCTUnwrap(e.findings.first { $0.rule == "btv_hop_dinh_ky" && $0.period == "2022-02" })
        XCTAssertEqual(february.why?.en, "45-TB/ĐU adds this rule from 2022-02-18")
        // The same facts before the amendments: 8 present ≥ 2/3 × 11 = 22/3 ≈ 7.33 under 01-QC/ĐU,
        // and a draft two working days ahead (Fri 2021-06-04 for Tue 06-08) was enough.
        let may = try XCTUnwrap(e.findings.first { $0.eventId == "m-2021-05" && $0.rule == "ty_le_du_hop" })
        XCTAssertEqual([may.status.rawValue, may.regulation], ["kept", "01-QC/ĐU"])
        let june = try XCTUnwrap(e.findings.first { $0.eventId == "m-2021-06" && $0.rule == "gui_du_thao" })
        XCTAssertEqual([june.status.rawValue, june.regulation], ["kept", "01-QC/ĐU"])
    }

    /// Issue 17: each rule an amendment writes is kept and broken on the term's log, in its own wording.
    func testEveryAmendedWordingIsKeptAndBroken() throws {
        let e = try evaluate()
        for (regulation, rule) in [("02-QC/ĐU", "ty_le_du_hop"), ("03-QC/ĐU", "gui_du_thao"), ("45-TB/ĐU", "btv_hop_dinh_ky")] {
            let t = e.tallies.filter { $0.regulation == regulation && $0.rule == rule }
            XCTAssertGreaterThan(t.reduce(0) { $0 + $1.kept }, 0, "\(regulation) \(rule)")
            XCTAssertGreaterThan(t.reduce(0) { $0 + $1.violated }, 0, "\(regulation) \(rule)")
        }
    }

    func testEachPeriodIsJudgedOnceByTheVersionInForceAtItsEnd() throws {
        let e = try evaluate()
        // 2020-05 … 2025-12 is 68 months; each month judged once, whichever version applies.
        let months = e.findings.filter { $0.rule == "hop_thuong_ky" }
        XCTAssertEqual(months.count, 68)
        XCTAssertEqual(Set(months.compactMap(\.period)).count, 68)
        // February 2022 straddles 45-TB/ĐU (2022-02-18): judged by it, so the Standing Committee's
        // rule already applies to that month.
        XCTAssertEqual(e.findings.first { $0.rule == "btv_hop_dinh_ky" }?.period, "2022-02")
        XCTAssertEqual(e.findings.first { $0.rule == "btv_hop_dinh_ky" }?.regulation, "45-TB/ĐU")
        // [S-version-citation] September 2021 ends after 02-QC/ĐU took effect, but 02-QC/ĐU does not
        // touch the regular-meeting rule: the check cites the text it applies, 01-QC/ĐU's.
        XCTAssertEqual(e.findings.first { $0.rule == "hop_thuong_ky" && $0.period == "2021-09" }?.regulation, "01-QC/ĐU")
        // The tallies keep one line per wording of the quorum rule: 2/3 (01-QC/ĐU), 3/4 (02-QC/ĐU).
        XCTAssertEqual(e.tallies.filter { $0.rule == "ty_le_du_hop" }.map(\.regulation), ["01-QC/ĐU", "02-QC/ĐU"])
    }
}

final class VersionsReportTests: XCTestCase {
    func testTimelineListsEachVersionAndItsChanges() throws {
        let files = ["pho-hoa.rules", "pho-hoa-02-QC-DU.rules", "pho-hoa-45-TB-DU.rules", "pho-hoa-03-QC-DU.rules"]
            .map { SourceFile(path: $0, text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)"))) }
        let chain = try XCTUnwrap(RegulationChain.build(files).chains.first)
        let lines = VersionsReport.render(chain, language: .en).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { !$0.hasPrefix(" ") }, [
            "01-QC/ĐU  in force 2020-05-08 – 2021-09-21",
            "02-QC/ĐU  in force 2021-09-22 – 2022-02-17  (amends 01-QC/ĐU)",
            "45-TB/ĐU  in force 2022-02-18 – 2022-04-25  (amends 02-QC/ĐU)",
            "03-QC/ĐU  in force 2022-04-26 – 2025-12-31  (amends 45-TB/ĐU)",
        ])
        XCTAssertTrue(lines.contains { $0.hasPrefix("  replaces Article 8, clause 3, point a: \"Hội nghị Đảng ủy được tiến hành khi có ít nhất 3/4") && $0.hasSuffix("[ty_le_du_hop]") })
        XCTAssertTrue(lines.contains("  adds Article 13: \"Chế độ làm việc của Ban Thường vụ Đảng ủy\" [btv_hop_dinh_ky]"))
    }
}
