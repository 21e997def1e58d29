import XCTest
@testable import RulesKit

/// CSV as spreadsheets save it: another separator, day-first dates, TRUE/FALSE, spaces in the
/// header, old Mac line ends, and a header that lacks a column the records need.
final class SpreadsheetCSVTests: XCTestCase {
    private let model: Model = Checker.check(path: "h.rules", text: """
        regulation "H" { effective 2020-01-01 }
        body b { members 11 }
        article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
        """).0!

    private func read(_ text: String, delimiter: UInt8? = nil, dayFirst: Bool = false) -> EventLog {
        var log = EventLog(types: model.eventTypes)
        log.csvDelimiter = delimiter
        log.dayFirstDates = dayFirst
        log.read(text: text, file: "s.csv", format: .csv)
        log.finish()
        return log
    }

    func testTheSeparatorIsTheOneTheHeaderUses() {
        for separator in [",", ";", "\t"] {
            let log = read(["type", "id", "date", "body", "present"].joined(separator: separator) + "\n"
                           + ["meeting", "m1", "2023-01-02", "b", "8"].joined(separator: separator) + "\n")
            XCTAssertEqual(log.errors.map(\.message.en), [], separator)
            XCTAssertEqual(log.events.first?.fields["present"], .number(Rational(8)), separator)
        }
        // Commas inside a `;` file are text, and a quoted `;` is too.
        let log = read("type;id;date;body;special\nmeeting;m1;2023-01-02;b;\"họp gấp; vì bão, lũ\"\n")
        XCTAssertEqual(log.events.first?.fields["special"], .text("họp gấp; vì bão, lũ"))
        // Given explicitly, the separator is not guessed: a `;` header read with `,` is one column.
        let given = read("type;id;date;body\nmeeting;m1;2023-01-02;b\n", delimiter: UInt8(ascii: ","))
        XCTAssertEqual(given.errors.map(\.code), ["E22"])
    }

    func testAHeaderThatLacksAColumnIsOneError() {
        // A `;` file read as `,`: one column named "type;id;date;body"; three rows, one error about the header.
        let log = read("type;id;date;body\nmeeting;m1;2023-01-02;b\nmeeting;m2;2023-01-03;b\nmeeting;m3;2023-01-04;b\n",
                       delimiter: UInt8(ascii: ","))
        XCTAssertEqual(log.errors.map { "\($0.source.line) \($0.code) \($0.message.en)" }, [
            "1 E22 the header has no 'type' column (columns: type;id;date;body); is another separator used? give --delimiter: 3 row(s) not read",
        ])
        XCTAssertEqual([log.recordsRead, log.recordsRejected], [3, 3])
        let noBody = read("type,id,date\nmeeting,m1,2023-01-02\n")
        XCTAssertEqual(noBody.errors.map(\.message.en), ["the header has no 'body' column (columns: type, id, date): 1 row(s) not read"])
    }

    func testHeaderNamesAreTrimmedAndBooleansAsSpreadsheetsWriteThem() {
        let log = read(" type , id ,date, body ,present,minutes\nmeeting,m1,2023-01-02,b,8,TRUE\nmeeting,m2,2023-01-03,b,8,0\nmeeting,m3,2023-01-04,b,8,False\n")
        XCTAssertEqual(log.errors.map(\.message.en), [])
        XCTAssertEqual(log.events.map { $0.fields["minutes"] }, [.boolean(true), .boolean(false), .boolean(false)])
    }

    func testDayFirstDatesOnlyWhenAskedAndTheMessageNamesTheOption() {
        let text = "type,id,date,body\nmeeting,m1,20/05/2024,b\n"
        XCTAssertEqual(read(text).errors.map(\.message.en),
                       ["'20/05/2024' is not a date YYYY-MM-DD; if it is day/month/year, give --date-format dmy"])
        let log = read(text, dayFirst: true)
        XCTAssertEqual(log.errors, [])
        XCTAssertEqual(log.events.first?.date, Day.parse("2024-05-20"))
        // Day first is day first: 05/01/2023 is 5 January; 31/02/2023 is no day at all.
        XCTAssertEqual(Day.parseDayFirst("05/01/2023"), Day.parse("2023-01-05"))
        XCTAssertEqual(Day.parseDayFirst("5.1.2023"), Day.parse("2023-01-05"))
        XCTAssertNil(Day.parseDayFirst("31/02/2023"))
        XCTAssertNil(Day.parseDayFirst("2023/01/05"))
    }

    func testADateOfTheRightShapeButNoRealDaySaysSo() {
        // June has 30 days; 2023 has no 13th month and February no 30th.
        XCTAssertEqual(read("type,id,date,body\nmeeting,m1,31/06/2024,b\n", dayFirst: true).errors.map(\.message.en),
                       ["'31/06/2024' is not a real date"])
        XCTAssertEqual(read("type,id,date,body\nmeeting,m1,2023-02-30,b\n").errors.map(\.message.en),
                       ["'2023-02-30' is not a real date"])
        XCTAssertEqual(read("type,id,date,body\nmeeting,m1,May 5,b\n").errors.map(\.message.en),
                       ["'May 5' is not a valid date (YYYY-MM-DD)"])
    }

    func testOldMacLineEnds() {
        let log = read("type,id,date,body,present\rmeeting,m1,2023-01-02,b,8\rmeeting,m2,2023-01-03,b,9\r")
        XCTAssertEqual(log.errors.map(\.message.en), [])
        XCTAssertEqual(log.events.map(\.id), ["m1", "m2"])
        XCTAssertEqual(log.events.map(\.source.line), [2, 3])
    }

    /// examples/pho-hoa-2023-excel.csv is the Phổ Hòa 2023 log as a Vietnamese spreadsheet saves it
    /// (`;`, a byte-order mark, CRLF, 05/01/2023, TRUE): read with `--date-format dmy` it gives the same
    /// findings as the JSON Lines log, whose every finding PhoHoaGoldenTests works out by hand.
    func testTheSpreadsheetExampleGivesTheSameFindingsAsTheJSONLinesLog() throws {
        let (_, jsonLog, fromJSON) = try Golden.evaluate("pho-hoa.rules", "pho-hoa-2023.jsonl", asOf: "2024-06-30")
        let url = Fixtures.repositoryFile("Rules/pho-hoa.rules")
        let regulation = try Golden.regulation([SourceFile(path: url.path, text: Fixtures.text(url))])
        var log = regulation.eventLog()
        log.dayFirstDates = true
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/pho-hoa-2023-excel.csv").path))
        log.finish()
        XCTAssertEqual(log.errors, [])
        XCTAssertEqual([log.recordsRead, log.store.count], [jsonLog.recordsRead, jsonLog.store.count])
        let fromCSV = regulation.evaluate(log, options: .init(asOf: Day.parse("2024-06-30")!))
        XCTAssertEqual(fromCSV.findings.map(Golden.line), fromJSON.findings.map(Golden.line))
        XCTAssertEqual(fromCSV.violations, 5)
    }
}
