import XCTest
@testable import RulesKit

/// Data that cannot be true is a record error with its file, line and field; a key the type does
/// not have is listed with a suggestion; both record decoders say the same.
final class RecordPlausibilityTests: XCTestCase {
    private func log(_ text: String, format: EventFileFormat = .jsonLines) throws -> EventLog {
        var log = EventLog(types: try Golden.model("pho-hoa.rules").eventTypes)
        log.read(text: text, file: "log", format: format)
        log.finish()
        return log
    }

    private func errors(_ text: String) throws -> [String] {
        try log(text).errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code)" }
    }

    // [S-records]
    func testImpossibleCountsAreRecordErrors() throws {
        XCTAssertEqual(try errors("""
            {"type":"meeting","id":"a","date":"2023-05-09","body":"dang_uy","present":-3}
            {"type":"meeting","id":"b","date":"2023-05-09","body":"dang_uy","present":12,"members":11}
            {"type":"meeting","id":"c","date":"2023-05-09","body":"dang_uy","present":8,"members":0}
            {"type":"vote","id":"d","date":"2023-05-09","body":"dang_uy","for":5,"against":3,"abstain":2,"present":9}
            {"type":"consultation","id":"e","date":"2023-05-09","body":"dang_uy","approve":7,"disapprove":5,"members":11}
            {"type":"meeting","id":"f","date":"2023-05-09","body":"dang_uy","present":11,"members":11,"exempt":0}
            {"type":"vote","id":"g","date":"2023-05-09","body":"dang_uy","for":5,"against":2,"abstain":2,"present":9}
            """), [
            "1 present E22",   // negative
            "2 present E23",   // 12 present of 11 members
            "3 members E22",   // no members
            "4 for E23",       // 5 + 3 + 2 = 10 votes cast by 9 present
            "5 approve E23",   // 7 + 5 = 12 answers from 11 members
        ])
    }

    /// Votes that add up past the largest integer are no count a record can hold, and no crash.
    func testCountsWhoseSumOverflowsAreRecordErrors() throws {
        XCTAssertEqual(try errors("""
            {"type":"vote","id":"d","date":"2023-05-09","body":"dang_uy","for":9223372036854775807,"against":1,"present":9}
            {"type":"consultation","id":"e","date":"2023-05-09","body":"dang_uy","approve":9223372036854775807,"disapprove":9,"members":11}
            """), ["1 for E23", "2 approve E23"])
    }

    func testAQuotedNumberIsAnErrorInJSONButACellInCSV() throws {
        XCTAssertEqual(try errors(#"{"type":"meeting","id":"a","date":"2023-05-09","body":"dang_uy","present":"8"}"#), ["1 present E15"])
        let csv = try log("type,id,date,body,present\nmeeting,a,2023-05-09,dang_uy,8\n", format: .csv)
        XCTAssertEqual(csv.errors, [])
        XCTAssertEqual(csv.events.first?.fields["present"], .number(Rational(8)))
    }

    func testAnUnknownKeyIsListedOnceWithASuggestion() throws {
        let l = try log("""
            {"type":"meeting","id":"a","date":"2023-05-09","body":"dang_uy","presnt":8}
            {"type":"meeting","id":"b","date":"2023-06-09","body":"dang_uy","presnt":9}
            """)
        XCTAssertEqual(l.errors, [])
        XCTAssertEqual(l.events.count, 2)
        XCTAssertEqual(l.unknownFields.map { "\($0.type).\($0.field) \($0.count) \($0.suggestion ?? "-") \($0.first.line)" }, ["meeting.presnt 2 present 1"])
        XCTAssertEqual(l.unknownFields.first?.render(.en),
                       "log:1:65: warning: event type 'meeting' has no field 'presnt': its value is ignored (did you mean 'present'?) — 2 record(s) [W20]")
    }

    func testBothDecodersAgree() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        func read(_ text: String, fast: Bool) -> String {
            var log = EventLog(types: types)
            log.usesFastPath = fast
            log.read(text: text, file: "log")
            log.finish()
            return "\(log.events)\n\(log.errors)\n\(log.unknownFields)"
        }
        let text = """
            {"type":"meeting","id":"a","date":"2023-05-09","body":"dang_uy","present":-3}
            {"type":"meeting","id":"b","date":"2023-05-09","body":"dang_uy","present":12,"members":11}
            {"type":"vote","id":"d","date":"2023-05-09","body":"dang_uy","for":5,"against":3,"abstain":2,"present":9}
            {"type":"meeting","id":"e","date":"2023-05-09","body":"dang_uy","presnt":8}
            {"type":"meeting","id":"f","date":"2023-05-10","body":"dang_uy","present":8,"members":11}
            """
        XCTAssertEqual(read(text, fast: true), read(text, fast: false))
        XCTAssertTrue(read(text, fast: true).contains("E23"))
    }
}
