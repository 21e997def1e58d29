import XCTest
@testable import RulesKit

final class RosterReaderTests: XCTestCase {
    private func read(_ text: String) -> Result<Roster, RosterErrors> { RosterReader.read(text: text, file: "r.csv") }

    func testASpreadsheetRosterWithMembersOverTime() throws {
        // A BOM and ';' as Excel writes them in a Vietnamese locale; a second row gives a change of members.
        let roster = try read("\u{FEFF}id;name;kind;parent;members;members_from;active_from;active_to\n"
            + "dbcs-1;Đảng bộ cơ sở 1;dang_bo_co_so;;;;;\n"
            + "cb-1;Chi bộ 1;chi_bo;dbcs-1;12;;2020-01-01;\n"
            + "cb-1;;;;15;2023-06-01;;\n"
            + "cb-2;Chi bộ 2;chi_bo;dbcs-1;;;;2023-03-31\n").get()
        XCTAssertEqual(roster.bodies.map(\.id), ["dbcs-1", "cb-1", "cb-2"])
        let cb1 = try XCTUnwrap(roster.body("cb-1"))
        XCTAssertEqual(cb1.members.value(on: Day.parse("2023-05-31")!), 12)
        XCTAssertEqual(cb1.members.value(on: Day.parse("2023-06-01")!), 15)
        XCTAssertEqual(roster.ancestors(of: "cb-1"), ["dbcs-1"])
        // On 2023-04-01 cb-2 has closed: the kind's population that day is cb-1 alone.
        XCTAssertEqual(roster.population(of: "chi_bo", on: Day.parse("2023-04-01")!).map(\.id), ["cb-1"])
        XCTAssertEqual(roster.population(of: "chi_bo", on: Day.parse("2023-03-31")!).map(\.id), ["cb-1", "cb-2"])
        XCTAssertEqual(roster.kinds.map(\.bodies), [1, 2])
    }

    func testEveryFaultIsAnErrorWithItsLineAndField() {
        guard case .failure(let found) = read("""
            id,name,kind,parent,members,members_from,active_from,active_to
            cb-1,Chi bộ 1,chi_bo,dbcs-9,mười,,,
            cb-2,Chi bộ 2,chi_bo,,10,,2024-05-01,2024-01-01
            cb-3,,,,,,,
            cb-4,Chi bộ 4,chi_bo,,8,,20/05/2024,
            cb-5,Chi bộ 5,chi_bo,,8,,,
            cb-5,Chi bộ Năm,,,,,,
            cb-5,,,,9,,,
            cb-6,Chi bộ 6,chi_bo,cb-7,,,,
            cb-7,Chi bộ 7,chi_bo,cb-6,,,,
            """) else { return XCTFail("a roster with faults was read") }
        let lines = found.errors.map { "\($0.source.line) \($0.field ?? "") \($0.code)" }
        XCTAssertEqual(lines, ["2 members E24",       // 'mười' is no number
                               "3 active_to E24",     // ends before it starts
                               "4 kind E24",          // a body's first row needs its kind
                               "5 active_from E24",   // not YYYY-MM-DD
                               "7 name E24",          // disagrees with line 6
                               "8 members_from E24",  // a second undated count of members
                               "9 parent E24", "10 parent E24"])  // a loop of parents
        XCTAssertTrue(found.errors[4].message.en.contains("'cb-5' has name 'Chi bộ 5' on line 6"), found.errors[4].message.en)
        // The row of cb-1 names a parent the roster lacks; it was refused for its members, so it is not listed again.
        XCTAssertFalse(found.errors.contains { $0.message.en.contains("dbcs-9") })
    }

    func testAMisspeltColumnIsNamedWithTheNearestOne() {
        guard case .failure(let found) = read("id,name,kind,parnet\ncb-1,Chi bộ,chi_bo,x\n") else { return XCTFail() }
        XCTAssertEqual(found.errors.map(\.field), ["parnet"])
        XCTAssertTrue(found.errors[0].message.en.contains("did you mean 'parent'?"), found.errors[0].message.en)
    }
}
