import XCTest

/// [S-jobs]: bodies judged on several threads give the output of one thread, byte for byte, in
/// every format: on every shipped example and on a generated log of a thousand cells.
final class JobsTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RulesCommand.executable.path), "rules executable not built")
    }

    private func assertSameForEveryJobs(_ args: [String], formats: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for format in formats {
            let one = try RulesCommand.run(["evaluate"] + args + ["--format", format, "--jobs", "1"])
            XCTAssertFalse(one.1.isEmpty, "\(args) \(format): no output", file: file, line: line)
            // Three threads on two cores: blocks finish out of order, and are still taken in order.
            for jobs in ["3"] {
                let many = try RulesCommand.run(["evaluate"] + args + ["--format", format, "--jobs", jobs])
                XCTAssertEqual(many.0, one.0, "\(args) \(format) --jobs \(jobs): exit status", file: file, line: line)
                XCTAssertTrue(many.1 == one.1, "\(args) \(format) --jobs \(jobs): output differs from --jobs 1", file: file, line: line)
                XCTAssertEqual(many.2, one.2, "\(args) \(format) --jobs \(jobs): stderr", file: file, line: line)
            }
        }
    }

    func testEveryExampleInEveryFormat() throws {
        let all = ["text", "json", "csv", "markdown", "html"]
        for c in Fixtures.everyExample { try assertSameForEveryJobs(c + ["--as-of", "2026-01-31"], formats: all) }
    }

    func testAThousandCells() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(try RulesCommand.run(["example", "bloc", "--out", dir]).0, 0)
        try assertSameForEveryJobs(["Rules/chi-bo.rules", "\(dir)/events.jsonl", "--roster", "\(dir)/roster.csv", "--as-of", "2025-01-31"],
                                   formats: ["text", "json"])
    }
}
