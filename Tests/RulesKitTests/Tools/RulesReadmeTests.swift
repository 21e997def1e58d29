import XCTest
@testable import RulesKit

/// Issue 17: `Rules/README.md` lists every provision of the seeds with a status; the share it
/// claims is recounted here from its rows, and every rule of a base file must be named in a row.
final class RulesReadmeTests: XCTestCase {
    private static let statuses = ["encoded", "encoded, illustrative", "checkable, not encoded", "not checkable", "not a rule"]

    /// (seed, status, the row's last cell) for each row of the seed tables.
    private func rows() -> [(seed: String, status: String, text: String)] {
        var seed = "", out: [(String, String, String)] = []
        for line in Fixtures.text(Fixtures.repositoryFile("Rules/README.md")).split(separator: "\n").map(String.init) {
            if line.hasPrefix("## 00") { seed = String(line.dropFirst(3).prefix(3)) }
            let cells = line.trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: " | ")
            if cells.count >= 3, Self.statuses.contains(cells[1]) { out.append((seed, cells[1], cells[2...].joined(separator: " | "))) }
        }
        return out
    }

    func testAtLeastNinetyPercentOfTheCheckableProvisionsAreEncoded() {
        let rows = rows()
        XCTAssertEqual(Set(rows.map(\.seed)), ["000", "001", "002", "003", "004"])
        let encoded = rows.count { $0.status.hasPrefix("encoded") }
        let checkable = encoded + rows.count { $0.status == "checkable, not encoded" }
        XCTAssertGreaterThanOrEqual(10 * encoded, 9 * checkable, "\(encoded) of \(checkable)")
        // The figure the file states is the one its rows give.
        let text = Fixtures.text(Fixtures.repositoryFile("Rules/README.md"))
        XCTAssertTrue(text.contains("\(encoded) of the \(checkable) checkable provisions are encoded"), "\(encoded) of \(checkable)")
        // A row that says it is not encoded names no rule as its encoding.
        for row in rows where !row.status.hasPrefix("encoded") && row.status != "not a rule" {
            XCTAssertFalse(row.text.hasPrefix("`"), row.text)
        }
    }

    func testEveryRuleOfABaseFileIsNamedInARow() throws {
        let named = rows().filter { $0.status.hasPrefix("encoded") || $0.status == "not a rule" }.map(\.text).joined(separator: "\n")
        for file in ["pho-hoa.rules", "to-cong-tac-06-QC-TU.rules", "huyen-uy.rules", "chi-bo.rules"] {
            for rule in try Golden.model(file).rules.map(\.name) {
                XCTAssertTrue(named.contains("`\(rule)`"), "\(file): \(rule) is in no row of Rules/README.md")
            }
        }
    }
}
