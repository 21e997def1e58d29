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
            // swift-corelibs-foundation gives true/false as Bool and numbers as NSNumber.
            case "integer": Swift.type(of: value) != Bool.self && value is NSNumber
                && "\(value)".allSatisfy { $0.isNumber || $0 == "-" }
            case "boolean": Swift.type(of: value) == Bool.self
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

    func testBadRecordsAreInTheJSONToo() throws {
        let error = EventError(source: EventSource(file: "e.jsonl", line: 3), column: 60, field: "present", code: "E20",
                               message: Localized(vi: "cần một số nguyên, có '1,5'", en: "must be an integer, found '1,5'"))
        // With --skip-invalid: in the findings document.
        let (_, _, e) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let unknown = UnknownField(type: "meeting", field: "presnt", first: EventSource(file: "e.jsonl", line: 2), column: 9, count: 4, suggestion: "present")
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReport.render(e, recordErrors: [error], unknownFields: [unknown],
                                                                                                  unlistedUnknownFields: 3).utf8)) as? [String: Any])
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/findings.schema.json"))) as? [String: Any])
        XCTAssertEqual(Self.validate(findings, schema), [])
        let listed = try XCTUnwrap(findings["record_errors"] as? [[String: Any]])
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed.first?["line"] as? Int, 3)
        XCTAssertEqual(listed.first?["field"] as? String, "present")
        // Keys their type lacks (W20) are in the document too, not only on stderr.
        let keys = try XCTUnwrap(findings["unknown_fields"] as? [[String: Any]])
        XCTAssertEqual(keys.first?["suggestion"] as? String, "present")
        XCTAssertEqual(keys.first?["records"] as? Int, 4)
        XCTAssertEqual(findings["unknown_fields_unlisted"] as? Int, 3)
        // Without it: the document that says why there is no verdict, with the same list.
        let refusal = try JSONSerialization.jsonObject(with: Data(JSONReport.noVerdict(.same("1 bad record"), recordErrors: [error]).utf8))
        let noVerdict = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.repositoryFile("docs/no-verdict.schema.json"))) as? [String: Any])
        XCTAssertEqual(Self.validate(refusal, noVerdict), [])
        XCTAssertEqual(((refusal as? [String: Any])?["record_errors"] as? [[String: Any]])?.first?["code"] as? String, "E20")
    }
}

import Foundation
