/// Where one rule's verdicts on one body go. Every check is counted; a finding is made only when
/// it will be shown — always for violations, excuses, warnings and pending checks, for kept
/// checks only when a report lists them. Kept checks are most checks, and a `Finding` with its
/// texts costs far more than the check itself.
struct FindingSink {
    let listKept: Bool
    /// Without `listKept`, still a finding for the first kept check of each month: what a
    /// compliance calendar colours, at a finding a month instead of one a check.
    let keptOnePerMonth: Bool
    private var keptMonths: Set<Int> = []
    var findings: [Finding] = []
    var tally: RuleTally
    /// For a rule a target counts: each check's date and status.
    var marks: [(date: Day, status: Finding.Status)]?
    /// [S-whole]: for a rule for its kind as a whole, what this body adds to each period.
    var whole: [(label: String, period: PeriodOutcome)] = []

    init(rule: String, regulation: String, body: String, listKept: Bool, keptOnePerMonth: Bool = false, marking: Bool) {
        self.listKept = listKept
        self.keptOnePerMonth = keptOnePerMonth
        tally = RuleTally(rule: rule, body: body, regulation: regulation)
        marks = marking ? [] : nil
    }

    mutating func add(_ status: Finding.Status, _ date: Day, _ make: () -> Finding) {
        tally.count(status)
        marks?.append((date, status))
        if status != .kept || listKept || keptOnePerMonth && keptMonths.insert(date.year * 12 + date.month).inserted { findings.append(make()) }
    }
}
