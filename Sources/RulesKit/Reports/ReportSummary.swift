/// What every human-facing report shows, computed once from an evaluation: per rule the checks
/// kept and broken, per body a month-by-rule grid, and the bodies ordered worst first.
public struct ReportSummary: Sendable {
    public struct RuleLine: Sendable {
        public var rule: String
        /// The version whose wording of the rule these checks applied.
        public var regulation = ""
        public var label: String?
        public var citation: Citation
        public var kept = 0, broken = 0, excused = 0, pending = 0, notJudged = 0, warnings = 0
        /// kept / (kept + broken), exact; nil when nothing was judged.
        public var rate: Rational? { kept + broken == 0 ? nil : Rational(Int64(kept), Int64(kept + broken)) }
        public var target: Rational?
    }

    /// The state of one rule for one body in one month, as the compliance calendar colours it.
    public enum Cell: String, Sendable {
        case kept, violation, excused, warning, pending, notJudged = "not-judged", noData = "no-data"

        init(_ status: Finding.Status) {
            self = switch status {
            case .kept: .kept
            case .violation: .violation
            case .excused: .excused
            case .pending: .pending
            case .notJudged: .notJudged
            case .warning: .warning
            }
        }

        /// The finding status the cell shows; none for a month without data.
        var status: Finding.Status? { Finding.Status.allCases.first { Cell($0) == self } }
    }

    public struct BodyLine: Sendable {
        public var body: String
        public var broken = 0
        /// rule → month (1…12 of each year in the window, in order) → cell
        public var grid: [String: [Cell]] = [:]
        /// The findings behind each cell, for the hover text.
        public var notes: [String: [String]] = [:]

        /// Takes the calendar of `other`, a line of the same body made from its findings.
        mutating func drawn(_ other: BodyLine) {
            grid = other.grid
            notes = other.notes
        }
    }

    /// The compliance calendar's months: every month of the window, or none when the window has
    /// more than `calendarMonths` (a calendar of centuries helps no one and costs bodies × rules ×
    /// months); `windowMonths` then says how many it has.
    public struct Calendar: Sendable {
        public let months: [Day]
        public let windowMonths: Int
        private let from: Day
        /// A month that starts after the evaluation date is not yet due, not without data.
        private let blank: [Cell]
        private static let rank: [Cell: Int] = [.violation: 6, .warning: 5, .excused: 4, .notJudged: 3, .pending: 2, .kept: 1, .noData: 0]

        public init(from: Day, to: Day, asOf: Day) {
            self.from = from
            windowMonths = (to.year - from.year) * 12 + to.month - from.month + 1
            months = windowMonths > ReportSummary.calendarMonths ? []
                : Periods.spans(.month, in: from...to, term: nil).map { Day(year: $0.start.year, month: $0.start.month, day: 1)! }
            blank = months.map { $0 > asOf ? .pending : .noData }
        }

        /// One body's calendar from its findings; none for a body without any (it has no line).
        /// `kept`: the months each rule was kept in without a finding (`KeptMonths`).
        public func line(body: String, _ findings: [Finding], kept: KeptMonths = [], language: Language) -> BodyLine? {
            var line = BodyLine(body: body), any = false
            // By place, not copied: with every kept check listed, a body has thousands of findings.
            for k in findings.indices where findings[k].body == body {
                any = true
                mark(findings[k], on: &line, language: language)
                if findings[k].status == .violation { line.broken += 1 }
            }
            let first = KeptMonths.month(from)
            for (rule, months) in kept {
                for m in months {
                    any = true
                    paint(rule, m - first, .kept, on: &line)
                }
            }
            return any ? line : nil
        }

        /// Shows `f` in its rule's row at its month (none outside the calendar): the worse status wins.
        func mark(_ f: Finding, on line: inout BodyLine, language: Language) {
            let i = (f.date.year - from.year) * 12 + f.date.month - from.month
            guard paint(f.rule, i, Cell(f.status), on: &line), f.status != .kept else { return }
            line.notes["\(f.rule)#\(i)", default: []].append("\(f.eventId ?? f.period ?? "") \(f.sentences(in: language).message)")
        }

        /// False when month `i` is outside the calendar.
        @discardableResult
        private func paint(_ rule: String, _ i: Int, _ cell: Cell, on line: inout BodyLine) -> Bool {
            guard i >= 0 && i < months.count else { return false }
            if line.grid[rule] == nil { line.grid[rule] = blank }
            if Self.rank[cell]! > Self.rank[line.grid[rule]![i]]! { line.grid[rule]![i] = cell }
            return true
        }
    }

