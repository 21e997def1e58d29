import XCTest
@testable import RulesKit

/// Every regulation shipped in `Rules/` checks clean: no errors and no warnings.
final class RulesFilesTests: XCTestCase {
    /// As `rules check Rules/*.rules` checks them: together, each amendment against its base.
    func testEveryRulesFileChecksClean() {
        let files = Fixtures.files(in: "Rules", withExtension: "rules").map { SourceFile(path: $0.lastPathComponent, text: Fixtures.text($0)) }
        XCTAssertEqual(files.count, 8)
        let (chains, diagnostics) = RegulationChain.build(files)
        for (file, ds) in diagnostics {
            XCTAssertEqual(ds.map { "\($0.range.start.line):\($0.range.start.column) \($0.message.en)" }, [], file.path)
        }
        // Five regulations: Phổ Hòa with its three amendments, and four standing alone (the district model has a local variant).
        XCTAssertEqual(chains.map { $0.versions.count }.sorted(), [1, 1, 1, 1, 4])
    }

    func testPhoHoaEncodesItsQuantifiableProvisions() throws {
        let url = Fixtures.repositoryFile("Rules/pho-hoa.rules")
        let model = try XCTUnwrap(Checker.check(path: url.path, text: Fixtures.text(url)).0)
        XCTAssertEqual(model.regulation?.code, "01-QC/ĐU")
        XCTAssertEqual(model.bodies["dang_uy"]?.members.value(on: Day(year: 2023, month: 1, day: 1)!), 11)
        let names = Set(model.rules.map(\.name))
        for expected in ["hop_thuong_ky", "hop_bat_thuong", "gui_du_thao", "ty_le_du_hop", "chu_tri",
                         "thong_qua_chuong_trinh", "bo_phieu_kin", "xin_y_kien", "bao_cao_lai", "dang_phi",
                         "chuong_trinh_kiem_tra"] {
            XCTAssertTrue(names.contains(expected), expected)
        }
        // Every rule cites the regulation's own sentence.
        for r in model.rules { XCTAssertNotNil(r.citation.quote, r.name) }
    }
}
