import XCTest
@testable import RulesKit

final class FindingTextTests: XCTestCase {
    /// A report in one language writes only that language's sentence: it must be the very sentence
    /// the JSON report gives in that language, for every finding of every example.
    func testTheOneLanguageSentenceIsTheSameAsInBoth() throws {
        var compared = 0
        for (events, e) in try JSONReportTests.exampleEvaluations() {
            for f in e.findings {
                for language in [Language.vi, .en] {
                    let one = f.sentences(in: language), both = f.sentences
                    XCTAssertEqual(one.message, both.message.text(language), "\(events) \(f.rule) \(f.detail)")
                    XCTAssertFalse(one.message.isEmpty, "\(events) \(f.rule)")
                    XCTAssertEqual(one.compared, both.compared)
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)
    }
}
