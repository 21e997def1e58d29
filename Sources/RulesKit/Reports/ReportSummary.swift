/// What every human-facing report shows, computed once from an evaluation: per rule the checks
/// kept and broken, per body a month-by-rule grid, and the bodies ordered worst first.
public struct ReportSummary: Sendable {
    public struct RuleLine: Sendable {
        public var rule: String
        public var label: String?
        public var citation: Citation
        public var kept = 0, broken = 0, excused = 0, pending = 0, notJudged = 0
        /// kept / (kept + broken), exact; nil when nothing was judged.
        public var rate: Rational? { kept + broken == 0 ? nil : Rational(Int64(kept), Int64(kept + broken)) }
        public var target: Rational?
    }

    /// The state of one rule for one body in one month, as the compliance calendar colours it.
    public enum Cell: String, Sendable {
        case kept, broken, excused, pending, notJudged = "not-judged", noData = "no-data"
    }

    public struct BodyLine: Sendable {
        public var body: String
        public var broken = 0
        /// rule → month (1…12 of each year in the window, in order) → cell
        public var grid: [String: [Cell]] = [:]
        /// The findings behind each cell, for the hover text.
        public var notes: [String: [String]] = [:]
    }

    public var rules: [RuleLine]
    public var bodies: [BodyLine]
    /// First day of each month the window covers.
    public var months: [Day]

    public init(_ e: Evaluation, model: Model, language: Language) {
        var lines: [String: RuleLine] = [:]
        var order: [String] = []
        for r in model.rules {
            lines[r.name] = RuleLine(rule: r.name, label: r.label, citation: r.citation)
            order.append(r.name)
        }
        for r in model.rules { if case .target(let share, let kept, _) = r.form { lines[kept]?.target = share } }
        let m = Periods.spans(.month, in: e.from...e.to, term: nil).map { Day(year: $0.start.year, month: $0.start.month, day: 1)! }
        months = m
        let monthIndex: (Day) -> Int? = { d in
            let i = (d.year - e.from.year) * 12 + d.month - e.from.month
            return i >= 0 && i < m.count ? i : nil
        }
        var bodyLines: [String: BodyLine] = [:]
        let rank: [Cell: Int] = [.broken: 5, .excused: 4, .notJudged: 3, .pending: 2, .kept: 1, .noData: 0]
        for f in e.findings where lines[f.rule] == nil {
            // A rule repealed by a later version still has its findings from when it was in force.
            lines[f.rule] = RuleLine(rule: f.rule, label: f.ruleLabel, citation: f.citation)
            order.append(f.rule)
        }
        // Counts from the tallies: kept checks are counted even when not listed as findings.
        for t in e.tallies {
            lines[t.rule]?.kept += t.kept
            lines[t.rule]?.broken += t.violated
            lines[t.rule]?.excused += t.excused
            lines[t.rule]?.pending += t.pending
            lines[t.rule]?.notJudged += t.notJudged
            guard model.bodies[t.body]?.isKind != true else { continue }  // a target's line is about the kind
            bodyLines[t.body, default: BodyLine(body: t.body)].broken += t.violated
        }
        for f in e.findings {
            guard model.bodies[f.body]?.isKind != true else { continue }
            var b = bodyLines[f.body] ?? BodyLine(body: f.body)
            if let i = monthIndex(f.date) {
                // A month that starts after the evaluation date is not yet due, not without data.
                var row = b.grid[f.rule] ?? m.map { $0 > e.asOf ? .pending : .noData }
                let cell: Cell = switch f.status {
                case .kept: .kept
                case .violation: .broken
                case .excused: .excused
                case .pending: .pending
                case .notJudged: .notJudged
                case .warning: .noData
                }
                if rank[cell]! > rank[row[i]]! { row[i] = cell }
                b.grid[f.rule] = row
                if f.status != .kept {
                    b.notes["\(f.rule)#\(i)", default: []].append("\(f.eventId ?? f.period ?? "") \(f.message.text(language))")
                }
            }
            bodyLines[f.body] = b
        }
        rules = order.compactMap { lines[$0] }
        // Worst first: most broken checks, then by name.
        bodies = bodyLines.values.sorted { a, b in
            a.broken != b.broken ? a.broken > b.broken : a.body < b.body
        }
    }
}
