/// What a check found and what it required, as data. The evaluator records these; every sentence
/// about them (in both languages) is written in `Reports/FindingText.swift`, and the JSON report
/// gives them as they are.
extension Finding {
    /// What the finding says.
    public enum Detail: Sendable, Hashable {
        /// The record claims an exception (`unless`); "—" when the exception is a yes/no field.
        case excused(reason: String)
        case conditionKept
        /// The condition failed (`values` has the comparison); `needed` is the least whole count
        /// that meets a share of the members (2/3 of 11 = 22/3, so 8).
        case conditionBroken(needed: Int64?)
        case lacksField(String)
        case undetermined
        /// A number past 64 bits or a date outside years 1–9999.
        case notComputable
        /// A lead time reaching outside the calendar's years.
        case leadOutsideCalendar(TimeAmount, after: Bool, from: Day)
        /// The record's counts cannot be true of the body's size in force that day; `problem` is
        /// the record diagnostic (from `Plausibility`).
        case impossibleRecord(problem: Localized, members: Int64, on: Day)
        /// A record refused by `--skip-invalid` may be one of the period's events.
        case rejectedInPeriod(type: String, found: Int, record: EventSource)
        /// A record refused by `--skip-invalid` may be the related event required.
        case rejectedRecord(EventSource)
        case countShort(CountShort)
        case countKept(type: String, found: Int)
        /// The period is not over on the evaluation date.
        case periodOpen(until: Day)
        case partialPeriod(PartialPeriod)
        /// A periodic rule's period only partly in force: a condition on the whole is not judged on a part.
        case periodCut(CutPeriod)
        case gapTooLong(from: Day, to: Day, longest: TimeAmount)
        case gapKept(from: Day, to: Day)
        case relatedFound(type: String, id: String, date: Day)
        /// No related event at all; `id` names the event judged.
        case relatedMissing(type: String, id: String, limit: RelatedLimit)
        case relatedLate(type: String, id: String, date: Day, limit: RelatedLimit)
        case responseOpen(type: String, due: Day)
        /// `by the next TYPE`: no such event yet.
        case awaitingNext(type: String, after: Day, asOf: Day)
        /// `after` with no bound: never late, so only pending.
        case unboundedAfter(type: String)
        /// An event of the next type on the same day: the log cannot order them.
        case sameDayNext(type: String, day: Day)
        case adoptedWithoutMajority(needed: Int64?)
        case rejectedDespiteMajority
        case decisionConsistent
        case target(TargetDetail)
        /// The rule made no check in the window (`RuleAccounts`).
        case judgedNothing(NothingJudged, absent: [AbsentValue])
    }

    /// The values compared, language-neutral: what `compared` prints (`present 7 < 2/3 × 11 = 22/3`).
    public enum Values: Sendable, Hashable {
        /// A condition's parts that decided it, with their values.
        case expression(ExprValues)
        /// A period's count against the bound; `prorated` when the count was scaled by days in force.
        case count(type: String, found: Int, bound: CountBound, need: Int, prorated: Prorating?)
        /// A related event's date (or none, or a refused record that may be it) against the days
        /// allowed, `from` and `until` (either may be open); `missed`, for one too late or too
        /// early, the end it missed (`> until`, `< from`).
        case related(type: String, found: RelatedFound, from: Day?, until: Day?, missed: DateBound?)
        /// The field of a record that cannot be true.
        case field(String)
        /// A target: bodies keeping the rule over the population, against the share required.
        case share(met: Int, of: Int, target: Rational, reached: Bool)
    }

    /// One step of `rules explain`: how a date or a count was computed.
    public enum Step: Sendable, Hashable {
        case period(label: String, from: Day, to: Day)
        case prorated(Prorating)
        /// `lead` before (or after) `from` is `day`.
        case lead(TimeAmount, before: Bool, from: Day, day: Day)
        /// A weekday the working-day count skipped, and a weekend day it counted.
        case dayOff(Day, name: Localized, source: Localized)
        case workedDay(Day, name: Localized, source: Localized)
        /// A body on the roster that sent no record at all in the log.
        case silentBody(roster: String)
        /// A target's period: the bodies that did not keep the rule, and those whose period was not judged.
        case targetBodies(notKeeping: [String], undecided: [String])
    }
}

/// An amount of time in the rule's unit: `2 working days`, `3 months`.
public struct TimeAmount: Sendable, Hashable {
    public var amount: Int64
    public var dimension: DurationDimension
}

