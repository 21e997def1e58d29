import XCTest
@testable import RulesKit

/// Messages say what happened: an overflow is not missing data, a date past the calendar is not
/// its last day, a bad number says what is wrong with it.
final class TruthfulMessagesTests: XCTestCase {
    private func evaluate(_ rules: String, _ events: String, asOf: String) throws -> Evaluation {
        let regulation = try Regulation.load(text: rules).get()
        var log = regulation.eventLog()
        log.read(text: events, file: "e.jsonl", format: .jsonLines)
        log.finish()
        XCTAssertEqual(log.errors.map(\.message.en), [])
        return regulation.evaluate(log, options: .init(asOf: Day.parse(asOf)!))
    }

    func testAnOverflowIsNotMissingData() throws {
        // 2/3 × 9223372036854775807 has no exact 64-bit value; the record has every field the rule reads.
        let e = try evaluate("""
            regulation "X" { effective 2020-01-01 }
            body b { members 9223372036854775807 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """, #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":8}"#, asOf: "2023-12-31")
        let f = try XCTUnwrap(e.findings.first { $0.rule == "q" && $0.status == .warning })
        XCTAssertEqual(f.message.en, "cannot decide: a value of rule 'q' is too large to compute exactly (a number past 64 bits, or a date outside years 1–9999)")
        XCTAssertEqual(f.compared, "present 8 ≥ 2/3 × 9223372036854775807 = (—)")
        // Without the field, it is missing data.
        let missing = try evaluate("""
            regulation "X" { effective 2020-01-01 }
            body b { members 11 }
            article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
            """, #"{"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}"#, asOf: "2023-12-31")
        XCTAssertEqual(missing.findings.first { $0.rule == "q" }?.message.en, "cannot decide: the record has no 'present', which rule 'q' needs")
    }

    func testADeadlinePastTheCalendarIsNotItsLastDay() throws {
        // 9999-12-30 is a Thursday: 5 working days later does not exist in years 1–9999.
        let e = try evaluate("""
            regulation "X" { effective 2020-01-01 }
            body b { members 3 }
            article 1 { rule r for b: each meeting m: report r within 5 working days after m }
            article 2 { rule s for b: each meeting m: document d where d.meeting == m.id at least 1000000000000000000 days before m }
            article 3 { rule t for b: each meeting m: m.date + 5 days <= 9999-12-31 }
            """, #"{"type":"meeting","id":"m1","date":"9999-12-30","body":"b"}"#, asOf: "9999-12-31")
        func message(_ rule: String) -> String? { e.findings.first { $0.rule == rule }?.message.en }
        XCTAssertEqual(message("r"), "cannot decide: 5 working days after 9999-12-30 is outside years 1–9999, the calendar's range")
        XCTAssertEqual(message("s"), "cannot decide: 1000000000000000000 days before 9999-12-30 is outside years 1–9999, the calendar's range")
        XCTAssertEqual(message("t"), "cannot decide: a value of rule 't' is too large to compute exactly (a number past 64 bits, or a date outside years 1–9999)")
        // Each check is a warning, and each rule then says it judged nothing.
        XCTAssertEqual(e.findings.map { "\($0.rule) \($0.status)" },
                       ["r warning", "s warning", "t warning", "r notJudged", "s notJudged", "t notJudged"])
    }

    /// The messages for meetings whose `present` (an integer field) is written as each of `values`.
    private func presentErrors(_ values: [String]) -> [String] {
        let model = Checker.check(path: "h.rules", text: "regulation \"H\" { effective 2020-01-01 }\nbody b { members 11 }\n").0!
        var log = EventLog(types: model.eventTypes)
        log.read(text: values.enumerated().map { i, v in
            #"{"type":"meeting","id":"m\#(i)","date":"2023-01-02","body":"b","present":\#(v)}"#
        }.joined(separator: "\n"), file: "n.jsonl", format: .jsonLines)
        log.finish()
        return log.errors.map(\.message.en)
    }

    func testNumbersSayWhatIsWrongWithThem() {
        XCTAssertEqual(presentErrors([#""٩""#, "0.0000000000000000001", "1e3", "12345678901234567890123", #""1,5""#]), [
            "'٩': U+0669 is not a decimal digit 0–9",
            "must be an integer, found '0.0000000000000000001'",
            "number '1e3' uses an exponent, which is not supported: write it out in full",
            "number '12345678901234567890123' is too large for exact arithmetic (at most 9223372036854775807)",
            "must be an integer, found '1,5' (a decimal comma)",
        ])
        // Zeros that end a fraction are not digits of precision.
        XCTAssertEqual(Rational.parseDecimal("2.500000000000000000000"), Rational(5, 2))
    }

    func testNumbersInARulesFileSayTheSame() {
        let (_, d) = Checker.check(path: "x.rules", text: """
            regulation "X" { effective 2020-01-01 }
            body b { members 3 }
            article 1 { rule q for b: each meeting m: m.present >= 0.0000000000000000001 of members }
            article 2 { rule r for b: each meeting m: m.present >= 33.3333333333333333333% of members }
            """)
        // One error each: the `%` after a number that could not be read is not a second one.
        XCTAssertEqual(d.map { "\($0.code) \($0.message.en)" }, [
            "L003 number '0.0000000000000000001' has 19 decimal places; at most 18 are read exactly",
            "L003 number '33.3333333333333333333' has 19 decimal places; at most 18 are read exactly",
        ])
    }

    func testHintsForNumbersAreOnesThatWork() {
        XCTAssertEqual(presentErrors([#""1,5""#, #""1,500""#, "0.5", #""08""#]), [
            "must be an integer, found '1,5' (a decimal comma)",
            "number '1,500' has a comma: write 1.500 for a decimal, 1500 for thousands",
            "field 'present' must be an integer, found 0.5",
            "'present' must be a value, not the text \"08\": write 8 without quotes",
        ])
    }

    func testAnExponentInARulesFileIsNamed() {
        let (_, d) = Checker.check(path: "x.rules", text: "regulation \"X\" { effective 2020-01-01 }\nbody b { members 3 }\narticle 1 { rule q for b: each meeting m: m.present >= 1e9% of members }\n")
        XCTAssertEqual(d.map { "\($0.code) \($0.message.en)" }, ["L011 '1e9%': exponents are not supported; write the number out in full"])
    }

    func testAPrettyPrintedJSONFileIsRecognisedOnce() {
        for (text, convert) in [("[\n  {\n    \"type\": \"meeting\"\n  }\n]\n", "jq -c '.[]'"), ("\u{FEFF}{\n  \"type\": \"meeting\"\n}\n", "jq -c .")] {
            let results = RawTest.json(text)
            XCTAssertEqual(results.count, 1)
            XCTAssertEqual(results.first?.error, RawReadError(line: 1, column: 1, code: .prettyPrinted, detail: convert))
            XCTAssertTrue(results.first?.error?.message(vi: false).contains("each line must be one object; convert it, e.g. \(convert) file.json") == true)
        }
        // A one-line array is an ordinary bad line, and the next line is still read.
        XCTAssertEqual(RawTest.json("[1]\n{\"a\":1}\n").map { $0.error?.code }, [.notAnObject, nil])
    }

    func testProvisionsNestedTooDeeplyAreNotCalledAnExpression() {
        let text = "regulation \"X\" { effective 2020-01-01 }\n" + String(repeating: "article 1 { ", count: 300) + String(repeating: "}", count: 300) + "\n"
        let (_, d) = Checker.check(path: "x.rules", text: text)
        XCTAssertEqual(d.filter { $0.code == "P004" }.map(\.message.en), ["articles, clauses and points nested too deeply (at most 200 levels)"])
    }
}
