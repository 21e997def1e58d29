import XCTest
@testable import RulesKit

/// Holds `Grammar/rules.ebnf` and the parser together.
final class GrammarTests: XCTestCase {
    private var grammar: String { Fixtures.text(Fixtures.repositoryFile("Grammar/rules.ebnf")) }

    /// The grammar's rules, with comments (and so the examples) removed.
    private var productions: String {
        var s = grammar
        while let open = s.range(of: "(*"), let close = s.range(of: "*)", range: open.upperBound..<s.endIndex) {
            s.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return s
    }

    private var quotedWords: Set<String> {
        let regex = try! NSRegularExpression(pattern: "\"([A-Za-z][A-Za-z_-]*)\"")
        let p = productions
        return Set(regex.matches(in: p, range: NSRange(p.startIndex..., in: p)).map { String(p[Range($0.range(at: 1), in: p)!]) })
    }

    func testEveryKeywordIsInTheGrammarAndNothingElse() {
        let parserWords = Set(Keyword.allCases.map(\.rawValue)).union(Lexer.durationWords.keys).union(["working"])
        let vietnamese = Set(VietnameseWords.keywords.map(\.vietnamese))
        XCTAssertEqual(quotedWords.subtracting(parserWords).subtracting(vietnamese).sorted(), [], "in the grammar but unknown to the parser")
        XCTAssertEqual(parserWords.subtracting(quotedWords).sorted(), [], "known to the parser but missing from the grammar")
    }

    /// The grammar's Vietnamese table is the one the lexer reads, pair for pair and in order.
    func testTheVietnameseTableIsTheParsers() {
        let regex = try! NSRegularExpression(pattern: #"^vi-keyword\s*= "([^"]+)" ;\s*\(\* (.+?) \*\)$"#, options: .anchorsMatchLines)
        let g = grammar
        let pairs = regex.matches(in: g, range: NSRange(g.startIndex..., in: g)).map {
            "\(g[Range($0.range(at: 2), in: g)!]) = \(g[Range($0.range(at: 1), in: g)!])"
        }
        XCTAssertEqual(pairs, VietnameseWords.keywords.map { "\($0.english) = \($0.vietnamese)" })
    }

    func testEveryExampleInTheGrammarParsesAndChecks() {
        let parts = grammar.components(separatedBy: "(* example:").dropFirst()
        XCTAssertGreaterThanOrEqual(parts.count, 2)
        for part in parts {
            let example = part.components(separatedBy: "*)")[0]
            let (_, diagnostics) = Checker.check(path: "example", text: example)
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map { "\($0.range.start.line): \($0.message.en)" }, [])
        }
    }
}

import Foundation
