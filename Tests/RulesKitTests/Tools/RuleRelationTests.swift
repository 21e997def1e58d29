import XCTest
@testable import RulesKit

/// `rules diff` says *same* only when proven, *A stricter* only when every violation B finds A
/// finds too. Each row's relation is worked out from the two rules' meaning, by hand.
final class RuleRelationTests: XCTestCase {
    struct Row {
        var a: String
        var b: String
        var expected: RegulationDiff.Verdict
        var line: UInt
        init(_ a: String, _ b: String, _ expected: RegulationDiff.Verdict, line: UInt = #line) {
            (self.a, self.b, self.expected, self.line) = (a, b, expected, line)
        }
    }

    static let header = """
    regulation "R" { effective 2023-01-01 }
    body b { members 11 }
    kind cells { bodies "cb-*" }

    """

    static func model(_ rule: String, extra: String = "") throws -> Model {
        let text = header + "article 1 {\n  \(extra)\n  rule r \(rule.hasPrefix("for ") ? "" : "for b: ")\(rule)\n}\n"
        let (m, d) = Checker.check(path: "r.rules", text: text)
        return try XCTUnwrap(m, d.map { "\($0.code) \($0.message.en)" }.joined(separator: "; ") + "\n" + text)
    }

    static let rows: [Row] = [
        // Every month has at least 1, so every year has at least 12; a year of 12 may leave a month empty.
        Row("every month: at least 1 meeting", "every year: at least 12 meetings", .aStricter),
        // Counted from 1 January: to 31 March is a part of to 15 December, so fewer reports are found by it.
        Row("every year: at least 1 report by 31 March", "every year: at least 1 report by 15 December", .aStricter),
        Row("every month: at least 1 meeting", "every month: at least 1 meeting", .same),
        // 3 months × 1 ≥ 1 a quarter: monthly (B) is stricter.
        Row("every quarter: at least 1 meeting", "every month: at least 1 meeting", .bStricter),
        // 12 × 1 = 12 < 13: a year of 12 monthly meetings keeps A and breaks B; one of 13 in one month the reverse.
        Row("every month: at least 1 meeting", "every year: at least 13 meetings", .notComparable),
        // A week crosses month ends: no count per week fixes a count per month.
        Row("every week: at least 1 meeting", "every month: at least 4 meetings", .notComparable),
        // At most 2 a month gives at most 24 a year.
        Row("every month: at most 2 meetings", "every year: at most 24 meetings", .aStricter),
        // 24 a year may keep A and break B (24 > 20); 5 in one month breaks A and keeps B.
        Row("every month: at most 2 meetings", "every year: at most 20 meetings", .notComparable),
        // Counting only regular meetings finds fewer: harder to reach at least 1.
        Row("every month: at least 1 meeting where kind == \"regular\"", "every month: at least 1 meeting", .aStricter),
        // Counting every meeting finds more: easier to exceed at most 1, so B is stricter.
        Row("every month: at most 1 meeting where kind == \"extraordinary\"", "every month: at most 1 meeting", .bStricter),
        Row("every month: at least 2 meetings where kind == \"regular\"", "every month: at least 1 meeting", .aStricter),
        // A asks 2 of any kind, B 1 regular: two extraordinary meetings keep A and break B.
        Row("every month: at least 2 meetings", "every month: at least 1 meeting where kind == \"regular\"", .notComparable),
        // Exactly 1 is broken by 0 (as at least 1 is) and by 2.
        Row("every month: exactly 1 meeting", "every month: at least 1 meeting", .aStricter),
        Row("every month: exactly 1 meeting", "every month: exactly 2 meetings", .notComparable),
        // Earlier but fewer against later but more: 1 report in January keeps A and breaks B.
        Row("every year: at least 1 report by 31 March", "every year: at least 2 reports by 15 December", .notComparable),
        // A prorated rule also judges the partial months the other leaves not judged.
        Row("every month: at least 1 meeting prorated", "every month: at least 1 meeting", .aStricter),
        // A prorated year (9 of 12 for April–December) may break where the months before it were not judged.
        Row("every month: at least 1 meeting", "every year: at least 12 meetings prorated", .notComparable),
        // 11 members: ⌈2/3 × 11⌉ = 8 against ⌊1/2 × 11⌋ + 1 = 6; the larger share never needs fewer.
        Row("each meeting m: m.present >= 2/3 of members", "each meeting m: m.present > 1/2 of members", .aStricter),
        // Equal shares: with 10 members ≥ 1/2 needs 5 and > 1/2 needs 6; with 11 both need 6.
        Row("each meeting m: m.present >= 1/2 of members", "each meeting m: m.present > 1/2 of members", .bStricter),
        Row("each meeting m: m.present >= 2/3 of members", "each meeting m: m.present >= 2/3 of members", .same),
        // A thresholds on present, B on exempt: different things.
        Row("each meeting m: m.present >= 2/3 of members", "each meeting m: m.exempt >= 1/2 of members", .notComparable),
        // A's condition has B's and one more: false whenever B's is.
        Row("each meeting m: has m.present and m.minutes == true", "each meeting m: has m.present", .aStricter),
        // A judges every meeting, B only regular ones.
        Row("each meeting m: m.minutes == true", "each meeting m where m.kind == \"regular\": m.minutes == true", .aStricter),
        // A filter on kind, B on chair: neither set of meetings contains the other.
        Row("each meeting m where m.kind == \"regular\": m.minutes == true",
            "each meeting m where m.chair == \"x\": m.minutes == true", .notComparable),
        // No excuse at all judges every meeting B excuses.
        Row("each meeting m: m.minutes == true", "each meeting m unless m.special: m.minutes == true", .aStricter),
        // 3 days ahead is within 2 days ahead: (−∞, x−3] ⊂ (−∞, x−2].
        Row("each meeting m: document d where d.meeting == m.id at least 2 days before m",
            "each meeting m: document d where d.meeting == m.id at least 3 days before m", .bStricter),
        // 2 working days may span a weekend (4 calendar days) or not (2): neither window contains the other.
        Row("each meeting m: document d where d.meeting == m.id at least 2 working days before m",
            "each meeting m: document d where d.meeting == m.id at least 3 days before m", .notComparable),
        // 2 working days before x is never later than 2 days before it (x − 2 may be a Sunday).
        Row("each meeting m: document d where d.meeting == m.id at least 2 working days before m",
            "each meeting m: document d where d.meeting == m.id at least 2 days before m", .aStricter),
        // Within 3 working days after x reaches at least x + 3.
        Row("each meeting m: vote v where v.meeting == m.id within 3 days after m",
            "each meeting m: vote v where v.meeting == m.id within 3 working days after m", .aStricter),
        Row("each meeting m: document d where d.meeting == m.id at least 2 days before m",
            "each meeting m: document d where d.meeting == m.id before m", .aStricter),
        // Only drafts answer A: a notice answers B and not A.
        Row("each meeting m: document d where d.meeting == m.id and d.kind == \"draft\" before m",
            "each meeting m: document d where d.meeting == m.id before m", .aStricter),
        // [x, x] ⊂ [x, x+3].
        Row("each meeting m: vote v where v.meeting == m.id at m",
            "each meeting m: vote v where v.meeting == m.id within 3 days after m", .aStricter),
        // Unbounded after is never late: any bounded window is stricter.
        Row("each meeting m: vote v where v.meeting == m.id within 3 days after m",
            "each meeting m: vote v where v.meeting == m.id after m", .aStricter),
        // x's month ends no later than x's year.
        Row("each meeting m: report r after m by end of month", "each meeting m: report r after m by end of year", .aStricter),
        // x on 1 January: the quarter runs to 31 March, past x + 30; x on 31 March: only x's day, inside [x, x + 30].
        Row("each meeting m: report r after m by end of quarter", "each meeting m: report r within 30 days after m", .notComparable),
        // Before against after: disjoint windows but for x's own day.
        Row("each meeting m: report r before m", "each meeting m: report r within 3 days after m", .notComparable),
        // The next regular meeting is on or after x's day; at it is a part of by it.
        Row("each meeting m: report r at the next meeting where kind == \"regular\" after m",
            "each meeting m: report r by the next meeting where kind == \"regular\" after m", .aStricter),
        // 45 days between meetings at most is broken whenever 60 is.
        Row("no gap longer than 45 days between meeting", "no gap longer than 60 days between meeting", .aStricter),
        // Fewer events counted leave longer gaps.
        Row("no gap longer than 60 days between meeting where kind == \"regular\"", "no gap longer than 60 days between meeting", .aStricter),
        // Different bodies: B's rule says nothing of b.
        Row("every month: at least 1 meeting", "for cells: every month: at least 1 meeting", .notComparable),
        // A frequency against a per-event rule.
        Row("every month: at least 1 meeting", "each meeting m: m.minutes == true", .notComparable),
    ]

