import Foundation
import XCTest

/// `docs/semantics.md` and the tests hold each other: every statement's tag is named by a test,
/// and every tag a test names is a statement of the document.
final class SemanticsDocumentTests: XCTestCase {
    private func tags(in text: String, pattern: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
    }

    func testEveryStatementHasATestAndEveryTaggedTestAStatement() throws {
        let doc = Fixtures.text(Fixtures.repositoryFile("docs/semantics.md"))
        let statements = tags(in: doc, pattern: #"\*\*\[(S-[a-z-]+)\]\*\*"#)
        XCTAssertGreaterThan(statements.count, 30)
        // Tests name a tag in a comment `[S-gap]` or in a test name `test_S_gap`.
        var named: Set<String> = []
        let testsRoot = Fixtures.repositoryFile("Tests")
        let files = FileManager.default.enumerator(at: testsRoot, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && $0.lastPathComponent != "SemanticsDocumentTests.swift" }
        for file in files {
            let text = Fixtures.text(file)
            named.formUnion(tags(in: text, pattern: #"\[(S-[a-z-]+)\]"#))
            named.formUnion(tags(in: text, pattern: #"func test_(S_[A-Za-z_]+?)\(\)"#).flatMap { name in
                // test_S_status_kept_S_status_violation names two statements.
                name.components(separatedBy: "_S_").map { part in
                    "S-" + (part.hasPrefix("S_") ? String(part.dropFirst(2)) : part).replacingOccurrences(of: "_", with: "-")
                }
            })
        }
        XCTAssertEqual(statements.subtracting(named).sorted(), [], "statements no test names")
        XCTAssertEqual(named.subtracting(statements).sorted(), [], "tags no statement has")
    }
}
