import XCTest

/// Issue 18, bad input at scale: at most 100 record errors printed, then a count per kind; the
/// JSON lists the first 1,000 and counts the rest by code, so memory for errors is bounded.
final class BoundedErrorsTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RulesCommand.executable.path), "rules executable not built")
    }

    func testPastAThousandErrorsAreCountedByCode() throws {
        // 800 records with a month 13 (E13), then 403 with a negative count (E22), then one good one.
        var lines: [String] = []
        for i in 0..<800 { lines.append(#"{"type":"meeting","id":"a\#(i)","date":"2024-13-01","body":"dang_uy","kind":"regular","present":9}"#) }
        for i in 0..<403 { lines.append(#"{"type":"meeting","id":"b\#(i)","date":"2024-01-05","body":"dang_uy","kind":"regular","present":-1}"#) }
        lines.append(#"{"type":"meeting","id":"ok","date":"2024-01-05","body":"dang_uy","kind":"regular","present":9}"#)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let (status, out, err) = try RulesCommand.run(["evaluate", "Rules/pho-hoa.rules", path, "--skip-invalid", "--format", "json"])
        XCTAssertNotEqual(status, 2, err)
        let doc = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        // The first 1,000 found, in file order: the 800 E13 and 200 of the E22; the other 203 E22 counted.
        let listed = try XCTUnwrap(doc["record_errors"] as? [[String: Any]])
        XCTAssertEqual(listed.count, 1_000)
        XCTAssertEqual(listed.filter { $0["code"] as? String == "E13" }.count, 800)
        XCTAssertEqual(listed.filter { $0["code"] as? String == "E22" }.count, 200)
        let unlisted = try XCTUnwrap(doc["record_errors_unlisted"] as? [[String: Any]])
        XCTAssertEqual(unlisted.count, 1)
        XCTAssertEqual(unlisted.first?["code"] as? String, "E22")
        XCTAssertEqual(unlisted.first?["count"] as? Int, 203)
        // On the terminal: 100 printed (all E13), then the other 1,103 by kind, the larger first:
        // 800 − 100 = 700 E13; 200 + 203 = 403 E22.
        XCTAssertEqual(err.components(separatedBy: "[E13]").count - 1, 100)
        XCTAssertTrue(err.contains("… and 1103 more: 700 × E13 "), err)
        XCTAssertTrue(err.contains("; 403 × E22 "), err)

        // Without --skip-invalid, no verdict; the no-verdict document is bounded the same way.
        let refused = try RulesCommand.run(["evaluate", "Rules/pho-hoa.rules", path, "--format", "json"])
        XCTAssertEqual(refused.0, 2)
        let noVerdict = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(refused.1.utf8)) as? [String: Any])
        XCTAssertEqual(noVerdict["schema"] as? String, "rules-no-verdict/2")
        XCTAssertEqual((noVerdict["record_errors"] as? [Any])?.count, 1_000)
        XCTAssertEqual((noVerdict["record_errors_unlisted"] as? [[String: Any]])?.first?["count"] as? Int, 203)
    }
}
