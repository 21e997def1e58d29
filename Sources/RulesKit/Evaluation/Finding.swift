/// One verdict on one check: a meeting's quorum, a month's regular meeting, a cell's year.
/// Every report format renders these same values.
public struct Finding: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Comparable {
        /// The provision was broken.
        case violation
        /// Not checked against the provision because the record claims an exception, with its reason.
        case excused
        /// Could not be decided (a field the check needs is missing) or a likely recording error.
        case warning
        /// The check could not be made as the provision means it: a period only partly in force
        /// or inside the window. The message says why; nothing is claimed either way.
        case notJudged = "not_judged"
        /// The period or deadline is not over yet on the evaluation date.
        case pending
        case kept

        public static func < (a: Status, b: Status) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var status: Status
    public var regulation: String
    public var rule: String
    public var ruleLabel: String?
    public var citation: Citation
    public var body: String
    /// The event judged, for per-event rules.
    public var eventId: String?
    public var source: EventSource?
    /// The period judged (`2023-03`, `2023-Q2`), for periodic rules.
    public var period: String?
    public var date: Day
    /// What was found and required (`Reports/FindingText` writes it as a sentence).
    public var detail: Detail
    /// The values compared (`compared` writes them as `present 7 < 2/3 × 11 = 22/3`).
    public var values: Values?
    /// For an excused finding: the exception the record claims, as recorded.
    public var reason: String?
    /// About the rule as a whole — it judged nothing in the window — not one check of a body.
    public var wholeRule = false
    /// [S-whole]: a check of a kind's bodies together (`body` is then the kind), not of one body.
    public var ofKind = false
    /// Filled only when explaining (`rules explain`): the events looked at, and how the dates
    /// compared were computed.
    public var considered: [EventSource] = []
    public var steps: [Step] = []
    /// [S-whole]: a kind's totals for the period, that `rules merge` adds up across parts.
    public var totals: WholeTotals?
    /// A finding read back from a JSON report (`rules merge`): its sentences and data as written
    /// there, given again as they are; `detail` is then only a placeholder.
    public var readBack: ReadBack?
}

/// What a JSON report said of a finding: its sentences, and its `detail` and `values` as JSON text.
public struct ReadBack: Sendable, Hashable {
    public var message: Localized
    public var compared: String?
    public var why: Localized?
    public var detailJSON: String
    public var valuesJSON: String?
}

/// Checks that held and failed, per rule and body: "regular meetings: 10 of 12 months kept".
public struct RuleTally: Sendable, Hashable {

    public var rule: String
    public var body: String
    /// The version whose wording of the rule the checks applied: one rule amended in the window
    /// has a tally per wording.
    public var regulation = ""
    public var kept = 0
    public var violated = 0
    public var excused = 0
    public var warnings = 0
    public var pending = 0
    public var notJudged = 0

    public var judged: Int { kept + violated }

    public var total: Int { kept + violated + excused + warnings + pending + notJudged }

    mutating func add(_ t: RuleTally) {
        kept += t.kept
        violated += t.violated
        excused += t.excused
        warnings += t.warnings
        pending += t.pending
        notJudged += t.notJudged
    }

    mutating func count(_ s: Finding.Status) {
        switch s {
        case .kept: kept += 1
        case .violation: violated += 1
        case .excused: excused += 1
        case .warning: warnings += 1
        case .pending: pending += 1
        case .notJudged: notJudged += 1
        }
    }
}

extension RuleTally {
    /// The tally of one finding: a target's or a kind's period, counted as it is found.
    init(_ f: Finding) {
        self.init(rule: f.rule, body: f.body, regulation: f.regulation)
        count(f.status)
    }
}

/// A target over a population: the share of bodies of a kind that kept a rule, per period.
public struct TargetResult: Sendable, Hashable {
    public var rule: String
    public var kind: String
    public var keptRule: String
    public var period: String
    public var bodiesMeeting: Int
    public var bodies: Int
    public var target: Rational
    /// The share reached the target. Only `status` says whether that is the verdict: a year not
    /// over is pending however few bodies kept the rule so far.
    public var met: Bool
    /// The target finding's status: kept, violation, pending or not judged.
    public var status: Finding.Status = .kept
    /// With a roster whose bodies have parents: the same count under each parent (a base
    /// organisation's cells), parents in the roster's order.
    public var byParent: [ParentShare] = []

