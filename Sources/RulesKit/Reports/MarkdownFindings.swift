/// The findings a Markdown report lists, gathered body by body as they are judged: per rule and
/// wording the earliest violations (at most `MarkdownReport.listedPerRule`) and how many there
/// were, every excused case and every open one (warning, pending, not judged). Kept checks and
/// the other violations are only counted, so a province's report holds a few findings per rule.
public struct MarkdownFindings: Sendable {
    private struct Key: Hashable { let rule: String, regulation: String }
    private struct Listed: Sendable {
        var first: [(finding: Finding, arrival: Int)] = []
        var count = 0
    }
    private var violations: [Key: Listed] = [:]
    public private(set) var excused: [Finding] = []
    public private(set) var open: [Finding] = []
    private var arrivals = 0
    private let limit: Int

    public init(limit: Int = MarkdownReport.listedPerRule) {
        self.limit = limit
    }

    public init(_ findings: [Finding]) {
        self.init()
        add(findings)
    }

    public mutating func add(_ findings: [Finding]) {
        for f in findings {
            switch f.status {
            case .violation:
                let key = Key(rule: f.rule, regulation: f.regulation)
                violations[key, default: Listed()].count += 1
                violations[key]!.first.append((f, arrivals))
                arrivals += 1
                if violations[key]!.first.count > 2 * limit { violations[key]!.first = Self.earliest(violations[key]!.first, limit) }
            case .excused: excused.append(f)
            case .warning, .pending, .notJudged: open.append(f)
            case .kept: break
            }
        }
    }

    /// A rule's violations under one wording: the earliest by date, then body, then the order they
    /// were found in, and how many there were in all.
    public func violations(rule: String, regulation: String) -> (earliest: [Finding], count: Int) {
        guard let l = violations[Key(rule: rule, regulation: regulation)] else { return ([], 0) }
        return (Self.earliest(l.first, limit).map(\.finding), l.count)
    }

    private static func earliest(_ list: [(finding: Finding, arrival: Int)], _ limit: Int) -> [(finding: Finding, arrival: Int)] {
        Array(list.sorted { ($0.finding.date, $0.finding.body, $0.arrival) < ($1.finding.date, $1.finding.body, $1.arrival) }.prefix(limit))
    }
}
