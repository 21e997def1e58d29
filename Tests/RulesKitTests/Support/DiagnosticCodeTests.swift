import XCTest
@testable import RulesKit

/// Every code the tool gives is in one table, with its severity and meaning, and documented.
final class DiagnosticCodeTests: XCTestCase {
    func testDocsDiagnosticsIsTheGeneratedTable() {
        XCTAssertEqual(Fixtures.text(Fixtures.repositoryFile("docs/diagnostics.md")), DiagnosticCodesReport.markdown(),
                       "docs/diagnostics.md is stale: run `swift run rules codes --format markdown > docs/diagnostics.md`")
    }

    /// A code in the table that no stage gives would document a problem that cannot happen.
    func testEveryCodeIsGivenSomewhere() throws {
        let root = Fixtures.repositoryFile("Sources")
        var text = ""
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in files where url.pathExtension == "swift" && url.lastPathComponent != "DiagnosticCode.swift" {
            text += Fixtures.text(url)
        }
        let unused = DiagnosticCode.allCases.filter { c in
            !text.contains(".\(c.rawValue),") && !text.contains(".\(c.rawValue))") && !text.contains(".\(c.rawValue) ")
                && !text.contains("[\(c.rawValue)]")
        }
        XCTAssertEqual(unused, [])
    }

    /// A record that cannot be read at all is reported as `R-<code>` (`EventLog`): `rules codes`
    /// explains each of those too, in both languages (found by a new-user trial: it did not).
    func testEveryReadingCodeIsExplained() throws {
        for c in RawReadError.Code.allCases {
            let name = c.diagnosticName
            let (status, out, _) = try RulesCommand.run(["codes", name, "--lang", "en"])
            XCTAssertEqual(status, 0, name)
            XCTAssertTrue(out.hasPrefix("\(name)  error, reading an events file: "), out)
            XCTAssertNotEqual(DiagnosticCodesReport.summary(c, vi: true), DiagnosticCodesReport.summary(c, vi: false), name)
        }
        // Printed as the reader prints it: the code of a line that is not JSON.
        var log = EventLog(types: [:])
        log.read(text: "not json\n", file: "x.jsonl")
        XCTAssertEqual(log.errors.first?.code, "R-notJSON")
    }

    func testSeverityAndWordsInBothLanguages() {
        XCTAssertEqual(DiagnosticCode.W004.severity, .warning)
        XCTAssertEqual(DiagnosticCode.C020.severity, .error)
        for c in DiagnosticCode.allCases {
            XCTAssertFalse(c.summary.vi.isEmpty || c.summary.en.isEmpty || c.summary.vi == c.summary.en, c.rawValue)
        }
        // A checker diagnostic carries the code's severity: a warning stays a warning.
        let (_, ds) = Checker.check(path: "t.rules", text: "body b { members 3 }\nrule r for b: every month: at least 1 meeting\n")
        XCTAssertTrue(ds.contains { $0.id == .W002 && $0.severity == .warning }, "\(ds.map(\.code))")
    }
}
