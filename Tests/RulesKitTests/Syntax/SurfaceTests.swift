import XCTest
@testable import RulesKit

/// [S-surfaces]: a file in Vietnamese words is the file in English words, read the same way.
final class SurfaceTests: XCTestCase {
    private func rulesFiles() throws -> [String] {
        let dir = Fixtures.repositoryRoot.appendingPathComponent("Rules").path
        return try FileManager.default.contentsOfDirectory(atPath: dir)
            .filter { RulesPath.isRules($0) }.sorted().map { "\(dir)/\($0)" }
    }

    private func converted(_ path: String, to s: Surface) throws -> String {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard case .success(let out) = SurfaceConversion.convert(SourceFile(path: path, text: text), to: s) else {
            XCTFail("\(path): not converted to \(s)"); return ""
        }
        return out
    }

    /// Every file of Rules/ to Vietnamese and back is the file itself, byte for byte; the
    /// Vietnamese form checks clean and differs from the English one.
    func testEveryRulesFileRoundTrips() throws {
        let files = try rulesFiles()
        XCTAssertGreaterThanOrEqual(files.count, 9)
        for path in files {
            let original = try String(contentsOfFile: path, encoding: .utf8)
            // A file in Vietnamese words (the literate Phổ Hòa) goes to English and back.
            let own = Parser.read(SourceFile(path: path, text: original)).surface
            let other: Surface = own == .english ? .vietnamese : .english
            let vi = try converted(path, to: other)
            let viPath = path.replacingOccurrences(of: "/Rules/", with: "/Rules/vi-")
            let (model, diagnostics) = Checker.check(SourceFile(path: viPath, text: vi))
            if !original.contains("amends") {
                XCTAssertNotNil(model, "\(path) in \(other): \(diagnostics.map(\.message.en))")
            }
            let en = SurfaceConversion.convert(SourceFile(path: viPath, text: vi), to: own)
            guard case .success(let back) = en else { XCTFail("\(path): converted form not converted back"); continue }
            XCTAssertEqual(back, original, "\(path): to \(other) and back is not the original")
            XCTAssertNotEqual(vi, original, "\(path): nothing converted")
        }
    }

