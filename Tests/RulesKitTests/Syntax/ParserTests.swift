import XCTest
@testable import RulesKit

final class ParserTests: XCTestCase {
    func testParsesEveryRuleForm() {
        let src = """
        body b { members 11 }
        article 1 {
          rule f for b: every month: at least 1 meeting where kind == "regular"
          rule g for b: no gap longer than 3 months between meeting
          rule e for b: each meeting m unless m.special: m.present >= 2/3 of members
          rule d for b: each meeting m: document d where d.meeting == m.id at least 2 working days before m
          rule t for b: whenever proposal p where p.supporters > 1/2 of members: meeting after p
          rule v for b: each vote v: adopted requires v.for > 1/2 of v.present when v.category == "personnel" requires v.for >= 2/3 of members
          rule s for b: target 100% keep f every year
          rule p for b: every year: sum(m.present over meeting m) > 95% of sum(members over meeting m)
        }
        """
        let (file, diags) = Parser.parse(src)
        XCTAssertEqual(diags, [])
        guard case .provision(let article) = file.declarations[1] else { return XCTFail("no article") }
        let forms = article.children.compactMap { c -> String? in
            guard case .rule(let r) = c else { return nil }
            switch r.form {
            case .frequency: return "frequency"
            case .gap: return "gap"
            case .each(_, let unless, .condition): return unless == nil ? "each" : "each-unless"
            case .each(_, _, .related(_, let t)):
                if case .atLeastBefore = t.kind { return "deadline" }
                return "related"
            case .each(_, _, .decision(_, let cases)): return "decision/\(cases.count)"
            case .whenever(_, .related(_, let t)):
                if case .after = t.kind { return "trigger" }
                return "whenever"
            case .whenever: return "whenever"
            case .target: return "target"
            case .periodic(_, let c):
                guard case .binary(.greater, let l, _) = c.kind, case .aggregate(.sum, _, let f) = l.kind else { return "periodic?" }
                return "periodic/\(f.type.text)"
            }
        }
        XCTAssertEqual(forms, ["frequency", "gap", "each-unless", "deadline", "trigger", "decision/1", "target", "periodic/meeting"])
    }

    func testPrecedenceOfOfAndComparison() {
        let (file, diags) = Parser.parse("body b\nrule q for b: each meeting m: m.present >= 2/3 of members and true")
        XCTAssertEqual(diags, [])
        guard case .rule(let r) = file.declarations[1], case .each(_, _, .condition(let e)) = r.form,
              case .binary(.and, let lhs, _) = e.kind, case .binary(.greaterOrEqual, _, let rhs) = lhs.kind,
              case .binary(.of, let share, let members) = rhs.kind,
              case .rational(let q) = share.kind, case .name("members") = members.kind
        else { return XCTFail("wrong tree") }
        XCTAssertEqual(q, Rational(2, 3))
    }

    func testNodesCarryTheirSourceRange() {
        let (file, _) = Parser.parse("body b\n\nrule quorum for b:\n  each meeting m: m.present >= 8")
        guard case .rule(let r) = file.declarations[1], case .each(let f, _, .condition(let e)) = r.form else {
            return XCTFail()
        }
        XCTAssertEqual(r.name.range.start.line, 3)
        XCTAssertEqual(r.name.range.start.column, 6)
        XCTAssertEqual(f.type.range.start, SourcePosition(line: 4, column: 8, offset: 34))
        XCTAssertEqual(e.range.start.column, 19)
        XCTAssertEqual(e.range.end.column, 33)
    }

    func testRecoveryReportsEveryErrorInOneRun() {
        let src = """
        body b { members 11 }
        rule a for b: every month: at least meeting
        rule ok for b: every month: at least 1 meeting
        rule c for b: each meeting m: m.present >=
        rule d for b: frobnicate
        """
        let (file, diags) = Parser.parse(src)
        // Each error is on the line that is broken, not on the next declaration.
        XCTAssertEqual(diags.map(\.range.start.line), [2, 4, 5])
        XCTAssertEqual(diags[0].message.en, "expected a name, found end of line")
        XCTAssertEqual(diags[0].range.start.column, 44)
        XCTAssertEqual(diags.map(\.code), ["P001", "P001", "P001"])
        // The good rule between the broken ones survives.
        let names = file.declarations.compactMap { if case .rule(let r) = $0 { r.name.text } else { nil } }
        XCTAssertEqual(names, ["ok"])
    }

    func testDeepNestingIsADiagnosticNotACrash() {
        let deep = "body b\nrule r for b: each meeting m: " + String(repeating: "(", count: 10_000) + "true"
            + String(repeating: ")", count: 10_000)
        let (_, diags) = Parser.parse(deep)
        XCTAssertEqual(diags.map(\.code), ["P004"])
        let nots = "body b\nrule r for b: each meeting m: " + String(repeating: "not ", count: 10_000) + "true"
        XCTAssertEqual(Parser.parse(nots).1.map(\.code), ["P004"])
        let minus = "body b\nrule r for b: each meeting m: m.present > " + String(repeating: "-", count: 10_000) + "1"
        XCTAssertEqual(Parser.parse(minus).1.map(\.code), ["P004"])
        let articles = String(repeating: "article 1 { ", count: 5_000)
        XCTAssertEqual(Parser.parse(articles).1.first?.code, "P004")
    }

    func testArbitraryJunkNeverCrashesOrHangs() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("rule each every { } ( ) [ ] : . , \" # 2/3 80% 2020-01-01 08:00 m.x >= of and not \n \u{0} ủ é")
        for _ in 0..<300 {
            let n = Int.random(in: 0..<400, using: &rng)
            let s = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            _ = Checker.check(path: "junk", text: s)
        }
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
        _ = Checker.check(path: "junk", text: String(decoding: bytes, as: UTF8.self))
    }
}
