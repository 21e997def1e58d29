import XCTest
@testable import RulesKit

/// `FastRowDecoder` may only ever accept what the general path (`JSONLineScanner` +
/// `EventDecoder`) accepts, as the same event; everything else must fall through to the general
/// path and get the same error. Each test reads the same bytes both ways and compares all of it.
final class FastPathTests: XCTestCase {
    /// How many of these records the fast path stored itself.
    private func decodedFast(_ text: String, types: [String: EventType], csv: Bool = false) -> Int {
        var log = EventLog(types: types)
        log.read(bytes: Array(text.utf8), file: csv ? "log.csv" : "log.jsonl", format: csv ? .csv : .jsonLines)
        return log.recordsDecodedFast
    }

    /// Everything a reader of the log can see, as text: events with every field, errors with
    /// file, line, column, field, code and message, and the counts.
    private func read(_ bytes: [UInt8], types: [String: EventType], fast: Bool, csv: Bool = false) -> String {
        var log = EventLog(types: types)
        log.usesFastPath = fast
        log.read(bytes: bytes, file: csv ? "log.csv" : "log.jsonl", format: csv ? .csv : .jsonLines)
        log.finish()
        let events = log.events.map { e -> String in
            let fields = (types[e.type]?.fieldOrder ?? []).map { "\($0)=\(e.fields[$0].map { "\($0)" } ?? "-")" }
            return "\(e.source.line) \(e.type) \(e.id ?? "-") \(e.date) \(e.body) " + fields.joined(separator: " ")
        }
        let errors = log.errors.map { "\($0.source.line):\($0.column ?? 0) \($0.field ?? "-") \($0.code) \($0.message.en)" }
        // The side table of large numbers too: a record the fast path gives up on leaves nothing in it.
        return (events + errors + ["read \(log.recordsRead) rejected \(log.recordsRejected) big \(log.store.big.count)"]).joined(separator: "\n")
    }

    private func assertSameBothWays(_ text: String, types: [String: EventType], csv: Bool = false, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = Array(text.utf8)
        let general = read(bytes, types: types, fast: false, csv: csv), fast = read(bytes, types: types, fast: true, csv: csv)
        // Byte for byte: Swift's `==` would call a decomposed text equal to its composed form.
        XCTAssertEqual(Array(fast.utf8), Array(general.utf8), "\(fast)\n---\n\(general)", file: file, line: line)
    }

    func testEveryExampleLogReadsTheSameBothWays() throws {
        let pairs = [("pho-hoa.rules", "examples/pho-hoa-2023.jsonl"), ("pho-hoa.rules", "examples/pho-hoa-2020-2025.jsonl"),
                     ("huyen-uy.rules", "examples/huyen-uy-2023.jsonl"), ("chi-bo.rules", "examples/chi-bo-2023.jsonl"),
                     ("to-cong-tac-06-QC-TU.rules", "examples/to-cong-tac-06-QC-TU-2023.jsonl")]
        for (rules, events) in pairs {
            let text = Fixtures.text(Fixtures.repositoryFile(events)), types = try Golden.model(rules).eventTypes
            assertSameBothWays(text, types: types)
            // The comparison means something only if the fast path took some of the records.
            XCTAssertGreaterThan(decodedFast(text, types: types), 0, events)
        }
    }