/// A count shorter (or longer) than its bound.
public struct CountShort: Sendable, Hashable {
    public var bound: CountBound
    public var need: Int64
    public var type: String
    public var found: Int
    /// The rule's `where`, shown so that "found 0" is not read as "none held".
    public var filter: String?
    /// Events of the type in the period whatever the filter: a near miss when it differs from `found`.
    public var ofType: Int?
    /// The first matching event after the `by` day, within the period.
    public var late: LateEvent?
}

public struct LateEvent: Sendable, Hashable {
    public var id: String
    public var date: Day
    public var due: Day
}

/// `⌈count × part/whole⌉ = need`: a count scaled to the days a rule is in force.
public struct Prorating: Sendable, Hashable {
    public var count: Int64
    public var part: Int
    public var whole: Int
    public var need: Int
}

/// A frequency rule's period only partly inside the rule's time in force, with what was counted.
public struct PartialPeriod: Sendable, Hashable {
    public var period: CutPeriod
    public var bound: CountBound
    public var count: Int64
    public var type: String
    public var found: Int
}

/// A period only partly inside a rule's time in force.
public struct CutPeriod: Sendable, Hashable {
    public var label: String
    public var naturalStart: Day
    public var naturalEnd: Day
    /// The part judged.
    public var first: Day
    public var last: Day
    /// Why the period is cut: each end of the rule's time in force inside it.
    public var cuts: [CoverageCut]
}

/// One end of a rule's time in force inside a period: where it is and why.
public struct CoverageCut: Sendable, Hashable {
    public var bound: RuleCoverage.Bound
    public var day: Day
    public var isStart: Bool
}

/// The days a related event had to fall in, as the rule words them.
public enum RelatedLimit: Sendable, Hashable {
    case onOrBefore(Day)
    case onOrAfter(Day)
    case sameDay(Day)
    case leadBefore(TimeAmount, from: Day, limit: Day)
    case within(TimeAmount, from: Day, limit: Day)
    case byEndOf(Period, from: Day, limit: Day)
    /// `at the next TYPE` (`sameDay`) or `by the next TYPE`: the next one's id and day.
    case next(type: String, id: String, day: Day, from: Day, sameDay: Bool)
}

public enum RelatedFound: Sendable, Hashable {
    case date(Day)
    /// None found.
    case none
    /// A refused record may be it.
    case unknown
}

/// `≥ 2023-10-16`: one end of the days allowed, or the one a late event missed (`> 2023-11-07`).
public struct DateBound: Sendable, Hashable {
    public var op: Operator
    public var day: Day
}

public struct TargetDetail: Sendable, Hashable {
    public var met: Int
    public var undecided: Int
    public var total: Int
    public var kind: String
    public var rule: String
    public var target: Rational
    public var reached: Bool
}

/// Why a rule made no check in the window.
public enum NothingJudged: Sendable, Hashable {
    case noEvents(subjects: String)
    case noEventsOfType(type: String, subjects: String, bodies: Int)
    case filterMatchedNone(type: String, events: Int)
    case noPeriodInWindow(type: String, matched: Int)
    case allWarnings(Int)
    /// A rule for a kind as a whole, with `--body` choosing some of its bodies.
    case bodiesSelected
}

/// An expression with the values that decided it: a field as `present 7`, arithmetic as
/// `2/3 × 11 = 22/3`, a failed comparison with its operator negated (`present 7 < 22/3`).
public indirect enum ExprValues: Sendable, Hashable {
    /// A value; `bare` when arithmetic shows it without parentheses (a constant, a count of members).
    case value(Value?, bare: Bool)
    case field(String, Value?)
    case arithmetic(ExprValues, Operator, ExprValues, Value?)
    /// `count(meeting where kind == "regular") 2`: what was counted (its filter, if any) and how many.
    case count(type: String, filter: String?, Value?)
    /// `sum(present over meeting)`: an aggregate, what it ranges over, and its value.
    case aggregate(Aggregate, of: String, over: String, Value?)
    /// A comparison as the rule writes it, and whether it held (nil when a value is missing).
    case comparison(ExprValues, Operator, ExprValues, holds: Bool?)
    case not(ExprValues)
    /// `has field` on a record without it.
    case missing(String)
    /// The parts of an `and` (those that failed, for a check that failed), or both sides of an `or`.
    case all([ExprValues])
}
