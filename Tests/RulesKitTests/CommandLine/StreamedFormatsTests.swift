import XCTest
@testable import RulesKit

/// JSON, JSON Lines and CSV as `rules evaluate` writes them, body by body: the same document as
/// the whole evaluation's, kept checks listed only with `--kept`, and JSON Lines that `merge` reads.
final class StreamedFormatsTests: XCTestCase {
    private let args = ["evaluate", "Rules/chi-bo.rules", "examples/chi-bo-2023.jsonl", "--as-of", "2024-06-30"]

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: RulesCommand.executable.path), "rules executable not built")
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testJSONIsTheWholeEvaluationsDocumentAndValidates() throws {
        let (status, out, _) = try RulesCommand.run(args + ["--format", "json"])
        XCTAssertEqual(status, 1)
        // The library's evaluation of the same input, rendered at once.
        let (_, _, e) = try Golden.evaluate("chi-bo.rules", "chi-bo-2023.jsonl", asOf: "2024-06-30", listKept: false)
        // Its records are named by absolute path; the command's by the path it was given.
        let whole = JSONReport.render(e).replacingOccurrences(of: Fixtures.repositoryRoot.path + "/", with: "")
        XCTAssertTrue(out == whole, "the streamed document differs from the whole evaluation's")
        let json = try object(out)
        let schema = try object(Fixtures.text(Fixtures.repositoryFile("docs/findings.schema.json")))
        XCTAssertEqual(JSONReportTests.validate(json, schema), [])
        XCTAssertEqual(json["kept_listed"] as? Bool, false)
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        XCTAssertFalse(findings.contains { $0["status"] as? String == "kept" })
        XCTAssertTrue(findings.contains { $0["status"] as? String == "violation" })
    }

    func testKeptChecksAreListedOnlyWhenAsked() throws {
        let json = try object(try RulesCommand.run(args + ["--format", "json", "--kept"]).1)
        XCTAssertEqual(json["kept_listed"] as? Bool, true)
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        let tallies = try XCTUnwrap(json["tallies"] as? [[String: Any]])
        // Every kept check counted is listed, once.
        let keptCounted = tallies.reduce(0) { $0 + ($1["kept"] as? Int ?? 0) }
        XCTAssertGreaterThan(keptCounted, 100)
        XCTAssertEqual(findings.count { $0["status"] as? String == "kept" }, keptCounted)
        // Without --kept the same tallies, and only the other findings.
        let plain = try object(try RulesCommand.run(args + ["--format", "json"]).1)
        XCTAssertEqual((plain["tallies"] as? [[String: Any]])?.count, tallies.count)
        XCTAssertEqual((plain["findings"] as? [[String: Any]])?.count, findings.count - keptCounted)
        // CSV: a row per finding listed, under its header.
        let csv = try RulesCommand.run(args + ["--format", "csv", "--kept"]).1
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, findings.count + 1)
        // The reports for reading count kept checks and never list them: asked for, they say so.
        let text = try RulesCommand.run(args + ["--kept"])
        XCTAssertTrue(text.2.contains("--kept lists the checks kept in json, jsonl and csv only; the text report counts them"), text.2)
        XCTAssertEqual(text.1, try RulesCommand.run(args).1)
        let csvPlain = try RulesCommand.run(args + ["--format", "csv"]).1
        XCTAssertEqual(csvPlain.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, findings.count - keptCounted + 1)
    }

    func testJSONLinesAreTheJSONDocumentLineByLineAndMerge() throws {
        let json = try RulesCommand.run(args + ["--format", "json"]).1
        let (status, lines, _) = try RulesCommand.run(args + ["--format", "jsonl"])
        XCTAssertEqual(status, 1)
        let rows = lines.split(separator: "\n")
        XCTAssertEqual(rows.first, #"{"schema":"rules-findings-lines/1","document_schema":"rules-findings/8"}"#)
        XCTAssertTrue(rows.last?.hasPrefix(#"{"summary":{"regulation":"13-CTr/ĐUK""#) ?? false)
        // Every line is a JSON object; the findings' lines are the JSON document's findings.
        for r in rows { XCTAssertNoThrow(try object(String(r))) }
        let findings = try XCTUnwrap(try object(json)["findings"] as? [[String: Any]])
        XCTAssertEqual(rows.count, findings.count + 2)
        XCTAssertEqual(FindingsMerge.Part.documentFromLines(lines).map { $0 + "\n" }, json)
        // `merge` reads either form to the same result; a JSON Lines file cut short is refused.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let jsonPath = dir.appendingPathComponent("part.json").path, linesPath = dir.appendingPathComponent("part.jsonl").path
        let cutPath = dir.appendingPathComponent("cut.jsonl").path
        try json.write(toFile: jsonPath, atomically: true, encoding: .utf8)
        try lines.write(toFile: linesPath, atomically: true, encoding: .utf8)
        try rows.dropLast().joined(separator: "\n").write(toFile: cutPath, atomically: true, encoding: .utf8)
        let fromJSON = try RulesCommand.run(["merge", "Rules/chi-bo.rules", jsonPath])
        let fromLines = try RulesCommand.run(["merge", "Rules/chi-bo.rules", linesPath])
        XCTAssertEqual(fromJSON.0, 1)
        XCTAssertEqual(fromLines.0, fromJSON.0)
        XCTAssertEqual(fromLines.1, fromJSON.1)
        let cut = try RulesCommand.run(["merge", "Rules/chi-bo.rules", cutPath])
        XCTAssertEqual(cut.0, 2)
        XCTAssertTrue(cut.2.contains("without its last line, the summary"), cut.2)
        // A part whose findings are not those its tallies count: lines lost, repeated, or kept
        // checks listed in one part only.
        let violation = try XCTUnwrap(rows.firstIndex { $0.contains(#""status":"violation""#) })
        for (name, lines) in [("lost", rows.enumerated().filter { $0.offset != violation }.map(\.element)),
                              ("repeated", Array(rows[...violation]) + [rows[violation]] + Array(rows[(violation + 1)...]))] {
            let path = dir.appendingPathComponent("\(name).jsonl").path
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let (status, _, err) = try RulesCommand.run(["merge", "Rules/chi-bo.rules", path])
            XCTAssertEqual(status, 2, name)
            XCTAssertTrue(err.contains("its findings do not match its own tallies"), "\(name): \(err)")
        }
        let keptPath = dir.appendingPathComponent("kept.json").path
        try RulesCommand.run(args + ["--format", "json", "--kept"]).1.write(toFile: keptPath, atomically: true, encoding: .utf8)
        XCTAssertEqual(try RulesCommand.run(["merge", "Rules/chi-bo.rules", keptPath]).0, 1)
        let mixed = try RulesCommand.run(["merge", "Rules/chi-bo.rules", keptPath, linesPath])
        XCTAssertEqual(mixed.0, 2)
        XCTAssertTrue(mixed.2.contains("differ in --kept"), mixed.2)
    }

    /// Input that leaves no verdict still gives a pipeline a JSON document, as bad records do.
    func testAnEmptyLogGivesANoVerdictDocument() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-empty.jsonl").path
        try "".write(toFile: empty, atomically: true, encoding: .utf8)
        for format in ["json", "jsonl"] {
            let (status, out, err) = try RulesCommand.run(["evaluate", "Rules/chi-bo.rules", empty, "--format", format])
            XCTAssertEqual(status, 2)
            XCTAssertTrue(err.contains("the log has no events"), err)
            let doc = try object(out)
            XCTAssertEqual(doc["schema"] as? String, "rules-no-verdict/2")
            XCTAssertEqual((doc["reason"] as? [String: Any])?["en"] as? String, String(err.dropLast()))
        }
    }

    func testMarkdownAndHTMLAreTheWholeEvaluationsReports() throws {
        for (format, listKept) in [("markdown", false), ("html", true)] {
            let (status, out, _) = try RulesCommand.run(args + ["--format", format, "--lang", "en"])
            XCTAssertEqual(status, 1)
            let (model, _, e) = try Golden.evaluate("chi-bo.rules", "chi-bo-2023.jsonl", asOf: "2024-06-30", listKept: listKept)
            let whole = (format == "markdown" ? MarkdownReport(language: .en).render(e, model: model) : HTMLReport(language: .en).render(e, model: model))
                .replacingOccurrences(of: Fixtures.repositoryRoot.path + "/", with: "")
            XCTAssertTrue(out == whole, "\(format): the streamed report differs from the whole evaluation's")
            XCTAssertTrue(out.contains("chi-bo-"), format)
        }
        // A body's count in the HTML says "violations" for more than one.
        let html = try RulesCommand.run(args + ["--format", "html", "--lang", "en"]).1
        XCTAssertNotNil(html.range(of: #"<small>\([2-9][0-9]* violations\)</small>"#, options: .regularExpression))
        XCTAssertNil(html.range(of: #"<small>\([2-9][0-9]* violation\)</small>"#, options: .regularExpression))
    }

    /// A rule without a label is named by its name alone in the Markdown conclusion.
    func testAnUnlabelledRuleIsNamedByItsName() throws {
        let rules = """
            regulation "Q" { effective 2023-01-01 }
            body dang_uy { members 11 }
            article 1 { rule q for dang_uy: each meeting m: m.present >= 2/3 of members }
            """
        let events = #"{"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":7}"#
        let e = try Golden.evaluate(rules: rules, events: events, asOf: "2023-12-31")
        let md = MarkdownReport(language: .en).render(e, model: try Golden.regulation([SourceFile(path: "q.rules", text: rules)]).model)
        XCTAssertTrue(md.contains("- **Article 1** — `q`: 1 violation(s)"), md)
        XCTAssertFalse(md.contains("— (`q`)"), md)
    }

    /// HTML draws the worst bodies' calendars; streamed, only theirs are kept, chosen as the bodies
    /// come: with 5 drawn of the 32 cells, the page is the one drawn from every finding.
    func testHTMLKeepsOnlyTheCalendarsItDraws() throws {
        let (model, _, e) = try Golden.evaluate("chi-bo.rules", "chi-bo-2023.jsonl", asOf: "2024-06-30")
        let report = HTMLReport(language: .en, maxCalendars: 5)
        let calendar = ReportSummary.Calendar(from: e.from, to: e.to, asOf: e.asOf)
        let lines = Dictionary(grouping: e.findings, by: \.body).compactMap { calendar.line(body: $0.key, $0.value, language: .en) }
        XCTAssertGreaterThan(lines.count, 20)
        let summary = ReportSummary(e, model: model, language: .en, drawn: ReportSummary.worst(lines, 5))
        XCTAssertGreaterThan(summary.bodies[0].broken, summary.bodies[5].broken)
        XCTAssertEqual(report.opening(e, model: model, summary: summary) + report.rows(e.findings) + HTMLReport.closing,
                       report.render(e, model: model))
    }
}