    /// The words as a drafter reads them: the quorum rule of Phổ Hòa, by hand.
    func testVietnameseWordsOfAQuorumRule() {
        let en = "body dang_uy { members 11 }\nrule q for dang_uy: each meeting m where m.kind == \"regular\": m.present >= 2/3 of members\n"
        let vi = "tổ chức dang_uy { số thành viên 11 }\nquy tắc q áp dụng cho dang_uy: với mỗi hội_nghị m có m.loại == \"thường kỳ\": m.có_mặt >= 2/3 của số_thành_viên\n"
        guard case .success(let out) = SurfaceConversion.convert(SourceFile(path: "q.rules", text: en), to: .vietnamese) else {
            return XCTFail("not converted")
        }
        XCTAssertEqual(out, vi)
        let (a, _) = Checker.check(path: "en.rules", text: en)
        let (b, _) = Checker.check(path: "vi.rules", text: vi)
        XCTAssertEqual(a?.rules.map(\.name), ["q"])
        XCTAssertEqual(b?.rules.map(\.name), ["q"])
        // The same tree, but for where each part sits in its file.
        let ranges = /range: RulesKit\.SourceRange\(start: RulesKit\.SourcePosition\([^)]*\), end: RulesKit\.SourcePosition\([^)]*\)\)/
        XCTAssertEqual(a.map { "\($0.rules[0].form)".replacing(ranges, with: "") }, b.map { "\($0.rules[0].form)".replacing(ranges, with: "") })
    }

    /// `31 tháng Mười` is a day of October; `3 tháng` three months; `2 ngày làm việc` two working days.
    func testVietnameseMonthsAndUnits() {
        let vi = """
        tổ chức b
        quy tắc r áp dụng cho b: mỗi năm: ít nhất 1 báo_cáo chậm nhất ngày 31 tháng Mười
        quy tắc g áp dụng cho b: không có khoảng cách dài hơn 3 tháng giữa các hội_nghị
        quy tắc d áp dụng cho b: với mỗi hội_nghị m: văn_bản x có x.hội_nghị == m.mã ít nhất 2 ngày làm việc trước m
        """
        let (model, diagnostics) = Checker.check(path: "vi.rules", text: vi)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.code), [])
        guard let rules = model?.rules, rules.count == 3 else { return XCTFail("rules not read") }
        XCTAssertTrue("\(rules[0].form)".contains("month: 10, day: 31"), "\(rules[0].form)")
        XCTAssertTrue("\(rules[1].form)".contains("months"), "\(rules[1].form)")
        XCTAssertTrue("\(rules[2].form)".contains("constant(2 working days)"), "\(rules[2].form)")
    }

    /// A message about a Vietnamese file names its words as the file writes them.
    func testMessagesQuoteTheFilesWords() {
        let vi = "tổ chức b\nquy tắc r áp dụng cho b: mỗi tuầnn: ít nhất 1 hội_nghị\nquy tắc s áp dụng cho b: với mỗi hội_nghị m: m.loạii == 1\n"
        let messages = Checker.check(path: "vi.rules", text: vi).1.map { $0.message.vi + " " + ($0.hint?.vi ?? "") }
        XCTAssertTrue(messages.contains { $0.contains("'tuầnn'") && $0.contains("'tuần'") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("'hội_nghị'") && $0.contains("'loại'") }, "\(messages)")
        XCTAssertFalse(messages.contains { $0.contains("'meeting'") || $0.contains("'week'") }, "\(messages)")
        // The parser's own words too: `quy tắc` without `áp dụng cho` before its subject.
        let parse = Parser.parse(SourceFile(path: "vi.rules", text: "tổ chức b\nquy tắc r cho b: mỗi tháng: ít nhất 1 hội_nghị\n")).1
        XCTAssertEqual(parse.map(\.message.vi), ["cần ':', nhưng gặp 'cho'"])
    }

    /// A name the file chose that Vietnamese would read as a word is refused, not mistranslated.
    func testClashIsRefused() {
        let en = "body b\nrule r for b: each meeting có: có.present >= 1\n"
        guard case .failure(.clash(let word, let range)) = SurfaceConversion.convert(SourceFile(path: "c.rules", text: en), to: .vietnamese) else {
            return XCTFail("a binder named 'có' was converted")
        }
        XCTAssertEqual(word, "có")
        XCTAssertEqual(range.start.line, 2)
    }

    /// Every Vietnamese spelling stands for one English word or phrase.
    func testTheTableReadsOneWay() {
        var seen: [String: [String]] = [:]
        for (en, vi) in VietnameseWords.keywords { XCTAssertEqual(seen.updateValue([en], forKey: vi) ?? [en], [en], vi) }
        for (en, vi) in VietnameseWords.names { XCTAssertEqual(seen.updateValue([en], forKey: vi) ?? [en], [en], vi) }
        XCTAssertEqual(Set(VietnameseWords.values.map(\.vietnamese)).count, VietnameseWords.values.count)
        // Every keyword of the grammar has a Vietnamese spelling, alone or in a phrase.
        let covered = Set(VietnameseWords.keywords.flatMap { $0.english.split(separator: " ").map(String.init) })
        XCTAssertEqual(Set(Keyword.allCases.map(\.rawValue)).subtracting(covered), [])
    }

    /// Found by the trial: a file whose English header is followed by Vietnamese rules is read in
    /// Vietnamese (any line may begin with a Vietnamese declaration word), and converting a mixed
    /// file to Vietnamese converts its English lines.
    func testAMixedFileIsReadAndConvertedWhole() {
        let mixed = "regulation \"X\" { effective 2024-01-01 }\nbody b\nrule r for b: every month: at least 2 meeting\nquy tắc s áp dụng cho b: mỗi tháng: ít nhất 1 hội_nghị\n"
        let (model, diagnostics) = Checker.check(path: "m.rules", text: mixed)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.code), [])
        XCTAssertEqual(model?.rules.map(\.name), ["r", "s"])
        guard case .success(let vi) = SurfaceConversion.convert(SourceFile(path: "m.rules", text: mixed), to: .vietnamese) else {
            return XCTFail("not converted")
        }
        XCTAssertEqual(vi, "quy chế \"X\" { hiệu lực 2024-01-01 }\ntổ chức b\nquy tắc r áp dụng cho b: mỗi tháng: ít nhất 2 hội_nghị\nquy tắc s áp dụng cho b: mỗi tháng: ít nhất 1 hội_nghị\n")
    }

    /// Found by the trial: a field `quý` of an event the file declares is the log's key `quý`,
    /// not the period `quarter`; a standard name's alias (`loại`) is still the standard name.
    func testAVietnameseKeywordUsedAsANameIsThatName() throws {
        let vi = "tổ chức b\nsự kiện dang_phi { quý: chữ }\nquy tắc tháng áp dụng cho b: mỗi quý: ít nhất 1 dang_phi có quý == \"Q1\"\n"
        let model = try XCTUnwrap(Checker.check(path: "q.rules", text: vi).0)
        XCTAssertEqual(model.eventTypes["dang_phi"]?.fields.keys.sorted(), ["quý"])
        XCTAssertEqual(model.rules.map(\.name), ["tháng"])
        guard case .success(let en) = SurfaceConversion.convert(SourceFile(path: "q.rules", text: vi), to: .english) else {
            return XCTFail("not converted")
        }
        XCTAssertEqual(en, "body b\nevent dang_phi { quý: text }\nrule tháng for b: every quarter: at least 1 dang_phi where quý == \"Q1\"\n")
    }

    /// Found by the trials: a deadline written as Vietnamese dates are, `31 tháng 10`, and the other
    /// spellings of months; `31 tháng Hai` still does not exist, and `tháng Giêng`, a lunar month, is
    /// not taken for January.
    func testMonthsAsVietnameseWritesThem() {
        for (written, month) in [("tháng 10", 10), ("tháng mười", 10), ("tháng Mười hai", 12), ("tháng Bốn", 4), ("tháng 02", 2)] {
            let day = month == 2 ? 28 : 30
            let vi = "tổ chức b\nquy tắc r áp dụng cho b: mỗi năm: ít nhất 1 báo_cáo chậm nhất ngày \(day) \(written)\n"
            let (model, diagnostics) = Checker.check(path: "d.rules", text: vi)
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.code), [], written)
            guard case .frequency(_, let c)? = model?.rules.first?.form else { XCTFail(written); continue }
            XCTAssertEqual(c.deadline?.month, month, written)
            XCTAssertEqual(c.deadline?.day, day, written)
        }
        let bad = Checker.check(path: "d.rules", text: "tổ chức b\nquy tắc r áp dụng cho b: mỗi năm: ít nhất 1 báo_cáo chậm nhất ngày 31 tháng Hai\n").1
        XCTAssertEqual(bad.filter { $0.severity == .error }.map(\.code), ["C014"])
        let lunar = Checker.check(path: "d.rules", text: "tổ chức b\nquy tắc r áp dụng cho b: mỗi năm: ít nhất 1 báo_cáo chậm nhất ngày 15 tháng Giêng\n").1
        XCTAssertFalse(lunar.filter { $0.severity == .error }.isEmpty)
        // In English the day of a month is written with the month's name: `15 month 12` would be 15 months.
        let vi = "tổ chức b\nquy tắc r áp dụng cho b: mỗi năm: ít nhất 1 báo_cáo chậm nhất ngày 15 tháng 12\n"
        guard case .success(let en) = SurfaceConversion.convert(SourceFile(path: "d.rules", text: vi), to: .english) else { return XCTFail() }
        XCTAssertEqual(en, "body b\nrule r for b: every year: at least 1 report by 15 December\n")
        XCTAssertEqual(Checker.check(path: "d.rules", text: en).1.filter { $0.severity == .error }.map(\.code), [])
    }

    /// Found by the trial: a mistyped value in a Vietnamese file is offered the Vietnamese value.
    func testAMistypedVietnameseValueIsOfferedTheVietnameseOne() {
        let vi = "tổ chức b\nquy tắc r áp dụng cho b: với mỗi biểu_quyết v: v.hình_thức == \"bỏ phiếu kin\"\n"
        let d = Checker.check(path: "v.rules", text: vi).1.first { $0.code == "C038" }
        XCTAssertTrue(d?.hint?.vi.contains("'bỏ phiếu kín'") == true, "\(String(describing: d?.hint))")
    }

    /// Vietnamese messages name fields, types and values in Vietnamese words; English stays as written.
    func testAnExpressionInVietnameseWords() {
        XCTAssertEqual(Surface.vietnamese(expression: #"(kind == "regular") and (present >= 2/3 of members)"#),
                       #"(loại == "thường kỳ") và (có_mặt >= 2/3 của số_thành_viên)"#)
        XCTAssertEqual(Surface.vietnamese(expression: "count(meeting) 0 ✗ ≥ 1"), "đếm(hội_nghị) 0 ✗ ≥ 1")
        XCTAssertEqual(Surface.vietnamese(expression: "has end and (end - start) >= 2 hours"), "đã ghi kết_thúc và (kết_thúc - bắt_đầu) >= 2 giờ")
        XCTAssertEqual(Surface.vietnamese(expression: #"chair "standing_member" not in ["secretary"]"#),
                       #"chủ_trì "standing_member" không thuộc ["secretary"]"#)
    }

    /// Found by the trial: a Vietnamese phrase mistyped, or typed without its marks, is suggested.
    func testAMistypedPhraseIsSuggested() {
        let cases = [
            ("quy tắc r ap dung cho b: mỗi tháng: ít nhất 1 hội_nghị", "'áp dụng cho'"),
            ("quy tắc r áp dụng cho b: mỗi tháng: ít nhât 1 hội_nghị", "'ít nhất'"),
            ("quy tắc r áp dụng cho b: với mỗi hội_nghị m: văn_bản d trong vong 5 ngày sau m", "'trong vòng'"),
        ]
        for (line, phrase) in cases {
            let hints = Parser.parse(SourceFile(path: "t.rules", text: "tổ chức b\n" + line + "\n")).1.compactMap { $0.hint?.vi }
            XCTAssertTrue(hints.contains("có phải ý bạn là \(phrase)?"), "\(line): \(hints)")
        }
    }

    /// Found by the second trial: what was found is quoted as the file wrote it (`to`, not its
    /// Vietnamese `đến`), and a wrong word after a line ending in `{` is pointed at, not the `{`.
    func testWhatWasFoundIsTheFilesOwnAndPointedAt() {
        let vi = "tổ chức b\nto chuc c\nđiều 1 {\n  khoản 1 \"x\" {\n    quy tac r áp dụng cho b: mỗi tháng: ít nhất 1 hội_nghị\n  }\n}\n"
        let errors = Checker.check(path: "c.rules", text: vi).1.filter { $0.severity == .error }
        XCTAssertEqual(errors.map { "\($0.range.start.line):\($0.range.start.column) \($0.message.vi)" },
                       ["2:1 'to' không mở đầu một khai báo", "5:5 cần 'khoản', 'điểm' hoặc 'quy tắc', nhưng gặp 'quy'"])
        XCTAssertEqual(errors.map { $0.hint?.vi }, ["có phải ý bạn là 'tổ chức'?", "có phải ý bạn là 'quy tắc'?"])
    }

    /// Found by the second trial: a Vietnamese message says the period as Vietnamese does.
    func testPeriodsInVietnameseWords() {
        XCTAssertEqual(["2024-Q3", "2024-H1", "2024-H2", "2024-05", "2024", "2024-W05", "term"].map(PeriodWords.vietnamese),
                       ["quý III/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "tháng 5/2024", "năm 2024", "tuần 5/2024", "nhiệm kỳ"])
    }
}
