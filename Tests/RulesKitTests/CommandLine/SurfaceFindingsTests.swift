import XCTest

/// [S-surfaces] [S-literate]: the Vietnamese form of every regulation in Rules/ (written by
/// `rules fmt --to vi`) and the literate Phổ Hòa regulation give the English file's findings on
/// every example: the Vietnamese forms in JSON and Markdown, the literate one in every format.
final class SurfaceFindingsTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RulesCommand.executable.path), "rules executable not built")
    }

    private let examples = Fixtures.everyExample

    private func evaluate(_ args: [String], _ format: String) throws -> (Int32, String, String) {
        try RulesCommand.run(["evaluate"] + args + ["--as-of", "2026-01-31", "--format", format])
    }

    func testVietnameseFormsGiveTheSameFindings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Each rules file in Vietnamese words, under its own name in another folder.
        var vietnamese: [String: String] = [:]
        for path in Set(examples.flatMap { $0 }.filter { $0.hasSuffix(".rules") }) {
            let (status, text, err) = try RulesCommand.run(["fmt", "--to", "vi", path])
            XCTAssertEqual(status, 0, err)
            XCTAssertTrue(text.contains("quy tắc "), "\(path): not in Vietnamese words")
            let out = dir.appendingPathComponent((path as NSString).lastPathComponent)
            try text.write(to: out, atomically: true, encoding: .utf8)
            vietnamese[path] = out.path
        }
        for args in examples {
            let viArgs = args.map { vietnamese[$0] ?? $0 }
            // JSON is every finding as data; Markdown every sentence a supervisor signs. (The other
            // formats are written from the same findings: `JobsTests` and `StreamedFormatsTests`.)
            for format in ["json", "markdown"] {
                let en = try evaluate(args, format), vi = try evaluate(viArgs, format)
                XCTAssertFalse(en.1.isEmpty, "\(args) \(format)")
                XCTAssertEqual(vi.0, en.0, "\(args) \(format): exit status")
                // The digest is of the English words: byte for byte, digest included.
                XCTAssertTrue(vi.1 == en.1, "\(args) \(format): the Vietnamese form's output differs")
            }
        }
    }

    func testLiteratePhoHoaGivesTheSameFindings() throws {
        for args in examples where args[0] == "Rules/pho-hoa.rules" {
            let literate = [args[0] + ".md"] + args.dropFirst()
            for format in ["json", "text", "markdown", "csv", "html"] {
                let en = try evaluate(args, format), lit = try evaluate(literate, format)
                XCTAssertEqual(lit.0, en.0, "\(args) \(format): exit status")
                // The literate file is another text: only its digest may differ.
                let digest = /"regulation_digest":"[0-9a-f]+"/
                XCTAssertEqual(lit.1.replacing(digest, with: ""), en.1.replacing(digest, with: ""), "\(args) \(format)")
            }
        }
        let tests = try RulesCommand.run(["test", "Rules/pho-hoa.rules.md"])
        XCTAssertEqual(tests.0, 0, tests.1)
        XCTAssertTrue(tests.1.contains(" passed, 0 failed"), tests.1)
    }
}
