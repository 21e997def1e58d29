import XCTest
@testable import RulesKit

/// The JSON output validates against `docs/findings.schema.json`, and carries every finding.
final class JSONReportTests: XCTestCase {
    /// The subset of JSON Schema the findings schema uses: type, required, properties,
    /// additionalProperties: false, enum, items, pattern.
    static func validate(_ value: Any, _ schema: [String: Any], path: String = "$") -> [String] {
        var problems: [String] = []
        if let type = schema["type"] as? String {
            let ok: Bool = switch type {
            case "object": value is [String: Any]
            case "array": value is [Any]
            case "string": value is String
            // swift-corelibs-foundation gives true/false and numbers alike as NSNumber.
            case "integer": (value as? NSNumber).map { String(cString: $0.objCType) != "c" } ?? false
                && "\(value)".allSatisfy { $0.isNumber || $0 == "-" }
            // Parsed true/false are NSNumbers of ObjC type "c"; numbers are "i", "q" or "d".
            case "boolean": (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
            default: false
            }
            if !ok { return ["\(path): not \(type)"] }
        }
        if let allowed = schema["enum"] as? [String], let s = value as? String, !allowed.contains(s) {
            problems.append("\(path): '\(s)' not in enum")
        }
        if let pattern = schema["pattern"] as? String, let s = value as? String, s.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): '\(s)' does not match \(pattern)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): missing \(key)") }
            for (k, v) in object {
                if let sub = properties[k] {
                    problems += validate(v, sub, path: "\(path).\(k)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected \(k)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, v) in array.enumerated() { problems += validate(v, items, path: "\(path)[\(i)]") }
        }
        return problems
    }

    func testOutputValidatesAgainstTheSchema() throws {
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let json = try JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8))
        let schemaData = try Data(contentsOf: Fixtures.repositoryFile("docs/findings.schema.json"))
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        XCTAssertEqual(Self.validate(json, schema), [])
        // A schema that could not fail would prove nothing: a wrong status must be caught.
        var broken = try XCTUnwrap(json as? [String: Any])
        var findings = try XCTUnwrap(broken["findings"] as? [[String: Any]])
        findings[0]["status"] = "broken"
        broken["findings"] = findings
        XCTAssertEqual(Self.validate(broken, schema), ["$.findings[0].status: 'broken' not in enum"])
    }

    func testEveryFindingIsInTheOutput() throws {
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, e.findings.count)
        let quorum = try XCTUnwrap(findings.first { $0["rule"] as? String == "ty_le_du_hop" && $0["status"] as? String == "violation" })
        XCTAssertEqual(quorum["compared"] as? String, "present 7 < 2/3 × 11 = 22/3")
        XCTAssertEqual(quorum["article"] as? String, "8")
        XCTAssertEqual(quorum["clause"] as? String, "3")
        XCTAssertEqual(quorum["event_id"] as? String, "m05")
        XCTAssertEqual(json["violations"] as? Int, 5)
    }

    /// The quorum breach of meeting m05 as data, not only as a sentence: 11 members, 7 present;
    /// 2/3 × 11 = 22/3 ≈ 7.33, so 7 fails and 8 is the least count that meets it.
    func testAFindingCarriesWhatWasRequiredAndWhatWasFound() throws {
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        let quorum = try XCTUnwrap(findings.first { $0["rule"] as? String == "ty_le_du_hop" && $0["event_id"] as? String == "m05" })
        let detail = try XCTUnwrap(quorum["detail"] as? [String: Any])
        XCTAssertEqual(detail["kind"] as? String, "condition_broken")
        XCTAssertEqual(detail["need"] as? Int, 8)
        let values = try XCTUnwrap(quorum["values"] as? [String: Any])
        let comparison = try XCTUnwrap(values["expression"] as? [String: Any])
        XCTAssertEqual(comparison["kind"] as? String, "comparison")
        // The rule's own comparison, and that it failed (the text shows what was found: `<`).
        XCTAssertEqual(comparison["op"] as? String, ">=")
        XCTAssertEqual((comparison["holds"] as? NSNumber).map { String(cString: $0.objCType) == "c" && $0.boolValue == false }, true)
        let left = try XCTUnwrap(comparison["left"] as? [String: Any]), right = try XCTUnwrap(comparison["right"] as? [String: Any])
        XCTAssertEqual(left["name"] as? String, "present")
        XCTAssertEqual(left["value"] as? String, "7")
        XCTAssertEqual(right["kind"] as? String, "arithmetic")
        XCTAssertEqual(right["value"] as? String, "22/3")
        // A month without the regular meeting: at least 1 required, 0 found.
        let august = try XCTUnwrap(findings.first { $0["rule"] as? String == "hop_thuong_ky" && $0["period"] as? String == "2023-08" })
        let count = try XCTUnwrap(august["detail"] as? [String: Any])
        XCTAssertEqual(count["kind"] as? String, "count_short")
        XCTAssertEqual(count["need"] as? Int, 1)
        XCTAssertEqual(count["found"] as? Int, 0)
        XCTAssertEqual(count["bound"] as? String, "at_least")
    }

    /// Every example, with its amendments and targets, gives a document the schema accepts: the
    /// schema lists every field each kind of detail uses.
    func testEveryExampleValidatesAgainstTheSchema() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/findings.schema.json"))) as? [String: Any])
        var kinds: Set<String> = []
        for (events, e) in try Self.exampleEvaluations() {
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e).utf8)) as? [String: Any])
            XCTAssertEqual(Self.validate(json, schema), [], events)
            for f in json["findings"] as? [[String: Any]] ?? [] { if let k = (f["detail"] as? [String: Any])?["kind"] as? String { kinds.insert(k) } }
        }
        // The examples reach the kinds a supervisor meets most; each was checked against the schema.
        XCTAssertTrue(kinds.isSuperset(of: ["count_short", "count_kept", "condition_broken", "related_late", "related_found",
                                            "partial_period", "target", "judged_nothing", "excused"]), "\(kinds.sorted())")
    }

    /// The shipped examples, with their amendments and targets, evaluated as of 2025-12-31.
    static func exampleEvaluations() throws -> [(events: String, evaluation: Evaluation)] {
        let cases: [([String], String)] = [
            (["chi-bo.rules"], "chi-bo-2023.jsonl"), (["huyen-uy.rules"], "huyen-uy-2023.jsonl"),
            (["to-cong-tac-06-QC-TU.rules"], "to-cong-tac-06-QC-TU-2023.jsonl"), (["pho-hoa.rules"], "pho-hoa-2023.jsonl"),
            (["pho-hoa.rules", "pho-hoa-02-QC-DU.rules", "pho-hoa-03-QC-DU.rules", "pho-hoa-45-TB-DU.rules"], "pho-hoa-2020-2025.jsonl"),
        ]
        return try cases.map { rules, events in
            let regulation = try Golden.regulation(rules.map { SourceFile(path: "Rules/\($0)", text: Fixtures.text(Fixtures.repositoryFile("Rules/\($0)"))) })
            var log = regulation.eventLog()
            _ = log.read(path: Fixtures.repositoryFile("examples/\(events)").path)
            log.finish()
            return (events, regulation.evaluate(log, options: Evaluator.Options(asOf: Day.parse("2025-12-31")!)))
        }
    }

    func testBadRecordsAreInTheJSONToo() throws {
        let error = EventError(source: EventSource(file: "e.jsonl", line: 3), column: 60, field: "present", code: "E20",
                               message: Localized(vi: "cần một số nguyên, có '1,5'", en: "must be an integer, found '1,5'"))
        // With --skip-invalid: in the findings document.
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let unknown = UnknownField(type: "meeting", field: "presnt", first: EventSource(file: "e.jsonl", line: 2), column: 9, count: 4, suggestion: "present")
        // One listed, and 7 more E20 past the first thousand: counted, and valid against the schema.
        let errors = RecordErrors(listed: [error], unlisted: ["E20": 7])
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e, recordErrors: errors, unknownFields: [unknown],
                                                                                                  unlistedUnknownFields: 3).utf8)) as? [String: Any])
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/findings.schema.json"))) as? [String: Any])
        XCTAssertEqual(Self.validate(findings, schema), [])
        let listed = try XCTUnwrap(findings["record_errors"] as? [[String: Any]])
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed.first?["line"] as? Int, 3)
        XCTAssertEqual(listed.first?["field"] as? String, "present")
        let unlisted = try XCTUnwrap(findings["record_errors_unlisted"] as? [[String: Any]])
        XCTAssertEqual(unlisted.first?["code"] as? String, "E20")
        XCTAssertEqual(unlisted.first?["count"] as? Int, 7)
        // Keys their type lacks (W20) are in the document too, not only on stderr.
        let keys = try XCTUnwrap(findings["unknown_fields"] as? [[String: Any]])
        XCTAssertEqual(keys.first?["suggestion"] as? String, "present")
        XCTAssertEqual(keys.first?["records"] as? Int, 4)
        XCTAssertEqual(findings["unknown_fields_unlisted"] as? Int, 3)
        // Without it: the document that says why there is no verdict, with the same list.
        let refusal = try JSONSerialization.jsonObject(with: Data(JSONReport.noVerdict(.same("8 bad records"), recordErrors: errors).utf8))
        let noVerdict = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/no-verdict.schema.json"))) as? [String: Any])
        XCTAssertEqual(Self.validate(refusal, noVerdict), [])
        XCTAssertEqual(((refusal as? [String: Any])?["record_errors"] as? [[String: Any]])?.first?["code"] as? String, "E20")
    }
}

import Foundation
