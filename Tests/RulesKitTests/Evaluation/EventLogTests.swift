import XCTest
@testable import RulesKit

/// Every kind of bad record is reported with file, line, field and an exact message.
final class EventLogTests: XCTestCase {
    private func read(_ text: String, format: EventFileFormat = .jsonLines) -> EventLog {
        var log = EventLog(types: Checker.prelude)
        log.read(text: text, file: "log.jsonl", format: format)
        log.finish()
        return log
    }

    private func errors(_ text: String) -> [String] {
        read(text).errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code) \($0.message.en)" }
    }

    func testNotJSON() {
        XCTAssertEqual(read("{\"type\": meeting}\n").errors.map(\.source.line), [1])
        XCTAssertEqual(read("[1,2]\n").errors.first?.message.en, "line is not a JSON object (found an array)")
    }

    func testUnknownType() {
        XCTAssertEqual(errors(#"{"type":"meetng","date":"2023-01-02","body":"b"}"#),
                       ["1 type E11 unknown event type 'meetng' (did you mean 'meeting'?)"])
    }

    func testMissingAndIllTypedFields() {
        XCTAssertEqual(errors(#"{"date":"2023-01-02","body":"b"}"#), ["1 type E10 record has no 'type'"])
        XCTAssertEqual(errors(#"{"type":"meeting","body":"b"}"#), ["1 date E12 record has no 'date' (YYYY-MM-DD) or 'time'"])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02"}"#), ["1 body E14 record has no 'body'"])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02","body":"b","present":"nine"}"#),
                       ["1 present E15 field 'present' must be an integer, found \"nine\""])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02","body":"b","present":7.5}"#),
                       ["1 present E15 field 'present' must be an integer, found 7.5"])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02","body":"b","minutes":"yes"}"#),
                       ["1 minutes E15 field 'minutes' must be true or false, found \"yes\""])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02","body":"b","start":"25:00"}"#),
                       ["1 start E15 field 'start' must be a time (HH:MM), found \"25:00\""])
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-01-02","body":"b","kind":"reguler"}"#),
                       ["1 kind E19 'reguler' is not a listed value of 'kind': regular, extraordinary, thematic, expanded"])
    }

    func testBadDates() {
        XCTAssertEqual(errors(#"{"type":"meeting","date":"2023-02-30","body":"b"}"#),
                       ["1 date E13 '2023-02-30' is not a real date"])
        XCTAssertEqual(errors(#"{"type":"meeting","time":"2023-02-03T25:00","body":"b"}"#),
                       ["1 time E13 '2023-02-03T25:00' is not a valid ISO 8601 time"])
    }

    func testISOTimeIsReadInVietnam() {
        // 20:00 UTC on 2023-03-01 is 03:00 on 2023-03-02 in Vietnam (UTC+7).
        let log = read(#"{"type":"meeting","time":"2023-03-01T20:00:00Z","body":"b"}"# + "\n"
                       + #"{"type":"meeting","time":"2023-03-01T20:00","body":"b"}"#)
        XCTAssertEqual(log.events.map(\.date.description), ["2023-03-02", "2023-03-01"])
    }

    // [S-cut-reference] A reference to an id the log does not have is kept and listed, not an
    // error: a log cut at a date refers to meetings still to come. One to an event of another
    // type is an error: the log itself shows it wrong.
    func testDuplicateIdAndDanglingReference() {
        let text = """
        {"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}
        {"type":"meeting","id":"m1","date":"2023-01-03","body":"b"}
        {"type":"document","id":"d1","date":"2023-01-01","body":"b","kind":"draft","meeting":"m9"}
        {"type":"document","id":"d2","date":"2023-01-01","body":"b","kind":"draft","meeting":"m1"}
        {"type":"document","id":"d3","date":"2023-01-01","body":"b","kind":"draft","meeting":"d2"}
        """
        let log = read(text)
        XCTAssertEqual(log.errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code) \($0.message.en)" }, [
            "2 id E16 id 'm1' already used by the record at log.jsonl:1",
            "5 meeting E17 the id 'd2' belongs to a 'document' event, not a 'meeting'",
        ])
        XCTAssertEqual(log.unresolved.map { "\($0.source.line) \($0.field) \($0.id) \($0.type)" }, ["3 meeting m9 meeting"])
        // The reference to m1 is good even though m1's duplicate was rejected.
        XCTAssertEqual(log.events.compactMap(\.id), ["m1", "d1", "d2"])
    }

    /// A stored row keeps one line number counted across the files read in turn: each record must
    /// still be named by its own file and line, in errors, references and the events given back,
    /// also when a file is read again after another.
    func testEachRecordKeepsItsFileAndLineAcrossFiles() {
        var log = EventLog(types: Checker.prelude)
        log.read(text: """
            {"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}
            {"type":"meeting","id":"m2","date":"2023-01-03","body":"b"}
            [1]
            """, file: "a.jsonl", format: .jsonLines)
        log.read(text: """
            {"type":"document","id":"d1","date":"2023-01-01","body":"b","kind":"draft","meeting":"m9"}
            {"type":"meeting","id":"m1","date":"2023-01-04","body":"b"}
            {"type":"document","id":"d2","date":"2023-01-01","body":"b","kind":"draft","meeting":"m2"}
            """, file: "b.jsonl", format: .jsonLines)
        log.read(text: """
            {"type":"membership","date":"2023-01-01","body":"b","members":9}
            """, file: "a.jsonl", format: .jsonLines)
        log.finish()
        XCTAssertEqual(log.errors.map { "\($0.source.file):\($0.source.line) \($0.message.en)" }, [
            "a.jsonl:3 line is not a JSON object (found an array)",
            "b.jsonl:2 id 'm1' already used by the record at a.jsonl:1",
        ])
        XCTAssertEqual(log.unresolved.map { "\($0.source.file):\($0.source.line) \($0.id)" }, ["b.jsonl:1 m9"])
        // In the order read: the two files, then the first again.
        XCTAssertEqual(log.events.map { "\($0.source.file):\($0.source.line)" }, ["a.jsonl:1", "a.jsonl:2", "b.jsonl:1", "b.jsonl:3", "a.jsonl:1"])
    }

    // [S-cut-reference] A reference to a record that was refused is no event still to come: it
    // says where the record was refused.
    func testAReferenceToARejectedRecordSaysSo() {
        let log = read("""
            {"type":"meeting","id":"m10","date":"2023-10-10","body":"b","kind":"reguler"}
            {"type":"document","id":"d10","date":"2023-10-05","body":"b","kind":"draft","meeting":"m10"}
            {"type":"document","id":"d11","date":"2023-11-05","body":"b","kind":"draft","meeting":"m11"}
            """)
        XCTAssertEqual(log.errors.map(\.code), ["E19"])
        XCTAssertEqual(log.unresolved.map { "\($0.id) \($0.rejected?.line ?? 0)" }, ["m10 1", "m11 0"])
    }

    func testReferencesMayPointForwardInUnsortedInput() {
        let text = """
        {"type":"document","id":"d1","date":"2023-01-01","body":"b","kind":"draft","meeting":"m1"}
        {"type":"meeting","id":"m1","date":"2023-01-05","body":"b"}
        """
        XCTAssertEqual(read(text).errors, [])
    }

    func testEveryRecordIsAcceptedOrRejected() {
        let text = """
        {"type":"meeting","id":"m1","date":"2023-01-02","body":"b"}
        not json
        {"type":"meeting","id":"m2","date":"2023-13-02","body":"b"}

        {"type":"meeting","id":"m3","date":"2023-01-04","body":"b"}
        """
        let log = read(text)
        XCTAssertEqual(log.recordsRead, 4)
        XCTAssertEqual(log.events.count, 2)
        XCTAssertEqual(log.recordsRejected, 2)
        XCTAssertEqual(log.errors.map(\.source.line), [2, 3])
    }

    func testCSVCellsAreReadByDeclaredType() {
        let csv = "type,id,date,body,present,minutes,kind\nmeeting,m1,2023-01-02,b,8,true,regular\nmeeting,m2,2023-01-03,b,x,true,\n"
        let log = read(csv, format: .csv)
        XCTAssertEqual(log.events.first?.fields["present"], .number(Rational(8)))
        XCTAssertEqual(log.events.first?.fields["minutes"], .boolean(true))
        XCTAssertEqual(log.errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code)" }, ["3 present E15"])
    }
}
