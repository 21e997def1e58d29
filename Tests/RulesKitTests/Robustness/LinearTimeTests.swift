import XCTest
@testable import RulesKit

/// Inputs within the limits whose cost used to grow with the square of their size. Each runs at the
/// size that took seconds to minutes before; the time is measured in BENCHMARKS.md, not here.
final class LinearTimeTests: XCTestCase {
    func testARecordWithTwoHundredThousandKeys() throws {
        let keys = (0..<200_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let line = #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":8,"# + keys + "}"
        let model = Checker.check(path: "h.rules", text: "regulation \"H\" { effective 2020-01-01 }\nbody b { members 11 }\n").0!
        var log = EventLog(types: model.eventTypes)
        log.read(text: line + "\n" + line.dropLast() + #","k7":1}"#, file: "k.jsonl", format: .jsonLines)
        log.finish()
        XCTAssertEqual(log.events.map(\.id), ["m1"])
        // The second record repeats k7 after 200,005 keys: found through the hash set.
        XCTAssertEqual(log.errors.map { "\($0.source.line) \($0.code) \($0.message.en)" },
                       ["2 R-duplicateKey duplicate key \"k7\" in the same object"])
        // 100 unknown fields are listed with counts; the other 199,900 are counted, not listed.
        XCTAssertEqual(log.unknownFields.count, 100)
        XCTAssertEqual(log.unknownFields.first?.field, "k0")
        XCTAssertEqual(log.unlistedUnknownFields, 199_900)
    }

    func testAWindowOfEightThousandYearsHasNoCalendar() throws {
        let regulation = try Regulation.load(text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 3 }
            article 1 { rule r for b: every year: at least 1 meeting }
            """).get()
        var log = regulation.eventLog()
        log.read(text: """
        {"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}
        {"type":"meeting","id":"m2","date":"9999-12-31","body":"b"}
        """, file: "far.jsonl", format: .jsonLines)
        log.finish()
        let e = regulation.evaluate(log, options: .init(asOf: Day.parse("9999-12-31")!))
        let summary = ReportSummary(e, model: regulation.model, language: .en)
        // 2023-01 to 9999-12: (9999 − 2023) × 12 + 12 = 95,724 months, over the 240 a calendar draws.
        XCTAssertEqual(summary.windowMonths, 95_724)
        XCTAssertEqual(summary.months, [])
        XCTAssertTrue(summary.bodies.allSatisfy { $0.grid.isEmpty })
        // Years 2024…9998 have no meeting: 7,975 violations, each still in every format.
        XCTAssertEqual(e.violations, 7_975)
        let html = HTMLReport(language: .en).render(e, model: regulation.model)
        XCTAssertTrue(html.contains("The window spans 95724 months; the compliance calendar is drawn for at most 240"))
    }

    func testDiffOfTenThousandArticlesPairsEachOnce() throws {
        func text(_ q: Int) -> String {
            "regulation \"R\" { effective 2020-01-01 }\nbody b { members 11 }\n" + (1...10_000).map { i in
                "article \(i) { rule r\(i) for b: each meeting m: m.present >= \(i % 2 == 1 ? q : 2)/4 of members }"
            }.joined(separator: "\n")
        }
        let a = try XCTUnwrap(Checker.check(path: "a.rules", text: text(2)).0)
        let b = try XCTUnwrap(Checker.check(path: "b.rules", text: text(3)).0)
        let pairs = RegulationDiff(a, b).compare()
        // Odd articles: 2/4 against 3/4 of 11 members (6 against 9 present) — B stricter; even: the same.
        XCTAssertEqual(pairs.count, 10_000)
        XCTAssertTrue(pairs.allSatisfy { $0.a?.name == $0.b?.name })
        XCTAssertEqual(pairs.filter { $0.verdict == .bStricter }.count, 5_000)
        XCTAssertEqual(pairs.filter { $0.verdict == .same }.count, 5_000)
    }

    func testDiffPairsByNameThenProvisionThenSubject() throws {
        func model(_ rules: String) throws -> Model {
            let (m, d) = Checker.check(path: "d.rules", text: "regulation \"D\" { effective 2020-01-01 }\nbody b { members 11 }\nbody c { members 5 }\n" + rules)
            return try XCTUnwrap(m, d.map(\.message.en).joined(separator: "; "))
        }
        let a = try model("""
            article 1 { rule x for b: each meeting m: m.present >= 1/2 of members }
            article 2 { rule y for b: every month: at least 1 meeting }
            article 3 { rule z for c: each meeting m: m.present >= 1/2 of members }
            """)
        let b = try model("""
            article 1 { rule x2 for b: each meeting m: m.present >= 1/2 of members }
            article 4 { rule w for c: each meeting m: m.present >= 2/3 of members }
            article 5 { rule y for b: every quarter: at least 1 meeting }
            article 6 { rule v for c: every year: at least 1 meeting }
            """)
        let pairs = RegulationDiff(a, b).compare()
        XCTAssertEqual(pairs.map { "\($0.a?.name ?? "-")~\($0.b?.name ?? "-")" }, ["x~x2", "y~y", "z~w", "-~v"])
    }
}