    /// The share of bodies that kept the rule, exact.
    public var share: Rational { Rational(Int64(bodiesMeeting), Int64(max(bodies, 1)))! }
}

extension TargetResult {
    /// [S-target] The verdict on the counts: met when the share reaches the target; otherwise
    /// pending while the period runs, not judged if the bodies not judged could still meet it.
    mutating func decide(undecided: Int, pending: Bool) {
        met = !(share < target)
        let couldMeet = !(Rational(Int64(bodiesMeeting + undecided), Int64(max(bodies, 1)))! < target)
        status = met ? .kept : pending ? .pending : couldMeet ? .notJudged : .violation
    }

    func detail(undecided: Int) -> Finding.Detail {
        .target(TargetDetail(met: bodiesMeeting, undecided: undecided, total: bodies, kind: kind, rule: keptRule, target: target, reached: met))
    }

    var values: Finding.Values { .share(met: bodiesMeeting, of: bodies, target: target, reached: met) }
}

/// One parent's part of a target: of its bodies of the kind, how many kept the rule.
public struct ParentShare: Sendable, Hashable {
    public var parent: String
    public var name: String?
    public var bodiesMeeting: Int
    public var bodies: Int

    public var share: Rational { Rational(Int64(bodiesMeeting), Int64(max(bodies, 1)))! }
}

public struct Evaluation: Sendable {
    public var regulation: String
    public var from: Day
    public var to: Day
    public var asOf: Day
    public var findings: [Finding]
    public var tallies: [RuleTally]
    public var targets: [TargetResult]
    public var recordsRead = 0
    public var recordsRejected = 0
    /// References to ids the log does not have (events still to come in a cut log, or mistakes).
    public var unresolved: [UnresolvedReference] = []
    /// Bodies of the log no rule applies to, with their events: mistyped ids, or bodies the
    /// regulation does not cover.
    public var bodiesWithoutRules: [UncoveredBody] = []
    /// Texts the rules compare fields with that no event of the log carries.
    public var absentValues: [AbsentValue] = []
    public var eventsEvaluated = 0

    /// The window judged and why its ends are there; nil when nothing could be judged.
    public var window: EvaluationWindow?
    /// The regulation's title (the base's, when amendments follow).
    public var title: String?
    /// Each rule in the wording of each version that judged it, for titles and quotes.
    public var ruleVersions: [RuleVersion] = []
    /// Why nothing was judged: the window asked for is backwards or outside the regulation's time.
    public var windowProblem: EvaluationWindow.Problem?
    public var asOfBasis: AsOfBasis = .given
    /// Whose bodies the kinds' counts and targets are; nil when no rule is for a kind.
    public var population: Population?
    /// The bodies whose size in the rules file is illustrative, with why (`members 33 illustrative "…"`).
    public var illustrativeSizes: [IllustrativeSize] = []
    /// [S-roster] A rule for a kind as a whole judged again on each parent's bodies alone (a base
    /// organisation's cells): figures for the report, not verdicts — the rule is the kind's.
    public var byParent: [Finding] = []
    /// The roster's names of the parents (`by_parent` and targets' counts under each parent).
    public var parentNames: [String: String] = [:]
    /// `--body`: only these bodies were judged, so no count over a kind is the kind's.
    public var selectedBodies: [String]?
    /// Which rules files gave the verdicts (`Regulation.digest`): parts merged must have the same.
    public var digest: String?

    /// Kept checks are listed among the findings (`--kept`), not only counted in the tallies.
    public var keptListed = false

    /// Violations among findings handed on body by body while evaluating, and so not in `findings`.
    public var violationsStreamed = 0

    public var violations: Int { findings.count { $0.status == .violation } + violationsStreamed }

    /// Valid events no rule judged: their body has no rule, or they are dated outside the window
    /// (before the regulation took effect, say) or after `--as-of`.
    /// With these, every record read is accounted for: read = evaluated + rejected + not judged.
    public var eventsNotJudged: Int { max(0, recordsRead - recordsRejected - eventsEvaluated) }
}

/// A body of the log no rule applies to.
public struct UncoveredBody: Sendable, Hashable {
    public var body: String
    public var events: Int
    /// The declared body nearest in spelling, if one is near.
    public var suggestion: String?
}

/// A rule in the wording of one version of a regulation: what a report titles its checks with.
public struct RuleVersion: Sendable, Hashable {
    /// The code of the version that gave the rule this wording.
    public var regulation: String
    public var rule: String
    public var label: String?
    public var citation: Citation
}
