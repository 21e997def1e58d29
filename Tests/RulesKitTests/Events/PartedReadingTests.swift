import XCTest
@testable import RulesKit

/// [S-jobs]: a JSON Lines file read in parts on several threads gives the log one reader gives —
/// the same events, symbols, bodies, errors, refused records, unknown keys and references, each
/// at its own line —, whether every part is clean or some part has something to say.
final class PartedReadingTests: XCTestCase {
    private var dir: String!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    /// Everything a reader of the log can see, as text.
    private func read(_ path: String, types: [String: EventType], jobs: Int, partBytes: Int) -> (text: String, parted: Bool) {
        var log = EventLog(types: types)
        log.jobs = jobs
        log.partBytes = partBytes
        _ = log.read(path: path)
        log.finish()
        let events = log.events.map { e -> String in
            let fields = (types[e.type]?.fieldOrder ?? []).map { "\($0)=\(e.fields[$0].map { "\($0)" } ?? "-")" }
            return "\(e.source.file):\(e.source.line) \(e.type) \(e.id ?? "-") \(e.date) \(e.body) " + fields.joined(separator: " ")
        }
        let errors = log.errors.map { "\($0.source.line):\($0.column ?? 0) \($0.field ?? "-") \($0.code) \($0.message.en)" }
        let rejected = log.rejected.map { "refused \($0.source.line) \($0.type ?? "-") \($0.body ?? "-") \($0.date.map { "\($0)" } ?? "-")" }
        let unknown = log.unknownFields.map { "unknown \($0.type).\($0.field) \($0.first.line):\($0.column) × \($0.count)" }
        let unresolved = log.unresolved.map { "unresolved \($0.source.line) \($0.field) \($0.id) \($0.rejected.map { "\($0.line)" } ?? "-")" }
        let symbols = (0..<log.store.symbols.count).map { log.store.symbols.string(SymbolTable.Symbol($0)) }
        let counts = "read \(log.recordsRead) rejected \(log.recordsRejected) big \(log.store.big.count) unlisted \(log.unlistedUnknownFields)"
        let text = (events + errors + rejected + unknown + unresolved + ["bodies " + log.store.bodyNames.joined(separator: ","),
                                                                         "symbols " + symbols.joined(separator: ","), counts]).joined(separator: "\n")
        let cut = FileParts.split(path: path, into: jobs, atLeast: partBytes) != nil
        return (text, cut && (!path.hasSuffix(".csv") || log.csvHeaderForParts(path: path) != nil))
    }

    private func assertSameInParts(_ text: String, types: [String: EventType], name: String = "log.jsonl", parted: Bool = true,
                                   file: StaticString = #filePath, line: UInt = #line) throws {
        let path = "\(dir!)/\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let one = read(path, types: types, jobs: 1, partBytes: 1 << 30).text
        // Parts of a few hundred bytes: many parts, each boundary somewhere else in a record.
        for (jobs, bytes) in [(2, text.utf8.count / 2), (3, 200), (7, 97)] {
            let many = read(path, types: types, jobs: jobs, partBytes: bytes)
            XCTAssertEqual(many.parted, parted, "\(jobs) parts of \(bytes) bytes: the file was \(parted ? "not " : "")cut", file: file, line: line)
            // Byte for byte (Swift's `==` would call a decomposed text equal to its composed form);
            // on a difference, the first line that differs.
            let (a, b) = (many.text.split(separator: "\n", omittingEmptySubsequences: false), one.split(separator: "\n", omittingEmptySubsequences: false))
            let k = (0..<min(a.count, b.count)).first { Array(a[$0].utf8) != Array(b[$0].utf8) } ?? min(a.count, b.count)
            XCTAssertTrue(Array(many.text.utf8) == Array(one.utf8),
                          "--jobs \(jobs), parts of \(bytes) bytes, line \(k + 1): \(k < a.count ? a[k] : "(end)") | one reader: \(k < b.count ? b[k] : "(end)")",
                          file: file, line: line)
        }
    }

    func testEveryExampleLogReadsTheSameInParts() throws {
        for (rules, events) in [("pho-hoa.rules", "examples/pho-hoa-2020-2025.jsonl"), ("huyen-uy.rules", "examples/huyen-uy-2023.jsonl"),
                                ("chi-bo.rules", "examples/chi-bo-2024-2025.jsonl")] {
            try assertSameInParts(Fixtures.text(Fixtures.repositoryFile(events)), types: try Golden.model(rules).eventTypes)
        }
    }

    private func meeting(_ id: String, _ body: String, _ day: Int, present: String = "9", extra: String = "") -> String {
        #"{"type":"meeting","id":"\#(id)","date":"2023-01-\#(String(format: "%02d", day))","body":"\#(body)","kind":"regular","present":\#(present)\#(extra)}"#
    }

