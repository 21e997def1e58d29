import XCTest
@testable import RulesKit

/// Inputs typed by hand or exported from spreadsheets: every one gets a verdict or a clear error.
final class HostileInputTests: XCTestCase {
    private let model: Model = Checker.check(path: "h.rules", text: """
        regulation "H" { effective 2020-01-01 }
        body b { members 11 }
        article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
        """).0!

    private func read(_ text: String, format: EventFileFormat = .jsonLines) -> EventLog {
        var log = EventLog(types: model.eventTypes)
        log.read(text: text, file: "h.jsonl", format: format)
        log.finish()
        return log
    }

    func testReadEvaluatedRejectedAndNotJudgedAddUp() {
        let log = read("""
        {"type":"meeting","id":"m1","date":"2023-01-02","body":"b","present":8}
        {"type":"meeting","id":"m2","date":"2023-01-03","body":"other","present":8}
        [1, 2]
        {"type":"meeting","id":"m3","date":"2023-02-30","body":"b"}
        {"type":"meeting","id":"m4","date":"2025-01-03","body":"b","present":8}
        42
        {"type":"vote","id":"v1","date":"2023-01-02","body":"b","meeting":"m1","for":"nine"}
        """)
        var e = Regulation(model: model).evaluate(log, options: .init(asOf: Day.parse("2024-06-30")!))
        e.recordsRead = log.recordsRead
        e.recordsRejected = log.recordsRejected
        // 7 records: 4 rejected (array, number, impossible date, ill-typed vote); of the 3 valid,
        // m1 is judged, m2's body has no rule and m4 is dated after --as-of.
        XCTAssertEqual([e.recordsRead, e.eventsEvaluated, e.recordsRejected, e.eventsNotJudged], [7, 1, 4, 2])
        XCTAssertEqual(e.recordsRead, e.eventsEvaluated + e.recordsRejected + e.eventsNotJudged)
        XCTAssertEqual(e.accounting.en, "Read 7 records: 1 events evaluated, 4 rejected, 2 not used (no rule for their body, or dated outside the window or after the evaluation date).")
    }

    func testNumbersTooLargeForExactArithmetic() {
        let log = read(#"{"type":"meeting","date":"2023-01-02","body":"b","present":100000000000000000000000000000}"#)
        XCTAssertEqual(log.errors.map { "\($0.field ?? "") \($0.code) \($0.message.en)" },
                       ["present E20 number '100000000000000000000000000000' is too large for exact arithmetic (at most 9223372036854775807)"])
        let (_, d) = Checker.check(path: "x", text: "body b { members 100000000000000000000000000000 }")
        XCTAssertEqual(d.map(\.code), ["W002", "L003"])   // no header: a warning; the number: an error
        // A rational whose product overflows 64 bits is reported, never a trap.
        let (_, d2) = Checker.check(path: "x", text: "regulation \"X\" {}\nbody b\narticle 1 { rule r for b: each meeting m: m.present > 9223372036854775807 * 9223372036854775807 }")
        XCTAssertEqual(d2.map(\.code), ["C028"])
    }

    func testAHundredMegabyteLineIsRejectedAndTheNextLineStillRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-long-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        var data = Data(#"{"type":"meeting","date":"2023-01-02","body":"b","special":""#.utf8)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 100 * 1024 * 1024))
        data.append(Data("\"}\n".utf8))
        data.append(Data((#"{"type":"meeting","id":"ok","date":"2023-01-03","body":"b","present":9}"# + "\n").utf8))
        try data.write(to: url)
        var log = EventLog(types: model.eventTypes)
        XCTAssertNil(log.read(path: url.path))
        log.finish()
        XCTAssertEqual(log.recordsRead, 2)
        XCTAssertEqual(log.errors.map(\.code), ["R-lineTooLong"])
        XCTAssertEqual(log.errors.first?.source.line, 1)
        XCTAssertEqual(log.events.map(\.id), ["ok"])
    }

    func testBOMCRLFAndQuotedNewlinesInCSV() {
        let csv = "\u{FEFF}type,id,date,body,present,special\r\nmeeting,m1,2023-01-02,b,8,\"họp gấp,\r\nvì bão\"\r\nmeeting,m2,2023-01-03,b\r\n"
        let log = read(csv, format: .csv)
        // A line break inside a cell is refused as JSON Lines refuses "\r\n" (event text is one line):
        // the CR follows `meeting,m1,2023-01-02,b,8,"họp gấp,` (35 characters), so column 36. The second
        // data row starts on line 4 (the first spans lines 2–3) and has too few columns: it ends at column 24.
        XCTAssertEqual(log.errors.map { "\($0.source.line):\($0.column ?? 0) \($0.code)" },
                       ["2:36 R-controlCharacter", "4:24 R-wrongFieldCount"])
        XCTAssertTrue(log.events.isEmpty)
    }

    func testDuplicateKeysArraysNumbersAndNulBytes() {
        let log = read("{\"type\":\"meeting\",\"type\":\"vote\",\"date\":\"2023-01-02\",\"body\":\"b\"}\n[]\n7\n{\"type\":\"meeting\u{0}\"}\n")
        XCTAssertEqual(log.errors.map(\.code), ["R-duplicateKey", "R-notAnObject", "R-notAnObject", "R-nulByte"])
        XCTAssertEqual(log.errors.map(\.source.line), [1, 2, 3, 4])
    }

    func testEmptyEventsFile() {
        let log = read("")
        XCTAssertEqual([log.recordsRead, log.events.count, log.errors.count], [0, 0, 0])
        // A named body with no events at all: each month of the year judged is a finding, not a crash.
        let e = Regulation(model: model).evaluate(log, options: .init(asOf: Day.parse("2024-06-30")!))
        // The rule is per meeting: no meeting, nothing to judge — and the rule says so.
        XCTAssertEqual(e.findings.map(\.status), [.notJudged])
        XCTAssertTrue(e.findings[0].message.en.hasPrefix("the rule judged nothing: no event of"), e.findings[0].message.en)
        XCTAssertEqual(e.from, Day.parse("2024-01-01"))
    }

    func testInvalidUTF8InARulesFileIsLocated() {
        let bytes = Array("regulation \"X\" {}\nbody b\u{0}".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        guard case .failure(let f) = SourceLoader.decode(bytes, path: "bad.rules") else { return XCTFail("decoded") }
        XCTAssertEqual(f.message(.en), "bad.rules:2:8: the file is not valid UTF-8 text")
    }
}
