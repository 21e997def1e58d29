import XCTest
@testable import RulesKit

final class FormatterTests: XCTestCase {
    private func tokens(_ s: String) -> [TokenKind] {
        var l = Lexer(s)
        return l.tokenize().map(\.kind)
    }

    private func comments(_ s: String) -> [String] {
        var l = Lexer(s)
        _ = l.tokenize()
        return l.comments.map(\.text)
    }

    func testEveryRulesFileIsAlreadyCanonicalIdempotentAndUnchangedInMeaning() throws {
        for url in Fixtures.files(in: "Rules", withExtension: "rules") {
            let text = Fixtures.text(url)
            let once = try XCTUnwrap(Formatter.format(text), url.lastPathComponent)
            XCTAssertEqual(once, text, "\(url.lastPathComponent) is not in the canonical layout: run rules fmt")
            XCTAssertEqual(Formatter.format(once), once)
        }
    }

    func testLayoutIsCanonicalAndKeepsTokensAndComments() throws {
        let messy = """
        regulation "X"{effective 2020-01-01}   # header
        body b {members 11}


        article 8 "Hội nghị" {
        clause 3 "2/3" {
              rule q for b :  each meeting m:
        m.present>=2/3 of members   # quorum
           and m.present > -1
        }
        }
        """
        let formatted = try XCTUnwrap(Formatter.format(messy))
        XCTAssertEqual(formatted, """
        regulation "X" { effective 2020-01-01 }  # header
        body b { members 11 }

        article 8 "Hội nghị" {
          clause 3 "2/3" {
            rule q for b: each meeting m:
              m.present >= 2/3 of members  # quorum
                and m.present > -1
          }
        }

        """)
        XCTAssertEqual(Formatter.format(formatted), formatted)
        XCTAssertEqual(tokens(formatted), tokens(messy))
        XCTAssertEqual(comments(formatted), comments(messy))
        let (a, _) = Checker.check(path: "a", text: messy), (b, _) = Checker.check(path: "b", text: formatted)
        XCTAssertEqual(a?.rules.map(\.name), b?.rules.map(\.name))
    }

    // A minus after a field name subtracts, even when the name is also a word of the language
    // (`date`, `end`); after an operator or `of` it is a sign.
    func testMinusAfterAFieldSubtracts() throws {
        let text = """
            regulation "X" { effective 2020-01-01 }
            body b { members 5 }
            article 1 {
              rule r for b: each meeting m: m.end-m.start >= 2 hours and m.date-7 days < m.date and m.present > -1 and m.present >= 1/2 of -1
            }
            """
        let formatted = try XCTUnwrap(Formatter.format(text))
        XCTAssertTrue(formatted.contains("m.end - m.start >= 2 hours and m.date - 7 days < m.date and m.present > -1 and m.present >= 1/2 of -1"),
                      formatted)
    }

    func testABrokenFileIsNotFormatted() {
        XCTAssertNil(Formatter.format("rule q for: each"))
    }

    /// Generated files: whatever the spacing and comments, formatting keeps every token and every
    /// comment byte, and a second pass changes nothing.
    func testGeneratedFilesKeepEveryTokenAndComment() throws {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["rule q for b:", "each meeting m:", "m.present >= 2/3 of members", "and m.minutes == true",
                      "# ghi chú: đủ 2/3 { } ( )", "article 1 {", "}", "clause 2 \"Văn bản # không phải chú thích\" {", "}"]
        for _ in 0..<200 {
            var text = "regulation \"R\" { effective 2020-01-01 }\nbody b { members 11 }\n"
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                let p = pieces.randomElement(using: &rng)!
                text += String(repeating: " ", count: Int.random(in: 0...5, using: &rng)) + p
                text += Bool.random(using: &rng) ? "  # c\(Int.random(in: 0...9, using: &rng))\n" : "\n"
            }
            guard let once = Formatter.format(text) else { continue }
            XCTAssertEqual(tokens(once), tokens(text), text)
            XCTAssertEqual(comments(once), comments(text), text)
            XCTAssertEqual(Formatter.format(once), once, text)
        }
    }
}
