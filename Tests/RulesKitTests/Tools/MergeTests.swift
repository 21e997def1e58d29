import XCTest
@testable import RulesKit

/// [S-merge] A log split by body, judged in parts and merged, gives the totals of judging it whole.
final class MergeTests: XCTestCase {
    private let chiBo = Fixtures.repositoryFile("Rules/chi-bo.rules")

    /// A bloc small enough for a test: 8 base organisations, 90 cells.
    private func bloc() -> (roster: [String], events: [String]) {
        var example = BlocExample()
        (example.baseOrganisations, example.cells, example.members) = (8, 90, 1_150)
        var roster: [String] = [], events: [String] = []
        example.generate(roster: { roster.append($0) }, events: { events.append($0) })
        return (roster, events)
    }

    private func json(_ rosterLines: [String], _ eventLines: [String]) throws -> String {
        let roster = try RosterReader.read(text: rosterLines.joined(separator: "\n")).get()
        let regulation = try Golden.regulation([SourceFile(path: chiBo.path, text: Fixtures.text(chiBo))]).with(roster: roster)
        var log = regulation.eventLog()
        log.read(text: eventLines.joined(separator: "\n"), file: "events.jsonl")
        log.finish()
        log.check(against: roster)
        XCTAssertEqual(log.errors, [])
        return JSONReport.render(regulation.evaluate(log, options: Evaluator.Options(asOf: Day.parse("2025-01-31")!)))
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// What must be equal: every finding (as status, rule, body, event, period, message), the
    /// tallies, the targets with their per-parent counts, the parents' figures, the counts.
    private func essence(_ o: [String: Any]) -> [String] {
        func lines(_ key: String, _ fields: [String]) -> [String] {
            (o[key] as? [[String: Any]] ?? []).map { f in
                fields.map { k in
                    if let m = f[k] as? [String: Any], let en = m["en"] as? String { return en }
                    return f[k].map(canonical) ?? "-"
                }.joined(separator: " | ")
            }.sorted()
        }
        let finding = ["status", "rule", "body", "event_id", "period", "message", "compared"]
        return lines("findings", finding) + lines("by_parent", finding)
            + lines("tallies", ["rule", "body", "kept", "violation", "pending", "not_judged", "warning", "excused"])
            + lines("targets", ["rule", "period", "bodies_meeting", "bodies", "met", "status", "by_parent"])
            + [o["violations"], o["records"], o["population"]].map { $0.map(canonical) ?? "-" }
    }

    /// The same data gives the same text, whatever order a dictionary keeps its keys in.
    private func canonical(_ v: Any) -> String {
        guard JSONSerialization.isValidJSONObject(v),
              let data = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys]) else { return "\(v)" }
        return String(decoding: data, as: UTF8.self)
    }

    func testTwoHalvesMergedEqualTheWhole() throws {
        let (roster, events) = bloc()
        let whole = try json(roster, events)
        // Split by base organisation, each with its cells: the base organisations are judged too
        // (their yearly duties), so each must be in one part only.
        let rows = roster.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let parents = rows.filter { $0[2] == "dang_bo_co_so" }.map { $0[0] }
        let firstParents = Set(parents.prefix(parents.count / 2))
        let firstHalf = firstParents.union(rows.filter { firstParents.contains($0[3]) }.map { $0[0] })
        func mine(_ line: String, _ inFirst: Bool) -> Bool {
            guard let body = line.range(of: #""body":"([^"]+)""#, options: .regularExpression).map({ String(line[$0].dropFirst(8).dropLast()) })
            else { return false }
            return firstHalf.contains(body) == inFirst
        }
        // A body's rows (its first and any change of members) go with it.
        func rosterPart(_ inFirst: Bool) -> [String] {
            [roster[0]] + roster.dropFirst().filter { firstHalf.contains(String($0.prefix { $0 != "," })) == inFirst }
        }
        let a = try json(rosterPart(true), events.filter { mine($0, true) })
        let b = try json(rosterPart(false), events.filter { mine($0, false) })

        let regulation = try Golden.regulation([SourceFile(path: chiBo.path, text: Fixtures.text(chiBo))])
        let merged = try FindingsMerge(regulation: regulation).merge([("a.json", a), ("b.json", b)]).get()
        let mergedJSON = JSONReport.render(merged.evaluation, recordErrors: merged.recordErrors)
        var wholeObject = try object(whole)
        // The merged population names both rosters; the whole names one.
        XCTAssertEqual((try object(mergedJSON)["population"] as? [String: Any])?["roster"] as? String, "roster.csv + roster.csv")
        wholeObject["population"] = try object(mergedJSON)["population"]
        let (x, y) = (essence(wholeObject), essence(try object(mergedJSON)))
        XCTAssertEqual(x.count, y.count)
        for (l, r) in zip(x, y) where l != r { XCTFail("whole: \(l)\nmerged: \(r)"); break }
        // It was a real test: the bloc has cells on both sides, targets missed, a bloc rate judged.
        XCTAssertTrue(a.contains("\"kind_as_a_whole\": true") || a.contains("\"kind_as_a_whole\":true"))
        // 90 cells less any closed before the year's end, counted from both parts.
        XCTAssertEqual(merged.evaluation.targets.map(\.bodies), (wholeObject["targets"] as? [[String: Any]])?.compactMap { $0["bodies"] as? Int })
        XCTAssertTrue(merged.evaluation.targets.allSatisfy { $0.bodies > 80 })
        XCTAssertTrue(merged.evaluation.targets.allSatisfy { $0.status == .violation })
        XCTAssertEqual(merged.evaluation.findings.filter { $0.rule == "ty_le_tham_gia" }.map(\.status), [.kept])
        // The window and why its ends are there, as the whole run gives them.
        XCTAssertNotNil(wholeObject["window"])
        XCTAssertEqual(try object(mergedJSON)["window"] as? [String: String], wholeObject["window"] as? [String: String])
        // And the merged JSON is a document of the schema.
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/findings.schema.json"))) as? [String: Any])
        XCTAssertEqual(JSONReportTests.validate(try JSONSerialization.jsonObject(with: Data(mergedJSON.utf8)), schema), [])
    }

    func testPartsThatCannotBeAddedUpAreRefused() throws {
        let (roster, events) = bloc()
        let whole = try json(roster, events)
        let regulation = try Golden.regulation([SourceFile(path: chiBo.path, text: Fixtures.text(chiBo))])
        // The same bodies twice would count them twice.
        guard case .failure(let twice) = FindingsMerge(regulation: regulation).merge([("a.json", whole), ("b.json", whole)]) else {
            return XCTFail("a body judged in two parts was merged")
        }
        XCTAssertEqual(twice.file, "b.json")
        XCTAssertTrue(twice.message.en.hasPrefix("the body 'chi-bo-0001' was judged in a.json too"), twice.message.en)
        // Another evaluation date is another question.
        let later = whole.replacingOccurrences(of: "\"as_of\":\"2025-01-31\"", with: "\"as_of\":\"2025-02-28\"")
        XCTAssertTrue(later != whole, "the date was not changed")
        guard case .failure(let dates) = FindingsMerge(regulation: regulation).merge([("a.json", whole), ("b.json", later)]) else {
            return XCTFail("parts of different dates were merged")
        }
        XCTAssertTrue(dates.message.en.hasPrefix("cannot merge: 'as_of' is 2025-02-28, but 2025-01-31 in a.json"), dates.message.en)
        guard case .failure(let notJSON) = FindingsMerge(regulation: regulation).merge([("c.json", "rule x")]) else { return XCTFail() }
        XCTAssertEqual(notJSON.file, "c.json")
        // Each of these is a part whose counts are not a share of the whole's.
        func refusal(_ edited: String) -> String? {
            guard case .failure(let p) = FindingsMerge(regulation: regulation).merge([("d.json", edited)]) else { return nil }
            return p.message.en
        }
        XCTAssertNil(refusal(whole), "the unedited result merges alone")
        XCTAssertEqual(refusal(whole.replacingOccurrences(of: "\"regulation_digest\":\"\(regulation.digest)\"", with: "\"regulation_digest\":\"0\"")),
                       "this part was judged by another text than the .rules files given (its regulation_digest differs)")
        XCTAssertEqual(refusal(whole.replacingOccurrences(of: "\"records\":", with: "\"bodies_selected\":[\"chi-bo-0001\"],\"records\":")),
                       "this part judged only chi-bo-0001 (--body): its counts over a kind are not the kind's; evaluate the part without --body")
        let offRoster = #""record_errors":[{"file":"e.jsonl","line":3,"field":"body","code":"E25","message":{"vi":"x","en":"x"}}]"#
        XCTAssertEqual(refusal(whole.replacingOccurrences(of: #""record_errors":[]"#, with: offRoster)),
                       "this part refused events its roster does not account for (x): split the log and the roster the same way")
        let noRoster = whole.replacingOccurrences(of: #""source":"roster","roster":"roster.csv","#, with: #""source":"log","#)
        guard case .failure(let mixed) = FindingsMerge(regulation: regulation).merge([("a.json", whole), ("b.json", noRoster)]) else {
            return XCTFail("parts with and without a roster were merged")
        }
        XCTAssertTrue(mixed.message.en.hasPrefix("this part and a.json are not both with or both without a roster"), mixed.message.en)
    }
}
