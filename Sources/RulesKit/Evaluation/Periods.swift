/// Calendar periods a frequency rule counts in, aligned to the calendar (and to the term).
public struct PeriodSpan: Sendable, Hashable {
    public var start: Day
    public var end: Day
    /// `2023-03`, `2023-Q2`, `2023-H1`, `2023`, `2023-W14`, `term`
    public var label: String
    /// The period's own last day, before clipping to the window: a month is over only when it is.
    public var naturalEnd: Day
    /// The period's own first day, before clipping to the window.
    public var naturalStart: Day
}

public enum Periods {
    /// Every period of the kind that overlaps `window`, clipped to it.
    static func spans(_ p: Period, in window: ClosedRange<Day>, term: ClosedRange<Day>?) -> [PeriodSpan] {
        if p == .term {
            let t = term ?? window
            guard t.upperBound >= window.lowerBound, t.lowerBound <= window.upperBound else { return [] }
            return [PeriodSpan(start: max(t.lowerBound, window.lowerBound), end: min(t.upperBound, window.upperBound), label: "term",
                               naturalEnd: t.upperBound, naturalStart: t.lowerBound)]
        }
        var out: [PeriodSpan] = []
        var cursor = start(of: p, containing: window.lowerBound)
        while cursor <= window.upperBound {
            let next = advance(p, cursor)
            // Day arithmetic clamps at 9999-12-31, where the next period is this one again: stop.
            guard next > cursor, start(of: p, containing: next) != cursor else {
                out.append(PeriodSpan(start: max(cursor, window.lowerBound), end: window.upperBound, label: label(p, cursor),
                                      naturalEnd: window.upperBound, naturalStart: cursor))
                break
            }
            let end = next.adding(days: -1)
            out.append(PeriodSpan(start: max(cursor, window.lowerBound), end: min(end, window.upperBound), label: label(p, cursor),
                                  naturalEnd: end, naturalStart: cursor))
            cursor = next
        }
        return out
    }

    /// Whether the period named by a label (`2023-08`, `2023-Q3`, `2023-H2`, `2023`) contains a day.
    public static func contains(label name: String, _ d: Day) -> Bool {
        Period.allCases.contains { $0 != .term && label(of: $0, d) == name }
    }

    /// Whether a text has the shape of a period's label: `2023`, `2023-05`, `2023-Q2`, `2023-H1`,
    /// `2023-W14`, `term`.
    public static func isLabel(_ s: String) -> Bool {
        if s == "term" { return true }
        func digits(_ x: Substring) -> Bool { !x.isEmpty && x.allSatisfy { ("0"..."9").contains($0) } }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let y = parts.first, y.count == 4, digits(y) else { return false }
        guard parts.count == 2 else { return parts.count == 1 }
        let p = parts[1]
        switch p.first {
        case "Q": return p == "Q1" || p == "Q2" || p == "Q3" || p == "Q4"
        case "H": return p == "H1" || p == "H2"
        case "W": return p.count == 3 && digits(p.dropFirst()) && (1...53).contains(Int(p.dropFirst()) ?? 0)
        default: return p.count == 2 && digits(p) && (1...12).contains(Int(p) ?? 0)
        }
    }

    static func label(of p: Period, _ d: Day) -> String { Self.label(p, start(of: p, containing: d)) }

    static func start(of p: Period, containing d: Day) -> Day {
        switch p {
        case .week: d.adding(days: -(d.weekday - 1))
        case .month: Day(year: d.year, month: d.month, day: 1)!
        case .quarter: Day(year: d.year, month: (d.month - 1) / 3 * 3 + 1, day: 1)!
        case .halfYear: Day(year: d.year, month: d.month <= 6 ? 1 : 7, day: 1)!
        case .year, .term: Day(year: d.year, month: 1, day: 1)!
        }
    }

    /// The last day of the period of the kind that contains `d`, from the calendar itself (not by
    /// stepping to the next period: there is none after 9999-12-31).
    static func end(of p: Period, containing d: Day) -> Day {
        if p == .week { return d.adding(days: 7 - d.weekday) }
        let month: Int = switch p {
        case .week, .month: d.month
        case .quarter: (d.month - 1) / 3 * 3 + 3
        case .halfYear: d.month <= 6 ? 6 : 12
        case .year, .term: 12
        }
        return Day(year: d.year, month: month, day: Day.daysInMonth(year: d.year, month: month))!
    }

    static func advance(_ p: Period, _ d: Day) -> Day {
        switch p {
        case .week: d.adding(days: 7)
        case .month: d.adding(months: 1)
        case .quarter: d.adding(months: 3)
        case .halfYear: d.adding(months: 6)
        case .year, .term: d.adding(months: 12)
        }
    }

    static func label(_ p: Period, _ start: Day) -> String {
        let y = String(start.year)
        switch p {
        case .month: return y + "-" + (start.month < 10 ? "0" : "") + String(start.month)
        case .quarter: return y + "-Q\((start.month - 1) / 3 + 1)"
        case .halfYear: return y + "-H\(start.month <= 6 ? 1 : 2)"
        case .year: return y
        case .term: return "term"
        case .week:
            // ISO week number: the week belongs to the year of its Thursday.
            let thursday = start.adding(days: 3)
            let jan1 = Day(year: thursday.year, month: 1, day: 1)!
            let week = (Int(thursday.ordinal - jan1.ordinal)) / 7 + 1
            return "\(thursday.year)-W" + (week < 10 ? "0" : "") + String(week)
        }
    }
}
