import XCTest
@testable import RulesKit

/// Every file in Fixtures/broken is a rules file with mistakes. Its header lines
///
///     # expect: 12:18 C036 unknown field 'presnt' of event type 'meeting'
///
/// list, in order, exactly the diagnostics the checker must give: position, code and English message.
/// The expectations were written from the language's rules, not copied from the program's output.
/// Among them, the comparisons that could never hold [S-never-holds] and the rule whose subject is
/// implied [S-implied-subject].
final class BrokenCorpusTests: XCTestCase {
    struct Expectation: Equatable, CustomStringConvertible {
        var line: Int, column: Int, code: String, message: String
        var description: String { "\(line):\(column) \(code) \(message)" }
    }

    static func expectations(in text: String) -> [Expectation] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# expect: ") else { return nil }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ", maxSplits: 2)
            guard parts.count == 3 else { return nil }
            let pos = parts[0].split(separator: ":")
            return Expectation(line: Int(pos[0]) ?? 0, column: Int(pos[1]) ?? 0, code: String(parts[1]), message: String(parts[2]))
        }
    }

    func testCorpusHasAtLeastFortyFiles() {
        XCTAssertGreaterThanOrEqual(Fixtures.files(in: "Tests/RulesKitTests/Fixtures/broken", withExtension: "rules").count, 40)
    }

    func testEveryBrokenFileGivesExactlyItsExpectedDiagnostics() {
        let files = Fixtures.files(in: "Tests/RulesKitTests/Fixtures/broken", withExtension: "rules")
        for url in files {
            let text = Fixtures.text(url)
            let expected = Self.expectations(in: text)
            XCTAssertFalse(expected.isEmpty, "\(url.lastPathComponent) has no '# expect:' line")
            let (model, diagnostics) = Checker.check(path: url.lastPathComponent, text: text)
            let actual = diagnostics.map {
                Expectation(line: $0.range.start.line, column: $0.range.start.column, code: $0.code, message: $0.message.en)
            }
            XCTAssertEqual(actual, expected, "\(url.lastPathComponent)")
            if expected.contains(where: { $0.code.hasPrefix("C") || $0.code.hasPrefix("P") || $0.code.hasPrefix("L") }) {
                XCTAssertNil(model, "\(url.lastPathComponent): a file with errors must not yield a model")
            }
            // Every message exists in Vietnamese too.
            for d in diagnostics { XCTAssertFalse(d.message.vi.isEmpty) }
        }
    }
}