    /// Of `lines`, those a report draws, worst first: most broken checks, then by name.
    public static func worst(_ lines: [BodyLine], _ n: Int) -> [BodyLine] {
        Array(lines.sorted { a, b in a.broken != b.broken ? a.broken > b.broken : a.body < b.body }.prefix(n))
    }

    public var rules: [RuleLine]
    /// Whether the lines come from more than one version: then each names its version.
    public var versioned = false
    public var bodies: [BodyLine]
    /// First day of each month of the compliance calendar (`Calendar`).
    public var months: [Day]
    public var windowMonths = 0
    public static let calendarMonths = 240

    /// `drawn`: the calendars of the bodies to draw, made as the bodies were judged
    /// (`Calendar.line`); without it, every body's from the evaluation's findings.
    public init(_ e: Evaluation, model: Model, language: Language, drawn: [BodyLine]? = nil) {
        // One line per rule and wording: an amended rule's checks under each version's own text.
        struct Key: Hashable { let rule: String, regulation: String }
        var lines: [Key: RuleLine] = [:]
        var order: [Key] = []
        func line(_ rule: String, _ regulation: String, label: String?, citation: Citation) {
            let key = Key(rule: rule, regulation: regulation)
            guard lines[key] == nil else { return }
            lines[key] = RuleLine(rule: rule, regulation: regulation, label: label, citation: citation)
            order.append(key)
        }
        let versions = e.ruleVersions.isEmpty
            ? model.rules.map { RuleVersion(regulation: model.regulation?.code ?? "", rule: $0.name, label: $0.label, citation: $0.citation) }
            : e.ruleVersions
        // In the rules' order (a repealed rule's after them), each rule's wordings together.
        let byRule = Dictionary(grouping: versions, by: \.rule)
        for name in model.rules.map(\.name) + versions.map(\.rule) {
            for v in byRule[name] ?? [] { line(v.rule, v.regulation, label: v.label, citation: v.citation) }
        }
        for r in model.rules {
            guard case .target(let share, let kept, _) = r.form else { continue }
            for key in order where key.rule == kept { lines[key]?.target = share }
        }
        let calendar = Calendar(from: e.from, to: e.to, asOf: e.asOf)
        windowMonths = calendar.windowMonths
        months = calendar.months
        var bodyLines: [String: BodyLine] = [:]
        for f in e.findings { line(f.rule, f.regulation, label: f.ruleLabel, citation: f.citation) }
        // Counts from the tallies: kept checks are counted even when not listed as findings.
        for t in e.tallies {
            let key = Key(rule: t.rule, regulation: t.regulation)
            if lines[key] == nil, let other = order.first(where: { $0.rule == t.rule }) {
                line(t.rule, t.regulation, label: lines[other]?.label, citation: lines[other]?.citation ?? Citation())
            }
            lines[key]?.kept += t.kept
            lines[key]?.broken += t.violated
            lines[key]?.excused += t.excused
            lines[key]?.pending += t.pending
            lines[key]?.notJudged += t.notJudged
            lines[key]?.warnings += t.warnings
            guard model.bodies[t.body]?.isKind != true else { continue }  // a target's line is about the kind
            bodyLines[t.body, default: BodyLine(body: t.body)].broken += t.violated
        }
        if let drawn {
            for d in drawn where bodyLines[d.body] != nil { bodyLines[d.body]!.drawn(d) }
        } else {
            for f in e.findings {
                guard model.bodies[f.body]?.isKind != true else { continue }
                // Changed in place: a copy of the body's line per finding would cost its whole grid.
                calendar.mark(f, on: &bodyLines[f.body, default: BodyLine(body: f.body)], language: language)
            }
        }
        // A wording with no check is shown only when it is the rule's latest: a rule that judged
        // nothing still has its line.
        rules = order.enumerated().compactMap { i, key in
            guard let l = lines[key] else { return nil }
            let latest = !order[(i + 1)...].contains { $0.rule == key.rule }
            return l.kept + l.broken + l.excused + l.pending + l.notJudged > 0 || latest ? l : nil
        }
        versioned = Set(rules.map(\.regulation)).count > 1
        // Worst first: most broken checks, then by name.
        bodies = Self.worst(Array(bodyLines.values), bodyLines.count)
    }
}
