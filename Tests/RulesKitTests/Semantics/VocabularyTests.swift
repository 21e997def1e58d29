import XCTest
@testable import RulesKit

/// The vocabulary a log may use is findable in the repository and from the command line.
final class VocabularyTests: XCTestCase {
    func testDocsEventsIsTheGeneratedVocabulary() {
        let written = Fixtures.text(Fixtures.repositoryFile("docs/events.md"))
        XCTAssertEqual(written, VocabularyReport.markdown(.standard),
                       "docs/events.md is stale: run `swift run rules vocabulary --format markdown > docs/events.md`")
    }

    func testEveryStandardFieldAndListedValueHasWordsInBothLanguages() {
        let v = Vocabulary.standard
        XCTAssertEqual(v.types.map(\.name), ["meeting", "document", "vote", "consultation", "proposal", "visit", "report", "membership"])
        for t in v.types {
            XCTAssertNotNil(t.label, t.name)
            for f in t.fields {
                XCTAssertNotNil(f.label, "\(t.name).\(f.name)")
                for value in f.values where f.name != "type" { XCTAssertNotNil(f.valueLabels[value], "\(t.name).\(f.name).\(value)") }
            }
        }
        // The names stay the interface: the vote's `method` lists exactly these.
        XCTAssertEqual(v.types[2].fields.first { $0.name == "method" }?.values, ["secret", "show_of_hands"])
    }

    func testATemplateIsAHeaderASpreadsheetReadsBack() throws {
        let header = VocabularyReport.template(.standard, types: ["meeting", "document"], delimiter: ";")
        XCTAssertEqual(header, "\u{FEFF}type;id;date;body;kind;present;members;exempt;start;end;chair;minutes;agenda_adopted;special;meeting;to\r\n")
        // Filled in as a spreadsheet would (day-first date, TRUE), it reads without an error.
        let model = try XCTUnwrap(Checker.check(path: "t.rules", text: "regulation \"T\" { effective 2020-01-01 }\nbody b { members 5 }\n").0)
        var log = EventLog(types: model.eventTypes)
        log.dayFirstDates = true
        log.read(text: header + "meeting;m1;20/05/2024;b;regular;4;;;;;;TRUE;;;;\r\ndocument;d1;17/05/2024;b;draft;;;;;;;;;;m1;Đảng ủy viên\r\n",
                 file: "t.csv", format: .csv)
        log.finish()
        XCTAssertEqual(log.errors.map(\.message.en), [])
        XCTAssertEqual(log.events.map(\.id), ["m1", "d1"])
    }

    func testARulesFileAddsItsTypesAndTheTextsItsRulesCompare() throws {
        let model = try Golden.model("pho-hoa.rules")
        let v = Vocabulary(model)
        // Phổ Hòa's chair rule: `m.chair in ["secretary", "deputy_secretary"]`; its declared `programme` type.
        let chair = try XCTUnwrap(v.types.first { $0.name == "meeting" }?.fields.first { $0.name == "chair" })
        XCTAssertEqual(chair.usedByRules, ["secretary", "deputy_secretary"])
        XCTAssertTrue(v.types.contains { $0.name == "programme" && !$0.standard })
        XCTAssertTrue(VocabularyReport.text(v, language: .en).contains("role of the chair — the rules use: secretary, deputy_secretary"))
    }
}
