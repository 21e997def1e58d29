import XCTest
@testable import RulesKit

/// Chains of amending regulations: each error with its diagnostic and position.
final class RegulationChainTests: XCTestCase {
    private let base = """
    regulation "01" { effective 2020-05-08 }
    body b { members 11 }
    article 8 "Hội nghị" {
      clause 3 "Ít nhất 2/3." {
        rule q for b: each meeting m: m.present >= 2/3 of members
      }
    }
    article 9 "Văn bản" { clause 1 "x" { rule w for b: every year: at least 1 document } }
    """

    private func build(_ texts: [(String, String)]) -> ([RegulationChain], [String: [String]]) {
        let (chains, diagnostics) = RegulationChain.build(texts.map { SourceFile(path: $0.0, text: $0.1) })
        var out: [String: [String]] = [:]
        for (file, ds) in diagnostics where !ds.isEmpty {
            out[file.path] = ds.map { "\($0.range.start.line):\($0.range.start.column) \($0.code) \($0.message.en)" }
        }
        return (chains, out)
    }

    func testAmendmentsApplyInOrder() throws {
        let (chains, d) = build([("01.rules", base), ("02.rules", """
        regulation "02" { effective 2021-09-22 amends "01" }
        replace article 8 clause 3 "Ít nhất 3/4." {
          rule q for b: each meeting m: m.present >= 3/4 of members
        }
        repeal article 9
        """)])
        XCTAssertEqual(d, [:])
        let chain = try XCTUnwrap(chains.first)
        XCTAssertEqual(chain.versions.map(\.code), ["01", "02"])
        XCTAssertEqual(chain.version(on: Day.parse("2021-09-21")!)?.code, "01")
        XCTAssertEqual(chain.version(on: Day.parse("2021-09-22")!)?.code, "02")
        XCTAssertEqual(chain.versions[1].model.rules.map(\.name), ["q"])
        XCTAssertEqual(chain.versions[1].model.rules[0].citation.quote, "Ít nhất 3/4.")
        XCTAssertEqual(chain.versions[0].model.rules.map(\.name), ["q", "w"])
    }

    func testAmendingAProvisionThatDoesNotExist() {
        let (_, d) = build([("01.rules", base), ("02.rules", """
        regulation "02" { effective 2021-09-22 amends "01" }
        replace article 8 clause 7 "?" {}
        repeal rule nothing
        add article 8 clause 3 "again" {}
        """)])
        XCTAssertEqual(d["02.rules"], [
            "2:9 C040 the amended text has no Article 8, clause 7",
            "3:13 C040 the amended text has no rule 'nothing'",
            "4:5 C041 Article 8, clause 3 already exists; use 'replace' to change it",
        ])
    }

    func testTwoVersionsOnTheSameDayAndABackdatedAmendment() {
        let (_, d) = build([("01.rules", base),
                            ("02.rules", "regulation \"02\" { effective 2021-09-22 amends \"01\" }\n"),
                            ("03.rules", "regulation \"03\" { effective 2021-09-22 amends \"02\" }\n"),
                            ("00.rules", "regulation \"00\" { effective 2019-01-01 amends \"01\" }\n")])
        XCTAssertEqual(d["03.rules"], ["1:1 C044 takes effect on 2021-09-22, the same day as '02'"])
        XCTAssertEqual(d["00.rules"], ["1:1 C045 takes effect before the text it amends, '01' (2020-05-08)"])
    }

    func testCycleAndUnknownAmendedText() {
        let (chains, d) = build([("a.rules", "regulation \"A\" { effective 2021-01-01 amends \"B\" }\n"),
                                 ("b.rules", "regulation \"B\" { effective 2021-02-01 amends \"A\" }\n"),
                                 ("c.rules", "regulation \"C\" { effective 2021-02-01 amends \"Z\" }\n")])
        XCTAssertEqual(chains.count, 0)
        XCTAssertEqual(d["a.rules"], ["1:12 C043 the amendments of 'A' form a cycle"])
        XCTAssertEqual(d["b.rules"], ["1:12 C043 the amendments of 'B' form a cycle"])
        XCTAssertEqual(d["c.rules"], ["1:12 C042 the amended regulation 'Z' is not among the files given"])
    }

    func testAmendmentWordsOutsideAnAmendingRegulation() {
        let (_, d) = build([("01.rules", base + "\nrepeal article 9\n")])
        XCTAssertEqual(d["01.rules"], ["9:1 C046 replace/add/repeal belong in an amending regulation: give 'amends \"…\"' in its header"])
    }
}
