import XCTest
@testable import RulesKit

final class ReadErrorMessageTests: XCTestCase {
    func testExampleWording() {
        let error = RawReadError(line: 2, column: 1, code: .notAnObject, detail: "array")
        XCTAssertEqual(error.message(vi: false), "line is not a JSON object (found an array)")
        XCTAssertEqual(error.message(vi: true), "dòng không phải là một đối tượng JSON (gặp một mảng)")
    }

    func testDetailsAppearInMessages() {
        let duplicate = RawReadError(line: 1, column: 8, code: .duplicateKey, detail: "a")
        XCTAssertEqual(duplicate.message(vi: false), "duplicate key \"a\" in the same object")
        XCTAssertEqual(duplicate.message(vi: true), "khóa \"a\" bị lặp lại trong cùng một đối tượng")
        let count = RawReadError(line: 3, column: 5, code: .wrongFieldCount, detail: "3/2")
        XCTAssertEqual(count.message(vi: false), "row has 3 fields but the header has 2")
        XCTAssertEqual(count.message(vi: true), "dòng có 3 trường nhưng dòng tiêu đề có 2 cột")
    }

    func testEveryCodeHasDistinctEnglishAndVietnameseMessages() {
        var english = Set<String>()
        var vietnamese = Set<String>()
        for code in RawReadError.Code.allCases {
            let error = RawReadError(line: 1, column: 1, code: code, detail: "D")
            let en = error.message(vi: false)
            let vi = error.message(vi: true)
            XCTAssertFalse(en.isEmpty, "\(code)")
            XCTAssertNotEqual(en, vi, "\(code)")
            english.insert(en)
            vietnamese.insert(vi)
        }
        XCTAssertEqual(english.count, RawReadError.Code.allCases.count)
        XCTAssertEqual(vietnamese.count, RawReadError.Code.allCases.count)
    }
}