    /// A CSV record is spelt as JSON for the fast path (`CSVRecordAsJSON`): every example log as
    /// CSV, and cells a spreadsheet writes in other ways, read the same as by the general path.
    func testCSVReadsTheSameBothWays() throws {
        for (rules, events) in [("pho-hoa.rules", "examples/pho-hoa-2023.jsonl"), ("chi-bo.rules", "examples/chi-bo-2023.jsonl"),
                                ("huyen-uy.rules", "examples/huyen-uy-2023.jsonl")] {
            let types = try Golden.model(rules).eventTypes
            let records = Fixtures.text(Fixtures.repositoryFile(events)).split(separator: "\n").map {
                try! XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            let columns = Array(Set(records.flatMap(\.keys))).sorted()
            func cell(_ v: Any?) -> String {
                guard let v else { return "" }
                if let b = v as? Bool, String(cString: (v as! NSNumber).objCType) == "c" { return b ? "true" : "false" }
                let s = "\(v)"
                return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            let csv = ([columns.joined(separator: ",")] + records.map { r in columns.map { cell(r[$0]) }.joined(separator: ",") }).joined(separator: "\n")
            assertSameBothWays(csv, types: types, csv: true)
            XCTAssertGreaterThan(decodedFast(csv, types: types, csv: true), records.count / 2, events)
        }
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let header = "type,id,date,body,kind,present,special,minutes"
        let rows = ["meeting,m1,2023-01-10,dang_uy,regular,9,,true", "meeting,m2,2023-01-10,dang_uy,regular, 9,,", "meeting,m3,2023-01-10,dang_uy,regular,09,,",
                    "meeting,m4,2023-01-10,dang_uy,regular,\"9,5\",,", "meeting,m5,2023-01-10,dang_uy,regular,9,,TRUE", "meeting,m6,2023-01-10,dang_uy,regular,9,\"\",",
                    "meeting,m7,2023-01-10,dang_uy,regular,-0,,", "meeting,m8,2023-01-10,dang_uy,regular,9.50,,", "meeting,m9,2023-01-10,dang_uy,regular,9,12,",
                    "meeting,10,2023-01-10,dang_uy,regular,9,,", "meeting,m11,2023-01-10,dang_uy,regular,9,\"họp \"\"gấp\"\"\",1",
                    "meeting,m12,2023-01-10,dang_uy,regular,1e1,,", "meeting,m1,2023-01-11,dang_uy,regular,9,,", "meeting,m13,10/01/2023,dang_uy,regular,9,,"]
        assertSameBothWays(([header] + rows).joined(separator: "\n"), types: types, csv: true)
        // Records spelt from their bytes: a cell too many or too few, a column the type lacks,
        // a header typed with spaces, semicolons and Windows line ends.
        let odd = ["type,id, date ,body,present,topic", "meeting,m1,2023-01-10,dang_uy,9,", "meeting,m2,2023-01-10,dang_uy,9,,",
                   "meeting,m3,2023-01-10,dang_uy,9", "meeting,m4,2023-01-10,dang_uy,9,budget", ",,,,,", "meeting,m5,2023-01-10,,9,"]
        assertSameBothWays(odd.joined(separator: "\n"), types: types, csv: true)
        assertSameBothWays(odd.map { $0.replacingOccurrences(of: ",", with: ";") }.joined(separator: "\r\n"), types: types, csv: true)
        XCTAssertGreaterThan(decodedFast(odd.joined(separator: "\n"), types: types, csv: true), 0)
    }

    /// Records the fast path must hand over, each next to a valid one, and valid records written
    /// in unusual ways (spacing, key order, escapes, Vietnamese text, fractions, nulls).
    func testUnusualAndBadRecordsReadTheSameBothWays() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let ok = #"{"type":"meeting","id":"m0","date":"2023-01-10","body":"dang_uy","kind":"regular","present":9,"chair":"secretary","agenda_adopted":true}"#
        let variants = [
            #"{"id":"m1","body":"dang_uy","date":"2023-01-11","type":"meeting","kind":"regular","present":9}"#,
            #"  { "type" : "meeting" , "id" : "m2" , "date" : "2023-01-12" , "body" : "dang_uy" , "present" : 9 }  "#,
            #"{"type":"meeting","id":"m\u0033","date":"2023-01-12","body":"dang_uy","present":9}"#,
            #"{"type":"meeting","id":"m4","date":"2023-01-12","body":"đảng_ủy","present":9}"#,
            "{\"type\":\"meeting\",\"id\":\"m5\",\"date\":\"2023-01-12\",\"body\":\"dang_uy\",\"special\":\"ho\u{0323}p ga\u{0302}́p\"}",
            #"{"type":"meeting","id":"m6","date":"2023-01-12","body":"dang_uy","present":9.0}"#,
            #"{"type":"meeting","id":"m7","date":"2023-01-12","body":"dang_uy","present":9.5}"#,
            #"{"type":"meeting","id":"m8","date":"2023-01-12","body":"dang_uy","present":9e0}"#,
            #"{"type":"meeting","id":"m9","date":"2023-01-12","body":"dang_uy","present":"9"}"#,
            #"{"type":"meeting","id":"m10","date":"2023-01-12","body":"dang_uy","present":99999999999999999999}"#,
            #"{"type":"meeting","id":"m11","date":"2023-01-12","body":"dang_uy","present":3000000000}"#,
            #"{"type":"meeting","id":"m12","date":"2023-01-12","body":"dang_uy","present":-0}"#,
            #"{"type":"meeting","id":"m12b","date":"2023-01-12","body":"dang_uy","present":3000000000,"kind":"reguler"}"#,
            #"{"type":"meeting","id":"m12c","date":"2023-01-12","body":"dang_uy","present":3000000000,"kind":"regular","agenda_adopted":1}"#,
            #"{"type":"meeting","id":"m13","date":"2023-01-12","body":"dang_uy","present":null}"#,
            #"{"type":"meeting","id":"m14","date":"2023-01-12","body":"dang_uy","kind":"reguler"}"#,
            #"{"type":"meeting","id":"m15","date":"2023-01-12","body":"dang_uy","agenda_adopted":"true"}"#,
            #"{"type":"meeting","id":"m16","date":"2023-02-30","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m17","time":"2023-01-12T23:30:00Z","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m18","date":"2023-01-12","time":"2023-01-12T08:00","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m19","date":"2023-01-12","body":""}"#,
            #"{"type":"meeting","id":"","date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":null,"date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":20,"date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m0","date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m21","id":"m22","date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m23","date":"2023-01-12","body":"dang_uy","note":{"a":[1,2]}}"#,
            #"{"type":"meetng","id":"m24","date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m25","date":"2023-01-12","body":"dang_uy","start":"7:30","end":"25:00"}"#,
            #"{"type":"meeting","id":"m26","date":"2023-01-12","body":"dang_uy","start":"07:30","end":"10:00"}"#,
            #"{"type":"document","id":"d1","date":"2023-01-09","body":"dang_uy","kind":"draft","meeting":"m0"}"#,
            #"{"type":"document","id":"d2","date":"2023-01-09","body":"dang_uy","kind":"draft","meeting":"nowhere"}"#,
            #"{"type":"document","id":"d3","date":"2023-01-09","body":"dang_uy","kind":"draft","meeting":"d1"}"#,
            #"{"type":"meeting","id":"m27","date":"2023-01-12","body":"dang_uy","present":9,}"#,
            #"{"type":"meeting","id":"m28","date":"2023-01-12","body":"dang_uy","present":09}"#,
            #"{"type":"meeting","id":"m29","date":"2023-01-12","body":"dang_uy"} x"#,
            #"{"type":"meeting","id":"m30","date":"2023-01-12","body":"dang_uy","present":tru}"#,
            "{\"type\":\"meeting\",\"id\":\"m31\",\"date\":\"2023-01-12\",\"body\":\"dang\tuy\"}",
            #"["meeting"]"#,
            #"{}"#,
            "",
            #"{"type":"membership","date":"2023-01-01","body":"dang_uy","members":11}"#,
            // Keys in another order than the record before (the fast path guesses by position),
            // and a key no field has where a field was.
            #"{"type":"meeting","id":"m32","date":"2023-01-12","body":"dang_uy","chair":"secretary","kind":"regular","present":9,"agenda_adopted":true}"#,
            #"{"type":"meeting","id":"m33","date":"2023-01-12","body":"dang_uy","kinds":"x","present":"9","kind":"regular"}"#,
            #"{"date":"2023-01-12","type":"meeting","kind":"extraordinary","body":"dang_uy","id":"m34","present":8}"#,
            // Long texts are scanned eight bytes at a time: what the general path must see, each
            // in a block of eight with no quote in it (a quote makes the scan go byte by byte).
            "{\"type\":\"meeting\",\"id\":\"m35-long-identifier\",\"date\":\"2023-01-12\",\"body\":\"dang_uy\",\"special\":\"hop gap khan cap\tngay dai hon nua\"}",
            "{\"type\":\"meeting\",\"id\":\"m36-long-identifier\",\"date\":\"2023-01-12\",\"body\":\"dang_uy\",\"special\":\"hop gap khan cap nga\u{0300}y ho\u{0323}p dai hon\"}",
            #"{"type":"meeting","id":"m37-long-identifier","date":"2023-01-12","body":"dang_uy","special":"hop gap khan cap \n ngay dai hon nua"}"#,
            #"{"type":"meeting","id":"m38-long-identifier-with-\u0041-and-more","date":"2023-01-12","body":"dang_uy"}"#,
            #"{"type":"meeting","id":"m39-long-identifier","date":"2023-01-12","body":"dang_uy","special":"a string of exactly 24 b"}"#,
            // An id longer than 16 bytes is interned after the rest of its record: seen twice,
            // referred to, and after a field that fails.
            #"{"type":"meeting","id":"m35-long-identifier","date":"2023-01-13","body":"dang_uy"}"#,
            #"{"type":"document","id":"d4-long-identifier","date":"2023-01-09","body":"dang_uy","kind":"draft","meeting":"m39-long-identifier"}"#,
            #"{"type":"meeting","id":"m40-long-identifier","date":"2023-01-12","body":"dang_uy","kind":"reguler"}"#,
            #"{"type":"meeting","id":"m40-long-identifier","date":"2023-01-12","body":"dang_uy","kind":"regular"}"#,
            // Keys of one length ending in one byte are told apart by their bytes: a duplicate
            // after such a pair goes to the general path, the pair alone does not.
            #"{"type":"meeting","id":"m41","date":"2023-01-12","body":"dang_uy","kind":"regular","mind":"x","kind":"special"}"#,
            #"{"type":"meeting","id":"m42","date":"2023-01-12","body":"dang_uy","kind":"regular","mind":"x"}"#,
            // A backslash, not a quote, is the first special byte: the string does not end there
            // (were it to, the rest would read as another field).
            #"{"type":"meeting","id":"m43","date":"2023-01-12","body":"dang_uy","special":"x\,"chair":"secretary"}"#,
        ]
        XCTAssertEqual(decodedFast(ok + "\n", types: types), 1)
        assertSameBothWays(([ok] + variants).joined(separator: "\n") + "\n", types: types)
        // Each variant alone too, so no error hides behind another.
        for v in variants { assertSameBothWays(ok + "\n" + v + "\n", types: types) }
    }

    /// Type and field names longer than the 16 bytes compared as two words, and keys differing
    /// from one only after its 16th byte, are told apart as the general path tells them.
    func testLongTypeAndFieldNamesReadTheSameBothWays() throws {
        let source = """
        regulation "T" { effective 2020-01-01 }
        body b { members 5 }
        event bien_ban_hoi_nghi_mo_rong "Biên bản" { so_dang_vien_tham_du: integer, ghi_chu: text }
        article 1 {
          rule r for b: each bien_ban_hoi_nghi_mo_rong x: x.so_dang_vien_tham_du >= 1
        }
        """
        let (model, diags) = Checker.check(path: "t.rules", text: source)
        let types = try XCTUnwrap(model, diags.map(\.message.en).joined(separator: "; ")).eventTypes
        let text = [
            #"{"type":"bien_ban_hoi_nghi_mo_rong","id":"a","date":"2023-01-10","body":"b","so_dang_vien_tham_du":3,"ghi_chu":"x"}"#,
            #"{"type":"bien_ban_hoi_nghi_mo_rong","id":"b","date":"2023-01-11","body":"b","ghi_chu":"x","so_dang_vien_tham_du":4}"#,
            #"{"type":"bien_ban_hoi_nghi_mo_rong","id":"c","date":"2023-01-12","body":"b","so_dang_vien_tham_dx":"9"}"#,
            #"{"type":"bien_ban_hoi_nghi_mo_rong","id":"d","date":"2023-01-13","body":"b","so_dang_vien_tham_du":"9"}"#,
            #"{"type":"bien_ban_hoi_nghi_mo_rongX","id":"e","date":"2023-01-14","body":"b"}"#,
        ].joined(separator: "\n") + "\n"
        assertSameBothWays(text, types: types)
        // a and b are the fast path's; c (whose misspelt key is no field: listed, with a suggestion),
        // d (a text for a number) and e (a type no one declared) are the general path's.
        XCTAssertEqual(decodedFast(text, types: types), 2)
    }

    /// A text too long to store is a bad record with its field named, not a crash or a cut value.
    func testValueLongerThanTheSymbolLimitIsRejectedWithItsField() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let long = String(repeating: "a", count: SymbolTable.maxLength + 1)
        let text = #"{"type":"meeting","id":"m1","date":"2023-01-10","body":"dang_uy","chair":"\#(long)"}"# + "\n"
        var log = EventLog(types: types)
        log.read(text: text, file: "log.jsonl")
        log.finish()
        XCTAssertEqual(log.errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code)" }, ["1 chair E21"])
        XCTAssertEqual(log.errors.first?.message.en, "the value of 'chair' is longer than 1048575 bytes")
        XCTAssertEqual([log.recordsRead, log.recordsRejected], [1, 1])
        assertSameBothWays(text, types: types)
        // The id too, which the fast path interns last.
        let longId = #"{"type":"meeting","id":"\#(long)","date":"2023-01-10","body":"dang_uy","chair":"secretary"}"# + "\n"
        var idLog = EventLog(types: types)
        idLog.read(text: longId, file: "log.jsonl")
        idLog.finish()
        XCTAssertEqual(idLog.errors.map { "\($0.source.line) \($0.field ?? "-") \($0.code)" }, ["1 id E21"])
        assertSameBothWays(longId, types: types)
    }
}
