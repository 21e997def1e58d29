import XCTest
@testable import RulesKit

final class RuleTestsTests: XCTestCase {
    func testEveryTestFileBesideTheRulesPasses() throws {
        let tests = Fixtures.files(in: "Rules", withExtension: "test")
        XCTAssertFalse(tests.isEmpty)
        // Every regulation in Rules/ has its test file.
        let rules = Fixtures.files(in: "Rules", withExtension: "rules").map { $0.deletingPathExtension().lastPathComponent }
        XCTAssertEqual(tests.map { $0.deletingPathExtension().lastPathComponent }, rules)
        for url in tests {
            let file = RuleTestFile(text: Fixtures.text(url), path: url.lastPathComponent)
            XCTAssertEqual(file.errors.map(\.en), [])
            let names = file.rulesFiles.isEmpty ? [url.deletingPathExtension().lastPathComponent + ".rules"] : file.rulesFiles
            let sources = names.map { SourceFile(path: $0, text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)"))) }
            let runner = RuleTestRunner(regulation: try Golden.regulation(sources))
            let outcomes = runner.run(file, path: url.lastPathComponent)
            XCTAssertGreaterThan(outcomes.count, 0)
            for o in outcomes { XCTAssertEqual(o.failures.map(\.en), [], o.name) }
            // Every rule the file's regulation writes is named by at least one case (an amendment's
            // test answers for the rules it writes).
            let own = file.rulesFiles.isEmpty ? nil : SourceFile(path: url.lastPathComponent, text: Fixtures.text(url.deletingPathExtension().appendingPathExtension("rules")))
            XCTAssertEqual(runner.uncovered([file], writtenIn: own).map(\.name), [], url.lastPathComponent)
        }
    }

    func testTableRowsAreTestsAndFailuresShowExpectedAgainstActual() throws {
        let model = try Golden.model("pho-hoa.rules")
        let file = RuleTestFile(text: """
            test "quorum"
            as-of 2024-06-30
            events
              {"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":$present}
            cases present | ty_le_du_hop m
              7 | kept
              8 | kept
            """, path: "t.test")
        let outcomes = RuleTestRunner(model: model).run(file, path: "t.test")
        XCTAssertEqual(outcomes.map(\.name), ["quorum [present=7]", "quorum [present=8]"])
        XCTAssertEqual(outcomes[0].failures.map(\.en), ["ty_le_du_hop m: expected kept, actual violation (present 7 < 2/3 × 11 = 22/3)"])
        XCTAssertEqual(outcomes[1].failures.map(\.en), [])
        XCTAssertEqual(RuleTestRunner(model: model).uncovered([file]).count, model.rules.count - 1)
    }

    func testMalformedTestFilesAreReported() {
        let file = RuleTestFile(text: "events\ntest \"x\"\nwhat is this\ncases a | r m\n  1 2 | kept\n", path: "bad.test")
        // Before any test, the line belongs to no test: the file is unusable.
        XCTAssertEqual(file.errors.map(\.en), ["bad.test:1: expected 'test \"name\"' first"])
        // Inside a test, a line that cannot be read fails that test: it never passes.
        XCTAssertEqual(file.cases.count, 1)
        XCTAssertEqual(file.cases[0].problems.map(\.en), [
            "bad.test:3: cannot read this line: what is this",
            "bad.test:4: column 'a' of 'cases' is never used ('$a') in the events",
            "bad.test:5: the row's columns do not match the 'cases' header: 1 value(s), '|', then 1 status(es) (a | STATUS); several expectations in the header are separated by commas",
        ])
        // A file with no test passes nothing: it is unusable.
        XCTAssertEqual(RuleTestFile(text: "# only a comment\n", path: "empty.test").errors.map(\.en), ["empty.test: the file has no test ('test \"name\"')"])
    }

    /// The example: an `expect` line with a misspelt status printed `ok`.
    func testAnUnreadableExpectLineFailsItsTest() throws {
        let model = try Golden.model("pho-hoa.rules")
        let file = RuleTestFile(text: """
            test "quorum"
            as-of 2024-06-30
            events
              {"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":8}
            expect ty_le_du_hop m kept
            expect ty_le_du_hop m violaton
            """, path: "t.test")
        XCTAssertEqual(file.errors.map(\.en), [])
        let outcomes = RuleTestRunner(model: model).run(file, path: "t.test")
        XCTAssertEqual(outcomes.count, 1)
        XCTAssertEqual(outcomes[0].failures.map(\.en), [
            "t.test:6: 'violaton' is not a status (ty_le_du_hop m); the statuses are violation, excused, warning, not_judged, pending, kept — did you mean 'violation'?",
        ])
    }

    func testUnknownRulesAndEventIdsAreFailuresThatNameThem() throws {
        let model = try Golden.model("pho-hoa.rules")
        let file = RuleTestFile(text: """
            test "names"
            as-of 2024-06-30
            events
              {"type":"meeting","id":"m1","date":"2023-05-09","body":"dang_uy","present":8}
            expect ty_le_du_hopp m1 kept
            expect ty_le_du_hop m2 kept
            expect ty_le_du_hop 2023-05 kept

            test "nothing stated"
            as-of 2024-06-30
            events
              {"type":"meeting","id":"m1","date":"2023-05-09","body":"dang_uy","present":8}
            """, path: "t.test")
        let outcomes = RuleTestRunner(model: model).run(file, path: "t.test")
        XCTAssertEqual(outcomes.map { $0.failures.map(\.en) }, [
            [
                "ty_le_du_hopp m1: no rule is named 'ty_le_du_hopp' — did you mean 'ty_le_du_hop'?",
                "ty_le_du_hop m2: 'm2' is no event id of the test and no period (2023, 2023-05, 2023-Q2 …) — did you mean 'm1'?",
                // A period the per-meeting rule does not judge: a real label, so no finding is what it says.
                "ty_le_du_hop 2023-05: expected kept, actual: the rule made no finding on 2023-05",
            ],
            ["the test states no expected finding ('expect' or 'cases')"],
        ])
    }

    /// `$p` is not the start of `$p2`, and a placeholder no column declares fails the row.
    func testPlaceholdersAreWholeNamesAndUndeclaredOnesFail() throws {
        let model = try Golden.model("pho-hoa.rules")
        let file = RuleTestFile(text: """
            test "quorum"
            as-of 2024-06-30
            events
              {"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":$p2}
              {"type":"meeting","id":"n","date":"2023-06-09","body":"dang_uy","present":$p1}
            cases p p2 | ty_le_du_hop m
              5 8 | kept
            """, path: "t.test")
        let outcomes = RuleTestRunner(model: model).run(file, path: "t.test")
        // m gets 8 (⌈2/3 × 11⌉ = 8 present: kept), not "58"; $p1 is no column.
        // The event line left with "$p1" is then no JSON either, reported at its own line of the file;
        // and column p, never used, would let the row claim a value it never set.
        XCTAssertEqual(outcomes.map { $0.failures.map(\.en) }, [[
            "t.test:6: column 'p' of 'cases' is never used ('$p') in the events",
            "t.test:7: '$p1' is not a column of the 'cases' header (p, p2)",
            "t.test:5:75: error: line is not valid JSON (unexpected character '$') [R-notJSON]",
        ]])
    }
}
