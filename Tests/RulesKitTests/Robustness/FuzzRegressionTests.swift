import XCTest
@testable import RulesKit

/// Replays every input kept in Fuzz/regressions/ through the fuzzers' own targets: an input that once
/// crashed, or that probes a limit, must never crash again. `rules-*` files go to the language front
/// end, `events-*` to the event readers and the evaluation.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptInputRunsWithoutCrashing() throws {
        let dir = Fixtures.repositoryRoot.appendingPathComponent("Fuzz/regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertGreaterThanOrEqual(names.filter { $0.hasPrefix("rules-") }.count, 1)
        XCTAssertGreaterThanOrEqual(names.filter { $0.hasPrefix("events-") }.count, 1)
        for name in names {
            let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(name)))
            if name.hasPrefix("rules-") {
                FuzzTargets.rules(bytes)
            } else if name.hasPrefix("events-") {
                FuzzTargets.events(bytes)
            } else {
                XCTFail("\(name): a kept input is named rules-… or events-…")
            }
        }
    }
}