    /// Bodies met again in later parts, new bodies in later parts, texts not in ASCII, numbers kept
    /// in the side table, and references to ids before, after and nowhere.
    func testCleanPartsTakenInAsOneReaderWouldRead() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        var lines: [String] = []
        for k in 0..<60 {
            let body = ["dang_uy", "chi_bo_\(k % 7)", "đảng_ủy_\(k % 3)"][k % 3]
            lines.append(meeting("m\(k)", body, 1 + k % 28, present: k % 11 == 0 ? "3000000000" : k % 13 == 0 ? "9.5" : "\(5 + k % 9)"))
            if k % 4 == 0 {
                let target = k % 8 == 0 ? "m\(k + 5)" : k % 12 == 0 ? "m\(k - 3)" : "nowhere\(k)"
                lines.append(#"{"type":"document","id":"d\#(k)","date":"2023-01-05","body":"\#(body)","kind":"draft","meeting":"\#(target)"}"#)
            }
        }
        try assertSameInParts(lines.joined(separator: "\n") + "\n", types: types)
        // Windows line ends, and a last line with none.
        try assertSameInParts(lines.joined(separator: "\r\n"), types: types)
    }

    /// A part that a reader has something to say about is read again in place: errors, refused
    /// records, unknown keys and ids met in an earlier part keep their lines and their order.
    func testPartsWithSomethingToSayReadAgainInPlace() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let clean = (0..<40).map { meeting("m\($0)", "dang_uy", 1 + $0 % 28) }
        var bad = clean
        bad[30] = #"{"type":"meeting","id":"x","date":"2023-13-01","body":"dang_uy"}"#
        try assertSameInParts(bad.joined(separator: "\n"), types: types)
        var unknown = clean
        unknown[25] = meeting("u25", "dang_uy", 3, extra: #","topic":"ngân sách""#)
        try assertSameInParts(unknown.joined(separator: "\n"), types: types)
        var again = clean
        again[35] = meeting("m2", "dang_uy", 9)
        try assertSameInParts(again.joined(separator: "\n"), types: types)
        var refusedThenReferred = clean
        refusedThenReferred[5] = #"{"type":"meeting","id":"gone","date":"2023-01-05","body":"dang_uy","present":-1}"#
        refusedThenReferred[33] = #"{"type":"document","id":"d33","date":"2023-01-05","body":"dang_uy","kind":"draft","meeting":"gone"}"#
        try assertSameInParts(refusedThenReferred.joined(separator: "\n"), types: types)
    }

    /// Only the file's first line with content can open pretty-printed JSON, and only the top of
    /// the file has a byte-order mark: a first part of blank lines, or one pretty-printed record.
    func testTheTopOfTheFileIsReadAsTheTop() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let clean = (0..<40).map { meeting("m\($0)", "dang_uy", 1 + $0 % 28) }
        try assertSameInParts(String(repeating: "   \n", count: 200) + "[\n" + clean.joined(separator: "\n"), types: types)
        try assertSameInParts("{\n" + clean.joined(separator: "\n"), types: types)
        try assertSameInParts("\u{FEFF}" + clean.joined(separator: "\n"), types: types)
    }

    /// A CSV file is cut only when no quoted cell can hold a line break (it has no quote) and its
    /// lines end in LF or CRLF; each part after the first is read with the header of the first.
    func testCSVPartsReadAsOneReaderWould() throws {
        let types = try Golden.model("pho-hoa.rules").eventTypes
        let header = "type,id,date,body,kind,present,meeting"
        var rows: [String] = []
        for k in 0..<60 {
            let body = ["dang_uy", "chi_bo_\(k % 7)", "đảng_ủy_\(k % 3)"][k % 3]
            rows.append("meeting,m\(k),2023-01-\(String(format: "%02d", 1 + k % 28)),\(body),regular,\(k % 11 == 0 ? "" : "\(5 + k % 9)"),")
            if k % 4 == 0 { rows.append("document,d\(k),2023-01-05,\(body),draft,,\(k % 8 == 0 ? "m\(k + 5)" : "nowhere\(k)")") }
        }
        try assertSameInParts(([header] + rows).joined(separator: "\n"), types: types, name: "log.csv")
        try assertSameInParts(([header] + rows).joined(separator: "\r\n") + "\r\n", types: types, name: "log.csv")
        try assertSameInParts(([header] + rows).map { $0.replacingOccurrences(of: ",", with: ";") }.joined(separator: "\n"), types: types, name: "log.csv")
        var bad = rows
        bad[40] = "meeting,x,2023-13-01,dang_uy,regular,9,"
        bad[50] = "meeting,m3,2023-01-09,dang_uy,regular,9,"
        bad[55] = "meeting,short,2023-01-09"
        try assertSameInParts(([header] + bad).joined(separator: "\n"), types: types, name: "log.csv")
        // Every row has a column its type lacks: every part has something to say, and is read again.
        try assertSameInParts(([header + ",topic"] + rows.map { $0 + ",x" }).joined(separator: "\n"), types: types, name: "log.csv")
        // Not cut: a quote anywhere, lines ending in CR alone, a header that lacks a column.
        var quoted = rows
        quoted[30] = "meeting,q,2023-01-09,dang_uy,\"regular\",9,"
        try assertSameInParts(([header] + quoted).joined(separator: "\n"), types: types, name: "log.csv", parted: false)
        try assertSameInParts(([header] + rows).joined(separator: "\r"), types: types, name: "log.csv", parted: false)
        try assertSameInParts((["id,date,body,kind,present,meeting"] + rows.map { String($0.drop { $0 != "," }.dropFirst()) }).joined(separator: "\n"),
                              types: types, name: "log.csv", parted: false)
    }
}
