import XCTest
@testable import RulesKit

/// [S-illustrative] Content the source does not give is marked in the file and shown as such in
/// every output that cites it; the source's own provisions are not.
final class IllustrativeTests: XCTestCase {
    private let source = """
        regulation "I" { effective 2020-01-01 }
        body b { members 11 }
        article 1 "Theo văn bản" { rule real for b: each meeting m: m.present >= 1/2 of members }
        article 2 "Ví dụ" illustrative "văn bản nguồn không nêu con số" {
          rule made_up for b: each meeting m: m.present >= 3/4 of members
        }
        """

    func testEveryOutputMarksTheIllustrativeProvisionOnly() throws {
        // 7 present: 1/2 × 11 = 11/2 is met; 3/4 × 11 = 33/4 is not.
        let e = try Golden.evaluate(rules: source, events: #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":7}"#,
                                    asOf: "2023-12-31")
        let regulation = try Golden.regulation([SourceFile(path: "i.rules", text: source)])
        let model = regulation.model
        let madeUp = try XCTUnwrap(e.findings.first { $0.rule == "made_up" })
        let real = try XCTUnwrap(e.findings.first { $0.rule == "real" })
        XCTAssertEqual(madeUp.citation.illustrative, "văn bản nguồn không nêu con số")
        XCTAssertNil(real.citation.illustrative)
        XCTAssertEqual(madeUp.citation.text(.en), "Article 2 (illustrative, not a rule the source states)")
        XCTAssertEqual(real.citation.text(.en), "Article 1")
        XCTAssertTrue(VerdictText.sentence(e).en.hasPrefix("1 violation(s) in the 2 checks judged (1 under provisions marked illustrative)"), VerdictText.sentence(e).en)
        let md = MarkdownReport(language: .vi).render(e, model: model)
        XCTAssertTrue(md.contains("Điều 2 (minh họa, nguồn không quy định như vậy)"), md)
        XCTAssertFalse(md.contains("Điều 1 (minh họa"), md)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.first { $0["rule"] as? String == "made_up" }?["illustrative"] as? String, "văn bản nguồn không nêu con số")
        XCTAssertNil(findings.first { $0["rule"] as? String == "real" }?["illustrative"] as? String)
        let csv = CSVReport.render(e, language: .en)
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}status,") && csv.contains(",illustrative,numbering,reading\r\n"), csv)
        XCTAssertTrue(csv.contains("văn bản nguồn không nêu con số,,\r\n"), csv)
        let html = HTMLReport(language: .en).render(e, model: model)
        XCTAssertTrue(html.contains("Article 2 (illustrative, not a rule the source states)"), html)
        XCTAssertFalse(html.contains("Article 1 (illustrative"), html)
        let doc = DocReport(language: .en).markdown(model)
        XCTAssertTrue(doc.contains("## Article 2. Ví dụ (illustrative, not a rule the source states): văn bản nguồn không nêu con số"), doc)
        XCTAssertTrue(doc.contains("## Article 1. Theo văn bản\n"), doc)
    }

    func testAnIllustrativeRegulationMarksEveryCitationAndItsVersion() throws {
        let base = "regulation \"B\" { effective 2020-01-01 }\nbody b { members 11 }\narticle 1 \"x\" { rule q for b: each meeting m: m.present >= 1/2 of members }\n"
        let amendment = """
            regulation "A" { effective 2022-01-01 amends "B" illustrative "chỉ biết số và ngày" }
            replace article 1 "y" { rule q for b: each meeting m: m.present >= 2/3 of members }
            """
        let regulation = try Golden.regulation([SourceFile(path: "b.rules", text: base), SourceFile(path: "a.rules", text: amendment)])
        let versions = VersionsReport.render(regulation.chain, language: .en)
        XCTAssertTrue(versions.contains("A  in force 2022-01-01"), versions)
        XCTAssertTrue(versions.contains("(illustrative, not a rule the source states): chỉ biết số và ngày"), versions)
        XCTAssertEqual(regulation.model.rules.first?.citation.illustrative, "chỉ biết số và ngày")
    }

    /// [S-numbering] The provisions are the source's words, their numbers the encoder's: every
    /// citation says so (not "illustrative": the text quoted is the source's), an amendment's too.
    func testNumbersTheSourceDoesNotGiveAreMarked() throws {
        let base = """
            regulation "B" { effective 2020-01-01 numbering "báo cáo không đánh số điều" }
            body b { members 11 }
            article 1 { clause 1 "Văn bản gốc." { rule q for b: each meeting m: m.present >= 1/2 of members } }
            """
        let amendment = """
            regulation "A" { effective 2022-01-01 amends "B" }
            add article 2 "Mới" { rule r for b: each meeting m: m.present >= 1/3 of members }
            """
        let regulation = try Golden.regulation([SourceFile(path: "b.rules", text: base), SourceFile(path: "a.rules", text: amendment)])
        let q = try XCTUnwrap(regulation.model.rules.first { $0.name == "q" }), r = try XCTUnwrap(regulation.model.rules.first { $0.name == "r" })
        XCTAssertEqual(q.citation.text(.en), "Article 1, clause 1 (numbering illustrative)")
        XCTAssertEqual(q.citation.quote, "Văn bản gốc.")
        XCTAssertNil(q.citation.illustrative)
        XCTAssertEqual(r.citation.numbering, "báo cáo không đánh số điều")
        var log = regulation.eventLog()
        log.read(text: #"{"type":"meeting","id":"m1","date":"2022-03-02","body":"b","present":7}"#, file: "e.jsonl")
        log.finish()
        let e = regulation.evaluate(log, options: .init(asOf: Day.parse("2022-12-31")!))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        XCTAssertEqual((json["findings"] as? [[String: Any]])?.first?["numbering"] as? String, "báo cáo không đánh số điều")
        XCTAssertTrue(DocReport(language: .vi).markdown(regulation.chain.base.model)
            .contains("_(số hiệu minh họa): báo cáo không đánh số điều_"))
        XCTAssertTrue(VersionsReport.render(regulation.chain, language: .en)
            .contains("(numbering illustrative): báo cáo không đánh số điều"))
    }

    /// [S-reading] The source's provision checked as the encoder reads it: the quote stays the
    /// source's, and every output says whose the time limit is, with why.
    func testTheEncodersReadingIsShownWithItsReason() throws {
        let source = """
            regulation "R" { effective 2020-01-01 }
            body b { members 11 }
            article 1 {
              clause 1 "Quyết định phải được thể hiện bằng văn bản." reading "nguồn không nêu thời hạn: đọc là trước hội nghị kế tiếp" {
                rule written for b:
                  each vote v: document d where d.meeting == v.meeting by the next meeting after v
              }
              clause 2 "Văn bản gốc." { rule plain for b: each meeting m: m.present >= 1/2 of members }
            }
            """
        // The vote of 01-02 has no document by the next meeting (01-09): broken, under a reading.
        let events = """
            {"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":7}
            {"type":"vote","id":"v1","date":"2023-01-02","body":"b","meeting":"m1","adopted":true}
            {"type":"meeting","id":"m2","date":"2023-01-09","body":"b","present":7}
            """
        let e = try Golden.evaluate(rules: source, events: events, asOf: "2023-12-31")
        let model = try Golden.regulation([SourceFile(path: "r.rules", text: source)]).model
        let why = "nguồn không nêu thời hạn: đọc là trước hội nghị kế tiếp"
        let written = try XCTUnwrap(e.findings.first { $0.rule == "written" })
        XCTAssertEqual(written.status, .violation)
        XCTAssertEqual(written.citation.text(.en), "Article 1, clause 1 (the encoder's reading)")
        XCTAssertEqual(written.citation.quote, "Quyết định phải được thể hiện bằng văn bản.")
        XCTAssertNil(written.citation.illustrative)
        XCTAssertEqual(e.findings.first { $0.rule == "plain" }?.citation.text(.en), "Article 1, clause 2")
        // The closing line weighs it apart: 1 violation, under a reading (7 present ≥ 11/2 keeps "plain" twice).
        XCTAssertTrue(VerdictText.sentence(e).en.hasPrefix("1 violation(s) in the 3 checks judged (1 under the encoder's readings)"), VerdictText.sentence(e).en)
        XCTAssertTrue(TextReport(language: .en).render(e, model: model).contains("    (the encoder's reading): \(why)\n"))
        XCTAssertTrue(MarkdownReport(language: .vi).render(e, model: model).contains("_(cách hiểu của người mã hóa): \(why)_"))
        XCTAssertTrue(HTMLReport(language: .en).render(e, model: model).contains("<small>(the encoder&#39;s reading): \(why)</small>")
                      || HTMLReport(language: .en).render(e, model: model).contains("<small>(the encoder's reading): \(why)</small>"))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        XCTAssertEqual((json["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "written" }?["reading"] as? String, why)
        let csv = CSVReport.render(e, language: .en)
        XCTAssertTrue(csv.contains(",illustrative,numbering,reading\r\n") && csv.contains(why), csv)
        XCTAssertTrue(DocReport(language: .en).markdown(model).contains("### Clause 1 (the encoder's reading): \(why)"))
    }

    /// A size the source does not give: marked on the body, named in every report's heading with
    /// why, listed in JSON, and in `doc`.
    func testAnIllustrativeSizeIsShownWhereTheVerdictsAre() throws {
        let source = """
            regulation "S" { effective 2020-01-01 }
            body b "Ban" { members 33 illustrative "nguồn không nêu số ủy viên" }
            article 1 { clause 1 "Văn bản gốc." { rule q for b: each meeting m: m.present >= 2/3 of members } }
            """
        // 21 < 2/3 × 33 = 22: broken, on a size the source does not give.
        let e = try Golden.evaluate(rules: source, events: #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":21}"#, asOf: "2023-12-31")
        let model = try Golden.regulation([SourceFile(path: "s.rules", text: source)]).model
        XCTAssertEqual(e.findings.first?.status, .violation)
        XCTAssertEqual(model.illustrativeSizes, [IllustrativeSize(body: "b", members: 33, why: "nguồn không nêu số ủy viên")])
        let note = "b: the size the rules file gives (33 members) is illustrative: nguồn không nêu số ủy viên"
        XCTAssertTrue(TextReport(language: .en).render(e, model: model).replacingOccurrences(of: "\n  ", with: " ").contains(note))
        XCTAssertTrue(MarkdownReport(language: .en).render(e, model: model).contains(note))
        XCTAssertTrue(HTMLReport(language: .en).render(e, model: model).contains(note))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        XCTAssertEqual((json["illustrative_sizes"] as? [[String: Any]])?.first?["why"] as? String, "nguồn không nêu số ủy viên")
        XCTAssertTrue(DocReport(language: .en).markdown(model).contains("33 members (illustrative): nguồn không nêu số ủy viên"))
    }
}

/// Found by a trial: a conclusion whose rules all fall short of the bar says so under "Ưu điểm".
final class EmptyStrengthsTests: XCTestCase {
    func testNoStrengthIsSaidNotLeftBlank() throws {
        // One meeting in January with 5 of 11 present: 5 < 2/3 × 11 = 22/3, the only check, broken.
        let source = """
            regulation "X" { effective 2024-01-01 }
            body b { members 11 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """
        let e = try Golden.evaluate(rules: source, events: #"{"type":"meeting","id":"m1","date":"2024-01-05","body":"b","present":5}"#,
                                    asOf: "2024-12-31")
        let model = try Golden.regulation([SourceFile(path: "x.rules", text: source)]).model
        let md = MarkdownReport(language: .vi).render(e, model: model)
        XCTAssertTrue(md.contains("## 1. Ưu điểm\n\nKhông quy tắc nào đạt ở ít nhất 95% số lần kiểm tra và 90% số cơ quan.\n"), md)
    }
}
