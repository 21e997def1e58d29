/// The days a run judges and why its ends are where they are: asked for (`--from`/`--to`,
/// `--term`), taken from the log (from the month of its first event to the end of the year of its
/// last), or cut to the
/// regulation's time in force (its effective date and term). A report's heading shows it.
public struct EvaluationWindow: Sendable, Equatable {
    /// What fixed one end of the window.
    public enum Bound: Sendable, Hashable {
        /// `--from` / `--to` (or `--term`).
        case option
        /// The first day of the month of the log's first record, or the end of the year of its last.
        case events
        /// No events: the year of the evaluation date.
        case asOfYear
        /// Cut to the regulation's effective date.
        case effective
        /// Cut to the start or the end of the regulation's term.
        case termStart, termEnd
    }

    public var range: ClosedRange<Day>
    public var start: Bound
    public var end: Bound
    /// The window before it was cut to the regulation's time in force.
    public var requested: ClosedRange<Day>

    public var clamped: Bool { requested != range }

    public enum Problem: Error, Sendable, Equatable {
        /// `--from` after `--to`.
        case backwards(from: Day, to: Day)
        /// One end given and the other taken from the log cross: `--to` before the log's first
        /// month, or `--from` after its last year.
        case noDays(from: Day, to: Day)
        /// The window asked for has no day in the regulation's time in force.
        case outside(requested: ClosedRange<Day>, inForce: ClosedRange<Day>)
    }

    /// - Parameters:
    ///   - dates: the first and last dates of the log's events, if any.
    ///   - wholeTerm: `--term`: the regulation's term, where `from`/`to` do not say otherwise.
    public static func make(_ regulation: RegulationInfo?, dates: ClosedRange<Day>?, from: Day?, to: Day?,
                            asOf: Day, wholeTerm: Bool = false) -> Result<EvaluationWindow, Problem> {
        if let from, let to, from > to { return .failure(.backwards(from: from, to: to)) }
        let term = wholeTerm ? regulation?.term : nil
        // A log is taken to begin with the month of its first record, not with the year: a log of
        // July to December says nothing of January to June.
        let startBound: Bound = from != nil ? .option : term != nil ? .termStart : dates != nil ? .events : .asOfYear
        let endBound: Bound = to != nil ? .option : term != nil ? .termEnd : dates != nil ? .events : .asOfYear
        let lower = from ?? term?.lowerBound ?? dates.map { Day(year: $0.lowerBound.year, month: $0.lowerBound.month, day: 1)! }
            ?? Day(year: asOf.year, month: 1, day: 1)!
        let upper = to ?? term?.upperBound ?? Day(year: (dates?.upperBound ?? asOf).year, month: 12, day: 31)!
        guard lower <= upper else { return .failure(.noDays(from: lower, to: upper)) }
        var window = EvaluationWindow(range: lower...upper, start: startBound, end: endBound, requested: lower...upper)
        // The regulation's time in force: from its effective date (and its term's start) to the
        // end of its term.
        var inForceStart = Day.first, startWhy = Bound.effective
        if let e = regulation?.effective { inForceStart = e }
        if let t = regulation?.term, t.lowerBound > inForceStart { (inForceStart, startWhy) = (t.lowerBound, .termStart) }
        let inForceEnd = regulation?.term?.upperBound ?? Day.last
        guard window.range.upperBound >= inForceStart, window.range.lowerBound <= inForceEnd else {
            return .failure(.outside(requested: window.requested, inForce: inForceStart...max(inForceStart, inForceEnd)))
        }
        var a = window.range.lowerBound, b = window.range.upperBound
        if a < inForceStart { (a, window.start) = (inForceStart, startWhy) }
        if b > inForceEnd { (b, window.end) = (inForceEnd, .termEnd) }
        window.range = a...b
        return .success(window)
    }
}

/// Where the evaluation date comes from.
public enum AsOfBasis: Sendable, Equatable {
    /// `--as-of`.
    case given
    /// Today: the log runs to today or later.
    case today
    /// The log's last date, earlier than today: nothing after it is known.
    case logEnd
}
