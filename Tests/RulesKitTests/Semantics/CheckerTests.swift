import XCTest
@testable import RulesKit

final class CheckerTests: XCTestCase {
    private func check(_ s: String) -> (Model?, [Diagnostic]) { Checker.check(path: "t.rules", text: s) }

    private let header = "regulation \"X\" { effective 2020-01-01 term 2020-01-01 to 2025-12-31 }\nbody dang_uy { members 11 }\n"

    func testPreludeParsesCleanly() {
        XCTAssertEqual(Parser.parse(Prelude.source).1, [])
        XCTAssertEqual(Checker.prelude["meeting"]?.fieldType("present"), .integer)
        XCTAssertEqual(Checker.prelude.keys.sorted(),
                       ["consultation", "document", "meeting", "membership", "proposal", "report", "visit", "vote"])
    }

    func testUnknownFieldSuggestsTheClosestName() {
        let (_, d) = check(header + "article 1 { rule q for dang_uy: each meeting m: m.presnt >= 8 }")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d[0].message.en, "unknown field 'presnt' of event type 'meeting'")
        XCTAssertEqual(d[0].hint?.en, "did you mean 'present'?")
        XCTAssertEqual(d[0].range.start.line, 3)
        XCTAssertEqual(d[0].range.start.column, 51)
        XCTAssertEqual(d[0].range.end.column, 57)
    }

    func testDateComparedWithIntegerIsATypeError() {
        let (_, d) = check(header + "article 1 { rule q for dang_uy: each meeting m: m.date > 5 }")
        XCTAssertEqual(d.map(\.code), ["C029"])
        XCTAssertEqual(d[0].message.en, "cannot apply '>' to date and number")
        XCTAssertEqual(d[0].message.vi, "không thể dùng '>' giữa ngày và số")
    }

    func testThresholdOutsideZeroToOne() {
        let (_, d) = check(header + "article 1 { rule q for dang_uy: each meeting m: m.present >= 3/2 of members }")
        XCTAssertEqual(d.map(\.code), ["C019"])
        XCTAssertEqual(d[0].message.en, "threshold 3/2 is outside 0…1")
    }

    func testRuleWithoutArticleIsAWarningAndStillYieldsAModel() {
        let (model, d) = check(header + "rule q for dang_uy: each meeting m: m.present >= 8")
        XCTAssertEqual(d.map(\.code), ["W001"])
        XCTAssertEqual(d[0].severity, .warning)
        XCTAssertEqual(model?.rules.count, 1)
    }

    func testModelResolvesQuorumExactly() throws {
        let (model, d) = check(header + """
        article 8 "Chế độ hội nghị" {
          clause 3 "Ít nhất 2/3 tổng số Đảng ủy viên tham gia." {
            rule quorum for dang_uy: each meeting m: m.present >= 2/3 of members
          }
        }
        """)
        XCTAssertEqual(d, [])
        let rule = try XCTUnwrap(model?.rules.first)
        XCTAssertEqual(rule.citation.text(.vi), "Điều 8, khoản 3")
        XCTAssertEqual(rule.citation.quote, "Ít nhất 2/3 tổng số Đảng ủy viên tham gia.")
        guard case .each(let f, nil, .condition(let e)) = rule.form,
              case .binary(.greaterOrEqual, let lhs, let rhs) = e.kind,
              case .field(0, "present") = lhs.kind,
              case .binary(.of, let share, let members) = rhs.kind,
              case .constant(.number(let q)) = share.kind,
              case .members(slot: 0) = members.kind
        else { return XCTFail("unexpected model \(rule.form)") }
        XCTAssertEqual(f.type, "meeting")
        XCTAssertEqual(q, Rational(2, 3))
    }

    func testMemberCountsChangeOverTime() throws {
        let (model, d) = check("regulation \"X\" {}\nbody b { members 10 from 2023-06-01\n members 11 }")
        XCTAssertEqual(d, [])
        let b = try XCTUnwrap(model?.bodies["b"])
        XCTAssertEqual(b.members.value(on: Day(year: 2023, month: 5, day: 31)!), 11)
        XCTAssertEqual(b.members.value(on: Day(year: 2023, month: 6, day: 1)!), 10)
    }

    func testKindsMatchBodyIdsByPattern() throws {
        let (model, _) = check("regulation \"X\" {}\nkind chi_bo { bodies \"chi-bo-*\" }\nkind to")
        XCTAssertTrue(try XCTUnwrap(model?.bodies["chi_bo"]).matches("chi-bo-07"))
        XCTAssertFalse(try XCTUnwrap(model?.bodies["chi_bo"]).matches("dang-uy"))
        XCTAssertTrue(try XCTUnwrap(model?.bodies["to"]).matches("to_cong_tac_1"))
    }

    func testPluralEventTypeAndBareFieldsInFilters() {
        let (model, d) = check(header + "article 1 { rule y for dang_uy: every year: at least 12 meetings where kind == \"regular\" }")
        XCTAssertEqual(d, [])
        guard case .frequency(.year, let c)? = model?.rules.first?.form else { return XCTFail() }
        XCTAssertEqual(c.count, 12)
        XCTAssertEqual(c.filter.type, "meeting")
    }

    func testDeclaredEventTypesAreTyped() {
        let src = header + """
        event fee { amount: integer, quarter: text }
        article 1 { rule f for dang_uy: each fee x: x.amount > "nhiều" }
        """
        XCTAssertEqual(check(src).1.map(\.code), ["C029"])
    }

    func testBinderMustAnchorTheTiming() {
        let (_, d) = check(header + "article 1 { rule d for dang_uy: each meeting: document at least 2 days before m }")
        XCTAssertEqual(d.map(\.code), ["C015"])
        XCTAssertEqual(d[0].hint?.en, "name the event, e.g. 'each meeting m', then write 'before m'")
    }

    func testEveryDiagnosticHasBothLanguages() {
        let (_, d) = check("rule x: every fortnight: at least 1 meetng\nbody a\nbody a")
        XCTAssertFalse(d.isEmpty)
        for x in d {
            XCTAssertFalse(x.message.vi.isEmpty)
            XCTAssertFalse(x.message.en.isEmpty)
            XCTAssertNotEqual(x.message.vi, x.message.en)
        }
    }
}
