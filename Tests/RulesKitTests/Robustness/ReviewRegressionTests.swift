import XCTest
@testable import RulesKit

/// Each of these once hung, trapped or gave a wrong verdict.
final class ReviewRegressionTests: XCTestCase {
    func testPeriodsAtTheEndOfTheCalendarTerminate() {
        let spans = Periods.spans(.month, in: Day.parse("9999-11-15")!...Day.parse("9999-12-31")!, term: nil)
        XCTAssertEqual(spans.map(\.label), ["9999-11", "9999-12"])
        XCTAssertEqual(Periods.spans(.year, in: Day.parse("9999-01-01")!...Day.last, term: nil).count, 1)
    }

    func testTinyPercentageIsADiagnostic() {
        var l = Lexer("0.000000000000000001%")
        _ = l.tokenize()
        XCTAssertEqual(l.diagnostics.items.map(\.code), ["L003"])
    }

    func testLongOperatorChainsAreBounded() {
        let chain = "body b\nrule r for b: each meeting m: " + Array(repeating: "true", count: 100_000).joined(separator: " and ")
        XCTAssertEqual(Parser.parse(chain).1.map(\.code), ["P004"])
        let fields = "body b\nrule r for b: each meeting m: m" + String(repeating: ".x", count: 100_000) + " == 1"
        XCTAssertEqual(Parser.parse(fields).1.map(\.code), ["P004"])
    }

    func testWindowsLineEndsKeepSourceLines() {
        let file = SourceFile(path: "w.rules", text: "body b\r\nrule r for b: each meeting m: m.presnt > 1\r\n")
        XCTAssertEqual(file.line(2), "rule r for b: each meeting m: m.presnt > 1")
        let (_, d) = Checker.check(file)
        let shown = DiagnosticPrinter(language: .en).render(d.first { $0.code == "C036" }!, in: file)
        XCTAssertTrue(shown.contains(" 2 | rule r for b: each meeting m: m.presnt > 1\n"), shown)
    }

    func testAConditionEndingALineIsNotReadAsARelatedEvent() {
        let src = "body b\narticle 1 {\n  rule r for b: each meeting m: agenda_adopted\n  rule s for b: every month: at least 1 meeting\n}"
        XCTAssertEqual(Checker.check(path: "x", text: src).1.filter { $0.severity == .error }, [])
    }

    // [S-related-key]
    func testAMeetingWithoutAnIdCannotBeLinkedToItsDraft() throws {
        let (model, _) = Checker.check(path: "x", text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 5 }
            article 1 { rule d for b: each meeting m: document x where x.meeting == m.id at least 2 working days before m }
            """)
        var log = EventLog(types: try XCTUnwrap(model).eventTypes)
        log.read(text: #"{"type":"meeting","date":"2023-03-07","body":"b"}"#, file: "e")
        log.finish()
        let e = Regulation(model: model!).evaluate(log, options: .init(asOf: Day.parse("2024-01-01")!))
        XCTAssertEqual(e.findings.filter { !$0.wholeRule }.map(\.status), [.warning])
    }

    // [S-partial] A period the window cuts is only partly judged: not judged, with why.
    func testAPeriodCutShortByTheWindowIsNotBroken() throws {
        let (model, _) = Checker.check(path: "x", text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 5 }
            article 1 { rule f for b: every month: at least 1 meeting }
            """)
        let regulation = Regulation(model: try XCTUnwrap(model))
        var log = regulation.eventLog()
        log.finish()
        let e = regulation.evaluate(log, options: .init(from: Day.parse("2023-05-01"), to: Day.parse("2023-06-15"), asOf: Day.parse("2024-01-01")!))
        // May is over and empty: broken. June is seen only to the 15th: not judged, and says why.
        XCTAssertEqual(e.findings.map { "\($0.period!) \($0.status.rawValue)" }, ["2023-05 violation", "2023-06 not_judged"])
        XCTAssertEqual(e.findings.last?.why?.en, "the window ends on 2023-06-15 (--to)")
    }

    func testAmendmentsKeepTheirOwnDeclarationsAndRefuseClashes() throws {
        let base = SourceFile(path: "01.rules", text: """
            regulation "01" { effective 2020-01-01 }
            body b { members 5 }
            article 1 { rule f for b: every month: at least 1 meeting }
            """)
        let amendment = SourceFile(path: "02.rules", text: """
            regulation "02" { effective 2021-01-01 amends "01" }
            event fee { amount: integer }
            add article 2 { rule g for b: every quarter: at least 1 fee }
            add article 3 { rule f for b: every year: at least 1 meeting }
            """)
        let (chains, d) = RegulationChain.build([base, amendment])
        XCTAssertEqual(d.flatMap(\.1).map { "\($0.range.start.line):\($0.range.start.column) \($0.code) \($0.message.en)" },
                       ["4:1 C047 rule 'f' is already in force; repeal or replace it first"])
        XCTAssertTrue(chains.isEmpty)
        let fine = SourceFile(path: "02.rules", text: """
            regulation "02" { effective 2021-01-01 amends "01" }
            event fee { amount: integer }
            add article 2 { rule g for b: every quarter: at least 1 fee }
            """)
        let chain = try XCTUnwrap(RegulationChain.build([base, fine]).chains.first)
        XCTAssertNotNil(chain.versions[1].model.eventTypes["fee"])
        let undated = SourceFile(path: "02.rules", text: "regulation \"02\" { amends \"01\" }\n")
        XCTAssertEqual(RegulationChain.build([base, undated]).diagnostics.flatMap(\.1).map(\.code), ["C048"])
    }

    func testAnAmendmentOfALaterAmendmentCannotTakeEffectBeforeIt() {
        let base = SourceFile(path: "01.rules", text: "regulation \"01\" { effective 2020-01-01 }\nbody b\n")
        let a1 = SourceFile(path: "a1.rules", text: "regulation \"A1\" { effective 2022-01-01 amends \"01\" }\n")
        let a2 = SourceFile(path: "a2.rules", text: "regulation \"A2\" { effective 2021-01-01 amends \"A1\" }\n")
        let d = RegulationChain.build([base, a1, a2]).diagnostics.first { $0.0.path == "a2.rules" }!.1
        XCTAssertEqual(d.map(\.message.en), ["takes effect before the text it amends, 'A1' (2022-01-01)"])
    }

    /// The store noted each id's type in one byte: a model with more than 255 event types trapped.
    func testThreeHundredEventTypes() throws {
        var text = "regulation \"T\" { effective 2023-01-01 }\nbody b { members 5 }\n"
        for i in 0..<300 { text += "event e\(i) { x: integer }\n" }
        text += "article 1 {\n  rule r for b: every month: at least 1 e299\n}\n"
        let model = try XCTUnwrap(Checker.check(path: "t", text: text).0)
        var log = EventLog(types: model.eventTypes)
        log.read(text: (1...3).map { #"{"type":"e299","id":"i\#($0)","date":"2023-0\#($0)-05","body":"b","x":1}"# }.joined(separator: "\n"), file: "l")
        log.finish()
        XCTAssertEqual(log.errors, [])
        let e = Regulation(model: model).evaluate(log, options: .init(to: Day.parse("2023-03-31"), asOf: Day.parse("2023-03-31")!))
        // January, February and March each have their e299.
        XCTAssertEqual(e.findings.map(\.status), [.kept, .kept, .kept])
    }
}