    func testTheRelationOfEveryPairWorkedOutByHand() throws {
        XCTAssertGreaterThanOrEqual(Self.rows.count, 20)
        for row in Self.rows {
            let a = try Self.model(row.a), b = try Self.model(row.b)
            let pairs = RegulationDiff(a, b).compare()
            XCTAssertEqual(pairs.count, 1, line: row.line)
            XCTAssertEqual(pairs.first?.verdict, row.expected, "\(row.a)  ~  \(row.b): \(pairs.first?.details.map(\.en) ?? [])", line: row.line)
            // Swapping the sides swaps the verdict.
            let swapped: RegulationDiff.Verdict = switch row.expected {
            case .aStricter: .bStricter
            case .bStricter: .aStricter
            default: row.expected
            }
            XCTAssertEqual(RegulationDiff(b, a).compare().first?.verdict, swapped, "swapped: \(row.a)  ~  \(row.b)", line: row.line)
        }
    }

    func testNotComparableAlwaysSaysWhy() throws {
        for row in Self.rows where row.expected == .notComparable {
            let p = try XCTUnwrap(RegulationDiff(try Self.model(row.a), try Self.model(row.b)).compare().first)
            XCTAssertFalse(p.details.isEmpty, "\(row.a) ~ \(row.b)", line: row.line)
        }
    }

