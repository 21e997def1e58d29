/// Where one rule's verdicts on one body go. Every check is counted; a finding is made only when
/// it will be shown — always for violations, excuses, warnings and pending checks, for kept
/// checks only when a report lists them. Kept checks are most checks, and a `Finding` with its
/// texts costs far more than the check itself.
struct FindingSink {
    let listKept: Bool
    /// Without `listKept`, the months with a kept check (`keptMonths`): what a compliance calendar
    /// colours, with no finding made for any of them.
    let keptOnePerMonth: Bool
    private(set) var keptMonths: Set<Int> = []
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
        if status != .kept || listKept {
            findings.append(make())
        } else if keptOnePerMonth {
            keptMonths.insert(KeptMonths.month(date))
        }
    }
}

/// Per rule, the months (`month(_:)`) one body kept it in: what the HTML calendars colour kept.
public typealias KeptMonths = [(rule: String, months: Set<Int>)]

extension KeptMonths {
    public static func month(_ day: Day) -> Int { day.year * 12 + day.month - 1 }
}
