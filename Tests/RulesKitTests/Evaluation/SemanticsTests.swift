import XCTest
@testable import RulesKit

/// One test per statement of `docs/semantics.md`, named by its tag. Each expected verdict is
/// worked out by hand from the statement, with the arithmetic beside it.
final class SemanticsTests: XCTestCase {
    private let header = "regulation \"T\" { effective 2020-01-01 }\nbody b { members 11 }\n"

    private func run(_ rules: String, _ events: String, asOf: String = "2026-06-30", from: String? = nil, to: String? = nil,
                     header: String? = nil) throws -> Evaluation {
        try Golden.evaluate(rules: (header ?? self.header) + rules, events: events, asOf: asOf, from: from, to: to)
    }

    /// "label status" for each finding of a rule, in date order: the label is the event id or the period.
    private func verdicts(_ e: Evaluation, _ rule: String? = nil) -> [String] {
        e.findings.filter { rule == nil || $0.rule == rule }.sorted { ($0.date, $0.eventId ?? "") < ($1.date, $1.eventId ?? "") }
            .map { "\($0.eventId ?? $0.period ?? "") \($0.status.rawValue)" }
    }

    private func meetings(_ dates: [String], body: String = "b", extra: String = "") -> String {
        dates.enumerated().map { #"{"type":"meeting","id":"m\#($0.offset)","date":"\#($0.element)","body":"\#(body)"\#(extra)}"# }
            .joined(separator: "\n")
    }

    // MARK: 1. Days

    func test_S_day() throws {
        // 20:00 UTC on 1 March is 03:00 on 2 March in Vietnam; a time without an offset is Vietnam's own.
        let e = try run("article 1 { rule d for b: each meeting m: m.date == 2023-03-02 }", """
            {"type":"meeting","id":"utc","time":"2023-03-01T20:00:00Z","body":"b"}
            {"type":"meeting","id":"local","time":"2023-03-01T20:00","body":"b"}
            """)
        XCTAssertEqual(verdicts(e), ["local violation", "utc kept"])
    }

    // MARK: 2. The window and the evaluation date

    func test_S_window_default() throws {
        // The log's first record is on 3 May 2022, its last in 2023: 1 May 2022 to 31 December 2023.
        let e = try run("article 1 { rule f for b: every month: at least 1 meeting }", """
            {"type":"meeting","id":"a","date":"2022-05-03","body":"b","present":8}
            {"type":"meeting","id":"c","date":"2023-02-01","body":"b","present":8}
            """, asOf: "2024-06-30")
        XCTAssertEqual([e.from, e.to], [Day.parse("2022-05-01")!, Day.parse("2023-12-31")!])
        XCTAssertEqual(e.window?.start, .events)
        XCTAssertEqual(e.window?.clamped, false)
        // January to April 2022 are not judged at all: the log says nothing of them.
        XCTAssertEqual(verdicts(e).first, "2022-05 kept")
        XCTAssertEqual(e.findings.count, 20)
        XCTAssertTrue(WindowText.notes(window: e.window, problem: nil, asOf: e.asOf, basis: .given, population: nil).first?.en
                        .hasPrefix("The window starts with the month of the log's first record (2022-05-01)") == true)
    }

    func test_S_window_clamp() throws {
        let header = "regulation \"T\" { effective 2021-04-07  term 2021-04-07 to 2023-06-30 }\nbody b { members 11 }\n"
        let e = try run("article 1 { rule q for b: each meeting m: m.present >= 8 }", """
            {"type":"meeting","id":"early","date":"2021-03-01","body":"b","present":1}
            {"type":"meeting","id":"in","date":"2022-03-01","body":"b","present":1}
            {"type":"meeting","id":"late","date":"2023-07-01","body":"b","present":1}
            """, from: "2020-01-01", to: "2024-12-31", header: header)
        XCTAssertEqual([e.from, e.to], [Day.parse("2021-04-07")!, Day.parse("2023-06-30")!])
        XCTAssertEqual(e.window?.start, .effective)
        XCTAssertEqual(e.window?.end, .termEnd)
        XCTAssertEqual(e.window?.requested, Day.parse("2020-01-01")!...Day.parse("2024-12-31")!)
        // Only the meeting inside the regulation's time is judged, and only it counts as evaluated.
        XCTAssertEqual(verdicts(e), ["in violation"])
        XCTAssertEqual(e.eventsEvaluated, 1)
        let notes = WindowText.notes(window: e.window, problem: nil, asOf: e.asOf, basis: .given, population: nil).map(\.en)
        XCTAssertEqual(notes, ["The window asked for (2020-01-01 – 2024-12-31) was cut to the regulation's time in force: "
                                + "the regulation takes effect on 2021-04-07; the term ends on 2023-06-30."])
    }

    func test_S_window_backwards() {
        let from = Day.parse("2023-06-01")!, to = Day.parse("2023-05-01")!
        XCTAssertEqual(EvaluationWindow.make(nil, dates: nil, from: from, to: to, asOf: to), .failure(.backwards(from: from, to: to)))
        // `--to` before the month the log starts in leaves no day either.
        let log = Day.parse("2024-03-05")!...Day.parse("2024-09-01")!
        XCTAssertEqual(EvaluationWindow.make(nil, dates: log, from: nil, to: Day.parse("2023-06-30"), asOf: to),
                       .failure(.noDays(from: Day.parse("2024-03-01")!, to: Day.parse("2023-06-30")!)))
    }

    func test_S_window_outside() throws {
        let header = "regulation \"T\" { effective 2021-04-07  term 2021-04-07 to 2023-06-30 }\nbody b { members 11 }\n"
        let e = try run("article 1 { rule q for b: each meeting m: m.present >= 8 }",
                        #"{"type":"meeting","id":"a","date":"2024-03-01","body":"b","present":1}"#, header: header)
        XCTAssertEqual(e.windowProblem, .outside(requested: Day.parse("2024-03-01")!...Day.parse("2024-12-31")!,
                                                 inForce: Day.parse("2021-04-07")!...Day.parse("2023-06-30")!))
        XCTAssertEqual(e.findings.count, 0)
        XCTAssertEqual(VerdictText.exitStatus(e), 2)
    }

    func test_S_asof_events_after() throws {
        // As of 31 March, the April meeting is not known: April is pending and the meeting not evaluated.
        let e = try run("article 1 { rule f for b: every month: at least 1 meeting }",
                        meetings(["2023-01-10", "2023-02-10", "2023-03-10", "2023-04-10"]), asOf: "2023-03-31", to: "2023-04-30")
        XCTAssertEqual(verdicts(e), ["2023-01 kept", "2023-02 kept", "2023-03 kept", "2023-04 pending"])
        XCTAssertEqual(e.eventsEvaluated, 3)
        XCTAssertEqual(e.eventsNotJudged, 1)
    }

    // MARK: 3. What a finding says

    func test_S_status_kept_S_status_violation() throws {
        // [S-status-kept] [S-status-violation] 2/3 × 11 = 22/3 ≈ 7.33: 8 present keeps it, 7 breaks it.
        let e = try run("article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }", """
            {"type":"meeting","id":"seven","date":"2023-05-09","body":"b","present":7}
            {"type":"meeting","id":"eight","date":"2023-06-09","body":"b","present":8}
            """)
        XCTAssertEqual(verdicts(e), ["seven violation", "eight kept"])
    }

    func test_S_status_pending() throws {
        // As of 15 August, August has no meeting yet: not over, so pending.
        let e = try run("article 1 { rule f for b: every month: at least 1 meeting }", meetings(["2023-07-10"]),
                        asOf: "2023-08-15", from: "2023-07-01", to: "2023-08-31")
        XCTAssertEqual(verdicts(e), ["2023-07 kept", "2023-08 pending"])
    }

    func test_S_status_excused_S_unless() throws {
        // [S-status-excused] [S-unless] A recorded reason excuses; an empty or missing one does not.
        let e = try run("article 1 { rule q for b: each meeting m unless m.special: m.present >= 8 }", """
            {"type":"meeting","id":"storm","date":"2023-07-11","body":"b","present":5,"special":"Bão số 1"}
            {"type":"meeting","id":"empty","date":"2023-07-12","body":"b","present":5,"special":""}
            {"type":"meeting","id":"none","date":"2023-07-13","body":"b","present":5}
            """)
        XCTAssertEqual(verdicts(e), ["storm excused", "empty violation", "none violation"])
        XCTAssertEqual(e.findings.first { $0.eventId == "storm" }?.reason, "Bão số 1")
    }

    func test_S_status_warning_S_condition() throws {
        // [S-status-warning] [S-condition] Three-valued logic: false and unknown is false, true or
        // unknown is true, true and unknown is unknown (a warning).
        let e = try run("""
            article 1 {
              rule both for b: each meeting m: m.present >= 8 and m.chair == "secretary"
              rule either for b: each meeting m: m.present >= 8 or m.chair == "secretary"
            }
            """, """
            {"type":"meeting","id":"eight","date":"2023-07-11","body":"b","present":8}
            {"type":"meeting","id":"seven","date":"2023-07-12","body":"b","present":7}
            """)
        XCTAssertEqual(verdicts(e, "both"), ["eight warning", "seven violation"])
        XCTAssertEqual(verdicts(e, "either"), ["eight kept", "seven warning"])
    }

    func test_S_status_not_judged() throws {
        let header = "regulation \"T\" { effective 2021-04-07 }\nbody b { members 11 }\n"
        let e = try run("article 1 { rule y for b: every year: at least 12 meetings }",
                        meetings(["2021-05-10", "2022-01-10"]), asOf: "2023-06-30", from: "2021-01-01", header: header)
        let f = try XCTUnwrap(e.findings.first { $0.period == "2021" })
        XCTAssertEqual(f.status, .notJudged)
        XCTAssertEqual(f.why?.en, "the regulation takes effect on 2021-04-07")
        XCTAssertTrue(f.message.en.hasPrefix("period 2021 (2021-01-01 – 2021-12-31) is only partly judged: the regulation takes effect on 2021-04-07"), f.message.en)
    }

    /// [S-partial] A `by` day before the judged part begins: nothing in the window can decide it,
    /// and the message says so rather than count over an empty range.
    func testADeadlineBeforeTheWindowIsNotJudged() throws {
        let header = "regulation \"T\" { effective 2020-01-01 }\nbody b { members 11 }\n"
        let e = try run("article 1 { rule y for b: every year: at least 1 meeting by 31 March }",
                        meetings(["2023-04-03"]), asOf: "2024-06-30", header: header)
        let f = try XCTUnwrap(e.findings.first { $0.period == "2023" })
        XCTAssertEqual(f.status, .notJudged)
        XCTAssertTrue(f.message.en.hasSuffix("the deadline 2023-03-31 is before 2023-04-01, so no record in the window can show the rule kept or broken"),
                      f.message.en)
    }

    func test_S_verdict() throws {
        var e = Evaluation(regulation: "T", from: Day.parse("2023-01-01")!, to: Day.parse("2023-12-31")!, asOf: Day.parse("2024-01-01")!,
                           findings: [], tallies: [], targets: [])
        XCTAssertEqual(VerdictText.sentence(e).en, "Nothing was judged.")
        XCTAssertEqual(VerdictText.exitStatus(e), 2)
        var t = RuleTally(rule: "r", body: "b")
        t.pending = 3
        e.tallies = [t]
        XCTAssertEqual(VerdictText.sentence(e).en, "Nothing was judged; 3 pending.")
        XCTAssertEqual(VerdictText.exitStatus(e), 2)
        t.kept = 2
        t.notJudged = 1
        e.tallies = [t]
        // Not "no violations" while anything is undecided: what was judged was kept, and the rest is named.
        XCTAssertEqual(VerdictText.sentence(e).en, "All 2 checks judged were kept; 3 pending, 1 not judged.")
        XCTAssertEqual(VerdictText.exitStatus(e), 0)
        t.violated = 1
        e.tallies = [t]
        XCTAssertEqual(VerdictText.sentence(e).en, "1 violation(s) in the 3 checks judged; 3 pending, 1 not judged.")
        XCTAssertEqual(VerdictText.exitStatus(e), 1)
        XCTAssertEqual(VerdictText.sentence(e).vi, "1 vi phạm trong 3 lần kiểm tra đã kết luận; 3 chưa đến hạn, 1 không đánh giá.")
    }

    // MARK: 4. Versions

    private let base = """
        regulation "T1" { effective 2020-01-01 }
        body b { members 11 }
        article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }
        article 2 { rule f for b: every month: at least 1 meeting }
        article 3 { rule w for b: every month: at least 1 document }
        """

    func test_S_version_event_S_version_period() throws {
        // [S-version-event] From 15 June 2023 the quorum is 3/4: 3/4 × 11 = 33/4 = 8.25, so 8 present
        // passed on 10 June (≥ 22/3) and fails on 20 June. [S-version-period] The monthly meeting rule
        // is not touched: June is judged whole by T2; the document rule is replaced: June is not judged.
        let amendment = """
            regulation "T2" { amends "T1"  effective 2023-06-15 }
            replace article 1 { rule q for b: each meeting m: m.present >= 3/4 of members }
            replace article 3 { rule w for b: every month: at least 2 documents }
            """
        let events = """
            {"type":"meeting","id":"before","date":"2023-06-10","body":"b","present":8}
            {"type":"meeting","id":"after","date":"2023-06-20","body":"b","present":8}
            {"type":"document","id":"d","date":"2023-06-21","body":"b","kind":"report"}
            """
        let e = try Golden.evaluate(rules: base, amendment, events: events, asOf: "2023-12-31", from: "2023-06-01", to: "2023-06-30")
        func find(_ rule: String) -> [String] {
            e.findings.filter { $0.rule == rule }.map { "\($0.regulation) \($0.eventId ?? $0.period ?? "") \($0.status.rawValue)" }.sorted()
        }
        XCTAssertEqual(find("q"), ["T1 before kept", "T2 after violation"])
        XCTAssertEqual(find("f"), ["T1 2023-06 kept"])   // [S-version-citation]: the wording is T1's
        XCTAssertEqual(find("w"), ["T2 2023-06 not_judged"])
        XCTAssertEqual(e.findings.first { $0.rule == "w" }?.why?.en, "T2 changes this rule from 2023-06-15")
    }

    // [S-version-period] with a `by` day.
    func testAPeriodWithAByDayIsJudgedByTheVersionOnThatDay() throws {
        // A yearly report due by 31 October, its rule replaced from 1 December 2024: the year is due
        // on 31 October, under the old wording, in force all of January to October: judged whole.
        let amendment = """
            regulation "T2" { amends "T1"  effective 2024-12-01 }
            replace article 4 { rule r for b: every year: at least 2 reports by 31 October }
            """
        let e = try Golden.evaluate(rules: base + "\narticle 4 { rule r for b: every year: at least 1 report by 31 October }\n", amendment,
                                    events: #"{"type":"report","id":"r","date":"2024-03-10","body":"b"}"#,
                                    asOf: "2025-01-31", from: "2024-01-01", to: "2024-12-31")
        XCTAssertEqual(e.findings.filter { $0.rule == "r" }.map { "\($0.regulation) \($0.period ?? "") \($0.status.rawValue)" }, ["T1 2024 kept"])
    }

    // MARK: 5. Frequency

    func test_S_freq_periods() throws {
        // Monday 2 and Sunday 8 January 2023 are one ISO week, 2023-W01; Monday 9 starts W02.
        let e = try run("""
            article 1 {
              rule w for b: every week: at most 1 meeting
              rule q for b: every quarter: at least 1 meeting
              rule h for b: every half-year: at least 1 meeting
            }
            """, meetings(["2023-01-02", "2023-01-08", "2023-01-09"]), asOf: "2023-01-31", from: "2023-01-02", to: "2023-01-15")
        XCTAssertEqual(verdicts(e, "w"), ["2023-W01 violation", "2023-W02 kept"])
        XCTAssertEqual(e.findings.first { $0.rule == "q" }?.period, "2023-Q1")
        XCTAssertEqual(e.findings.first { $0.rule == "h" }?.period, "2023-H1")
    }

    func test_S_freq_count() throws {
        // A meeting on 31 January counts for January; `by 31 October` counts reports up to that day included.
        let e = try run("""
            article 1 {
              rule f for b: every month: at least 1 meeting
              rule r for b: every year: at least 1 report by 31 October
            }
            """, meetings(["2023-01-31"]) + "\n" + #"{"type":"report","id":"r23","date":"2023-10-31","body":"b"}"#
                + "\n" + #"{"type":"report","id":"r24","date":"2024-11-01","body":"b"}"#,
            asOf: "2025-01-31", from: "2023-01-01", to: "2024-12-31")
        XCTAssertEqual(Array(verdicts(e, "f").prefix(2)), ["2023-01 kept", "2023-02 violation"])
        XCTAssertEqual(verdicts(e, "r"), ["2023 kept", "2024 violation"])
    }

    func test_S_freq_due() throws {
        let rules = """
            article 1 {
              rule least for b: every month: at least 2 meetings
              rule most for b: every month: at most 1 meeting
              rule exact for b: every month: exactly 1 meeting
            }
            """
        // Two meetings by 10 May, as of 15 May: "at least 2" is kept already, "at most 1" and
        // "exactly 1" are broken already.
        var e = try run(rules, meetings(["2023-05-02", "2023-05-10"]), asOf: "2023-05-15", from: "2023-05-01", to: "2023-05-31")
        XCTAssertEqual([verdicts(e, "least"), verdicts(e, "most"), verdicts(e, "exact")],
                       [["2023-05 kept"], ["2023-05 violation"], ["2023-05 violation"]])
        // One meeting, as of 15 May: nothing decided yet.
        e = try run(rules, meetings(["2023-05-02"]), asOf: "2023-05-15", from: "2023-05-01", to: "2023-05-31")
        XCTAssertEqual([verdicts(e, "least"), verdicts(e, "most"), verdicts(e, "exact")],
                       [["2023-05 pending"], ["2023-05 pending"], ["2023-05 pending"]])
        // One meeting, the month over: too few for 2, within 1, exactly 1.
        e = try run(rules, meetings(["2023-05-02"]), asOf: "2023-06-15", from: "2023-05-01", to: "2023-05-31")
        XCTAssertEqual([verdicts(e, "least"), verdicts(e, "most"), verdicts(e, "exact")],
                       [["2023-05 violation"], ["2023-05 kept"], ["2023-05 kept"]])
    }

    private let fromApril = "regulation \"T\" { effective 2021-04-07 }\nbody b { members 11 }\n"
    private func monthly(_ from: Int, _ to: Int, year: Int = 2021, day: Int = 10) -> [String] {
        (from...to).map { "\(year)-" + ($0 < 10 ? "0" : "") + "\($0)-\(day)" }
    }

    func test_S_partial() throws {
        // Effective 7 April 2021: a cell that met every month from April has 9 meetings in 2021, not
        // 12 — not judged. One that met 12 times from April keeps it. "At most 10" broken by 12.
        var e = try run("article 1 { rule y for b: every year: at least 12 meetings }", meetings(monthly(4, 12)),
                        asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 not_judged"])
        e = try run("article 1 { rule y for b: every year: at least 12 meetings }",
                    meetings(monthly(4, 12) + ["2021-05-20", "2021-06-20", "2021-07-20"]), asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 kept"])
        e = try run("article 1 { rule y for b: every year: at most 10 meetings }",
                    meetings(monthly(4, 12) + ["2021-05-20", "2021-06-20", "2021-07-20"]), asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 violation"])
        e = try run("article 1 { rule y for b: every year: at most 10 meetings }", meetings(monthly(4, 12)), asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 not_judged"])
        // As of 30 November the part is not over: December could still bring the twelfth meeting.
        e = try run("article 1 { rule y for b: every year: at least 12 meetings }", meetings(monthly(4, 11)), asOf: "2021-11-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 pending"])
    }

    func test_S_prorated() throws {
        // 7 April – 31 December 2021 is 24 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 269 of 365 days:
        // ⌈12 × 269 / 365⌉ = ⌈8.84…⌉ = 9. Nine meetings (April to December) keep it; eight break it.
        let rule = "article 1 { rule y for b: every year: at least 12 meetings prorated }"
        var e = try run(rule, meetings(monthly(4, 12)), asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 kept"])
        e = try run(rule, meetings(monthly(5, 12)), asOf: "2022-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 violation"])
        XCTAssertEqual(e.findings.first?.compared, "count(meeting) 8 ✗ ≥ ⌈12 × 269/365⌉ = 9")
        // A whole year is not scaled: 2022 with 9 meetings needs 12.
        e = try run(rule, meetings(monthly(4, 12) + monthly(1, 9, year: 2022)), asOf: "2023-06-30", from: "2021-01-01", header: fromApril)
        XCTAssertEqual(verdicts(e), ["2021 kept", "2022 violation"])
        // With a `by` day the period runs to it: 2 January – 31 July 2024 is 212 of 213 days,
        // ⌈12 × 212/213⌉ = ⌈11.94…⌉ = 12; seven meetings (January to July) break it.
        e = try run("article 1 { rule y for b: every year: at least 12 meetings by 31 July prorated }", meetings(monthly(1, 7, year: 2024)),
                    asOf: "2024-12-31", from: "2024-01-01", header: "regulation \"T\" { effective 2024-01-02 }\nbody b { members 11 }\n")
        XCTAssertEqual(verdicts(e), ["2024 violation"])
        XCTAssertEqual(e.findings.first?.compared, "count(meeting) 7 ✗ ≥ ⌈12 × 212/213⌉ = 12")
        // With nothing of the period before its `by` day in the window, nothing is scaled: not judged.
        e = try run("article 1 { rule y for b: every year: at least 12 meetings by 31 July prorated }", meetings(monthly(8, 12, year: 2024)),
                    asOf: "2024-12-31", from: "2024-08-01")
        XCTAssertEqual(verdicts(e), ["2024 not_judged"])
        // `prorated` with "at most" is refused by the checker.
        let (_, diagnostics) = Checker.check(path: "t", text: header + "article 1 { rule y for b: every year: at most 2 meetings prorated }")
        XCTAssertEqual(diagnostics.map(\.code), ["C050"])
    }

    // MARK: 6. Gaps

    func test_S_gap() throws {
        // 10 January → 10 April is exactly 3 months: kept. 10 April → 11 July is a day over: broken.
        // As of 31 December, 11 July + 3 months = 11 October is long past: the open gap is broken too.
        let e = try run("article 1 { rule g for b: no gap longer than 3 months between meeting }",
                        meetings(["2023-01-10", "2023-04-10", "2023-07-11"]), asOf: "2023-12-31")
        XCTAssertEqual(verdicts(e), ["2023-01-01…2023-01-10 kept", "2023-01-10…2023-04-10 kept", "2023-04-10…2023-07-11 violation",
                                     "2023-07-11…2023-12-31 violation"])
        // A gap rule added on 1 June 2024: the first gap runs from that day, not from 10 January.
        let amendment = """
            regulation "T2" { amends "T1"  effective 2024-06-01 }
            add article 5 { rule g for b: no gap longer than 3 months between meeting }
            """
        let added = try Golden.evaluate(rules: base, amendment, events: meetings(["2024-01-10", "2024-06-20"]), asOf: "2024-07-31",
                                        from: "2024-01-01", to: "2024-07-31")
        XCTAssertEqual(verdicts(added, "g"), ["2024-06-01…2024-06-20 kept"])
    }

    // MARK: 7. Per-event rules

    func test_S_each() throws {
        // Only regular meetings, and only those in the window, are judged.
        let e = try run("article 1 { rule q for b: each meeting m where m.kind == \"regular\": m.present >= 8 }", """
            {"type":"meeting","id":"in","date":"2023-05-09","body":"b","kind":"regular","present":7}
            {"type":"meeting","id":"extra","date":"2023-05-10","body":"b","kind":"extraordinary","present":7}
            {"type":"meeting","id":"out","date":"2023-07-09","body":"b","kind":"regular","present":7}
            """, from: "2023-05-01", to: "2023-06-30")
        XCTAssertEqual(verdicts(e), ["in violation"])
    }

    func test_S_members() throws {
        // Rules file: 11, then 9 from 1 June. 10 May: 7 < 22/3 broken. 10 June: 6 ≥ 2/3 × 9 = 6 kept.
        // 1 July: the minutes say 12 members: 7 < 8 broken. From 1 August a membership event says
        // 10: 10 August, 7 ≥ 20/3 kept.
        let header = "regulation \"T\" { effective 2020-01-01 }\nbody b { members 11  members 9 from 2023-06-01 }\n"
        let e = try run("article 1 { rule q for b: each meeting m: m.present >= 2/3 of members }", """
            {"type":"meeting","id":"may","date":"2023-05-10","body":"b","present":7}
            {"type":"meeting","id":"june","date":"2023-06-10","body":"b","present":6}
            {"type":"meeting","id":"july","date":"2023-07-01","body":"b","present":7,"members":12}
            {"type":"membership","date":"2023-08-01","body":"b","members":10}
            {"type":"meeting","id":"august","date":"2023-08-10","body":"b","present":7}
            """, header: header)
        XCTAssertEqual(verdicts(e), ["may violation", "june kept", "july violation", "august kept"])
    }

    func test_S_decision() throws {
        // More than 1/2 × 11 = 11/2; for the listed category more than 2/3 × 11 = 22/3.
        let e = try run("""
            article 1 {
              rule c for b: each consultation c:
                adopted requires c.approve > 1/2 of members
                when c.category == "supermajority" requires c.approve > 2/3 of members
            }
            """, """
            {"type":"consultation","id":"six","date":"2023-01-02","body":"b","approve":6,"adopted":true}
            {"type":"consultation","id":"five","date":"2023-01-03","body":"b","approve":5,"adopted":true}
            {"type":"consultation","id":"eight","date":"2023-01-04","body":"b","approve":8,"adopted":true,"category":"supermajority"}
            {"type":"consultation","id":"seven","date":"2023-01-05","body":"b","approve":7,"adopted":true,"category":"supermajority"}
            {"type":"consultation","id":"refused","date":"2023-01-06","body":"b","approve":7,"adopted":false}
            {"type":"consultation","id":"unknown","date":"2023-01-07","body":"b","adopted":true}
            """)
        XCTAssertEqual(verdicts(e), ["six kept", "five violation", "eight kept", "seven violation", "refused warning", "unknown warning"])
    }

    // MARK: 8. A related event in time

    private func related(_ timing: String, _ events: String, asOf: String = "2024-06-30") throws -> [String] {
        let e = try run("""
            article 1 {
              rule r for b: each meeting m where m.kind == "regular": document d where d.meeting == m.id \(timing)
            }
            """, events, asOf: asOf)
        return verdicts(e)
    }

    private func meetingWithDocument(_ id: String, _ meeting: String, _ document: String?, kind: String = "regular") -> String {
        var s = #"{"type":"meeting","id":"\#(id)","date":"\#(meeting)","body":"b","kind":"\#(kind)"}"#
        if let document { s += "\n" + #"{"type":"document","id":"d-\#(id)","date":"\#(document)","body":"b","kind":"report","meeting":"\#(id)"}"# }
        return s
    }

    func test_S_before() throws {
        XCTAssertEqual(try related("before m", [meetingWithDocument("same", "2023-05-10", "2023-05-10"),
                                                meetingWithDocument("late", "2023-06-10", "2023-06-11")].joined(separator: "\n")),
                       ["same kept", "late violation"])
    }

    func test_S_at_least_before() throws {
        // Monday 19 February 2024: Friday 16 is one working day before, Thursday 15 two (Tết ended
        // Wednesday 14). Thursday 15 is in time, Friday 16 a day late.
        XCTAssertEqual(try related("at least 2 working days before m", [
            meetingWithDocument("a", "2024-02-19", "2024-02-15"), meetingWithDocument("c", "2024-03-04", "2024-03-01"),
        ].joined(separator: "\n")), ["a kept", "c violation"])
    }

    func test_S_same_day() throws {
        XCTAssertEqual(try related("at m", [meetingWithDocument("a", "2023-05-10", "2023-05-10"),
                                            meetingWithDocument("c", "2023-06-10", "2023-06-11"),
                                            meetingWithDocument("e", "2023-07-10", "2023-07-09")].joined(separator: "\n")),
                       ["a kept", "c violation", "e violation"])
    }

    func test_S_within_after() throws {
        // Thursday 27 April 2023: Friday 28 (1); 29/4–3/5 off (Saturday, Sunday, 1 May, and 2 and 3 May
        // in lieu of 29 and 30 April); Thursday 4 (2), Friday 5 (3), Monday 8 (4), Tuesday 9 (5).
        XCTAssertEqual(try related("within 5 working days after m", [meetingWithDocument("same", "2023-04-27", "2023-04-27"),
                                                                      meetingWithDocument("last", "2023-04-27", "2023-05-09")].joined(separator: "\n")),
                       ["last kept", "same kept"])
        XCTAssertEqual(try related("within 5 working days after m", meetingWithDocument("late", "2023-04-27", "2023-05-10")), ["late violation"])
        XCTAssertEqual(try related("within 5 working days after m", meetingWithDocument("early", "2023-04-27", "2023-04-26")), ["early violation"])
    }

    func test_S_after_unbounded() throws {
        // Nine months later is still "after"; none at all is never late, only pending.
        XCTAssertEqual(try related("after m", meetingWithDocument("a", "2023-01-10", "2023-10-10")), ["a kept"])
        XCTAssertEqual(try related("after m", meetingWithDocument("n", "2023-01-10", nil), asOf: "2026-06-30"), ["n pending"])
        let (_, diagnostics) = Checker.check(path: "t", text: header + """
            article 1 { rule r for b: each meeting m: document d where d.meeting == m.id after m }
            """)
        XCTAssertEqual(diagnostics.map(\.code), ["W004"])
    }

    func test_S_after_by_end() throws {
        // A meeting on 20 May 2023: the document is due by 31 May.
        XCTAssertEqual(try related("after m by end of month", [meetingWithDocument("a", "2023-05-20", "2023-05-31"),
                                                                meetingWithDocument("c", "2023-06-20", "2023-07-01")].joined(separator: "\n")),
                       ["a kept", "c violation"])
        XCTAssertEqual(try related("after m by end of month", meetingWithDocument("p", "2023-05-20", nil), asOf: "2023-05-25"), ["p pending"])
        XCTAssertEqual(try related("after m by end of quarter", meetingWithDocument("q", "2023-05-20", "2023-06-30")), ["q kept"])
    }

    func test_S_next() throws {
        // A consultation on 20 June 2023; the next meeting is 11 July. With a meeting on 20 June too,
        // the days cannot tell whether it came before or after the consultation: undetermined.
        let rules = """
            article 1 {
              rule at for b: each consultation c: meeting m where m.id == c.reported_at at the next meeting after c
              rule by for b: each consultation c: document d where d.kind == "report" by the next meeting after c
            }
            """
        func consultations(_ reportedAt: String) -> String {
            #"{"type":"consultation","id":"c","date":"2023-06-20","body":"b","approve":7,"adopted":true,"reported_at":"\#(reportedAt)"}"#
        }
        let meetings = """
            {"type":"meeting","id":"july","date":"2023-07-11","body":"b"}
            {"type":"meeting","id":"august","date":"2023-08-08","body":"b"}
            """
        let sameDay = #"{"type":"meeting","id":"same","date":"2023-06-20","body":"b"}"#
        func at(_ reportedAt: String, asOf: String = "2023-12-31", extra: String = "") throws -> [String] {
            verdicts(try run(rules, meetings + "\n" + consultations(reportedAt) + extra, asOf: asOf), "at")
        }
        XCTAssertEqual(try at("july"), ["c kept"])
        XCTAssertEqual(try at("august"), ["c violation"])
        // Its one check a warning, the rule decided nothing in the window and says so [S-rule-accounts].
        XCTAssertEqual(try at("same", extra: "\n" + sameDay), ["c warning", "2023-06-01…2023-12-31 not_judged"])
        XCTAssertEqual(try at("july", extra: "\n" + sameDay), ["c warning", "2023-06-01…2023-12-31 not_judged"])
        // Reported at neither: broken whichever meeting was the next.
        XCTAssertEqual(try at("august", extra: "\n" + sameDay), ["c violation"])
        // As of 1 July no meeting after 20 June is known: pending, whatever the record says.
        XCTAssertEqual(try at("july", asOf: "2023-07-01"), ["c pending"])
        func by(_ report: String?, asOf: String = "2023-12-31") throws -> [String] {
            let doc = report.map { "\n" + #"{"type":"document","id":"r","date":"\#($0)","body":"b","kind":"report"}"# } ?? ""
            return verdicts(try run(rules, meetings + "\n" + consultations("july") + doc, asOf: asOf), "by")
        }
        XCTAssertEqual(try by("2023-07-11"), ["c kept"])
        XCTAssertEqual(try by("2023-07-12"), ["c violation"])
        XCTAssertEqual(try by(nil, asOf: "2023-07-01"), ["c pending"])
        XCTAssertEqual(try by("2023-06-25", asOf: "2023-07-01"), ["c kept"])
    }

    func test_S_related_outcome() throws {
        // Within 5 days after 10 May: as of 12 May nothing yet is pending; as of 31 May it is broken,
        // and a document of 16 May is named as late.
        XCTAssertEqual(try related("within 5 days after m", meetingWithDocument("a", "2023-05-10", nil), asOf: "2023-05-12"), ["a pending"])
        XCTAssertEqual(try related("within 5 days after m", meetingWithDocument("a", "2023-05-10", nil), asOf: "2023-05-31"), ["a violation"])
        let e = try run("article 1 { rule r for b: each meeting m: document d where d.meeting == m.id within 5 days after m }",
                        meetingWithDocument("a", "2023-05-10", "2023-05-16"), asOf: "2023-05-31")
        XCTAssertEqual(e.findings.first?.compared, "document 2023-05-16 > 2023-05-15")
    }

    // MARK: 10. Targets

    func test_S_target() throws {
        let rules = """
            kind chi_bo { bodies "cb-*" }
            article 1 {
              rule y for chi_bo: every year: at least 2 meetings
              rule t for chi_bo: target 2/3 keep y every year
            }
            """
        // cb-1 and cb-3 keep "2 a year", cb-2 does not: 2/3 ≥ 2/3, met.
        let events = meetings(["2023-03-01", "2023-09-01"], body: "cb-1") + "\n"
            + #"{"type":"meeting","id":"x","date":"2023-03-01","body":"cb-2"}"# + "\n"
            + #"{"type":"meeting","id":"y1","date":"2023-03-02","body":"cb-3"}"# + "\n"
            + #"{"type":"meeting","id":"y2","date":"2023-09-02","body":"cb-3"}"#
        var e = try run(rules, events, asOf: "2024-06-30")
        XCTAssertEqual(verdicts(e, "t"), ["2023 kept"])
        XCTAssertEqual(e.targets.map { "\($0.bodiesMeeting)/\($0.bodies)" }, ["2/3"])
        // Effective 1 April: only cb-1's year is established (2 meetings on the part); cb-2's and cb-3's
        // are not judged. 1/3 < 2/3, but all three keeping it would meet it: not judged, not missed.
        let april = "regulation \"T\" { effective 2023-04-01 }\n"
        let late = meetings(["2023-05-01", "2023-09-01"], body: "cb-1") + "\n"
            + #"{"type":"meeting","id":"x","date":"2023-05-01","body":"cb-2"}"# + "\n"
            + #"{"type":"meeting","id":"y","date":"2023-05-02","body":"cb-3"}"#
        e = try run(rules, late, asOf: "2024-06-30", header: april)
        XCTAssertEqual(verdicts(e, "y").sorted(), ["2023 kept", "2023 not_judged", "2023 not_judged"])
        XCTAssertEqual(verdicts(e, "t"), ["2023 not_judged"])
    }

    // MARK: 11. Cut logs

    func test_S_cut_reference() throws {
        // A log exported on 15 May 2024: a draft of 14 May for the meeting of 20 May, and a consultation
        // of 10 May to be reported at that meeting, refer to a meeting the log does not have yet.
        let rules = """
            article 1 {
              rule f for b: every month: at least 1 meeting
              rule d for b: each meeting m: document d where d.kind == "draft" and d.meeting == m.id at least 2 working days before m
              rule c for b: each consultation c: meeting m where m.id == c.reported_at at the next meeting after c
            }
            """
        let events = """
            {"type":"meeting","id":"m-04","date":"2024-04-09","body":"b"}
            {"type":"document","id":"d-04","date":"2024-04-04","body":"b","kind":"draft","meeting":"m-04"}
            {"type":"consultation","id":"c","date":"2024-05-10","body":"b","approve":7,"adopted":true,"reported_at":"m-05"}
            {"type":"document","id":"d-05","date":"2024-05-14","body":"b","kind":"draft","meeting":"m-05"}
            {"type":"report","id":"r","date":"2024-05-15","body":"b"}
            """
        // As of the log's last record, 15 May: May is pending, the consultation waits for the next meeting.
        let e = try run(rules, events, asOf: "2024-05-15", from: "2024-04-01", to: "2024-05-31")
        XCTAssertEqual(e.unresolved.map { "\($0.source.line) \($0.field) \($0.id)" }, ["3 reported_at m-05", "4 meeting m-05"])
        XCTAssertEqual(verdicts(e, "c"), ["c pending"])
        XCTAssertEqual(verdicts(e, "f"), ["2024-04 kept", "2024-05 pending"])
        XCTAssertTrue(e.accounting.en.contains("2 reference(s) to events not in the log"), e.accounting.en)
    }
}

/// The last day there is: deadlines and searches do not fold back onto it.
final class LastDayTests: XCTestCase {
    func testEndOfMonthAndNextMeetingAtTheLastDay() throws {
        let rules = """
            regulation "T" { effective 9999-01-01 }
            body b { members 3 }
            article 1 {
              rule e for b: each meeting m where m.kind == "regular": document d where d.meeting == m.id after m by end of month
              rule n for b: each meeting m where m.kind == "regular": document d where d.meeting == m.id by the next meeting after m
            }
            """
        // [S-after-by-end] A meeting on 15 December 9999: the month ends on the 31st, and the
        // document of that day is in time; m2's month is over as of the 31st with no document.
        // [S-next] After a meeting on the 31st no meeting can follow: pending, not its own next.
        let e = try Golden.evaluate(rules: rules, events: """
            {"type":"meeting","id":"m1","date":"9999-12-15","body":"b","kind":"regular"}
            {"type":"document","id":"d1","date":"9999-12-31","body":"b","meeting":"m1"}
            {"type":"meeting","id":"m2","date":"9999-12-31","body":"b","kind":"regular"}
            """, asOf: "9999-12-31")
        XCTAssertEqual(e.findings.filter { $0.rule == "e" }.map { "\($0.eventId!) \($0.status.rawValue)" }, ["m1 kept", "m2 violation"])
        XCTAssertEqual(e.findings.filter { $0.rule == "n" && $0.eventId == "m2" }.map(\.status), [.pending])
    }
}

/// A body of the log that no rule covers is listed with its events, not only counted.
final class UncoveredBodiesTests: XCTestCase {
    // [S-uncovered-bodies]
    func testAMistypedBodyIsListedWithTheBodyItMayMean() throws {
        let e = try Golden.evaluate(rules: """
            regulation "T" { effective 2020-01-01 }
            body dang_uy { members 11 }
            article 1 { rule f for dang_uy: every month: at least 1 meeting }
            """, events: """
            {"type":"meeting","id":"a","date":"2024-01-10","body":"dang_uy"}
            {"type":"meeting","id":"b","date":"2024-02-20","body":"dang-uy"}
            {"type":"meeting","id":"c","date":"2024-03-12","body":"dang_uy"}
            """, asOf: "2024-03-31")
        XCTAssertEqual(e.bodiesWithoutRules, [UncoveredBody(body: "dang-uy", events: 1, suggestion: "dang_uy")])
        // February is broken for dang_uy — and the report says where its meeting may have gone.
        XCTAssertEqual(e.findings.first { $0.period == "2024-02" }?.status, .violation)
        XCTAssertTrue(TextReport(language: .en).closing(e).contains("Bodies in the log no rule applies to\n  dang-uy: 1 event(s) (did you mean 'dang_uy'?)"))
    }
}