    func testTargetsCompareTheirSharesAndTheRulesTheyCount() throws {
        let keep = "rule hop for cells: every month: at least 1 meeting\n"
        let a = try Self.model("for cells: target 80% keep hop every year", extra: keep)
        let b = try Self.model("for cells: target 70% keep hop every year", extra: keep)
        // 80% of the cells keeping the same rule is more than 70%.
        XCTAssertEqual(RegulationDiff(a, b).compare().first { $0.a?.name == "r" }?.verdict, .aStricter)
        // 80% keeping 1 a month, against 80% keeping 12 a year: a cell keeping A's rule keeps B's.
        let c = try Self.model("for cells: target 80% keep hop every year", extra: "rule hop for cells: every year: at least 12 meetings\n")
        XCTAssertEqual(RegulationDiff(a, c).compare().first { $0.a?.name == "r" }?.verdict, .aStricter)
        // 70% of the stricter rule against 80% of the looser: each may fail where the other holds.
        XCTAssertEqual(RegulationDiff(b, c).compare().first { $0.a?.name == "r" }?.verdict, .notComparable)
    }

    func testMembersDeclaredDifferentlyAreNotComparable() throws {
        let a = try Self.model("each meeting m: m.present >= 2/3 of members")
        let text = Self.header.replacingOccurrences(of: "members 11", with: "members 12")
            + "article 1 {\n  rule r for b: each meeting m: m.present >= 2/3 of members\n}\n"
        let b = try XCTUnwrap(Checker.check(path: "b.rules", text: text).0)
        let p = try XCTUnwrap(RegulationDiff(a, b).compare().first)
        XCTAssertEqual(p.verdict, .notComparable)
        XCTAssertEqual(p.details.map(\.en), ["the two files give 'b' different sizes (A: 11 members, B: 12)"])
        // A rule that never reads the size compares as usual: 1 a month against 12 a year.
        let monthly = try Self.model("every month: at least 1 meeting")
        let yearly = try XCTUnwrap(Checker.check(path: "b.rules", text: Self.header.replacingOccurrences(of: "members 11", with: "members 12")
            + "article 1 {\n  rule r for b: every year: at least 12 meetings\n}\n").0)
        XCTAssertEqual(RegulationDiff(monthly, yearly).compare().first?.verdict, .aStricter)
    }
}
