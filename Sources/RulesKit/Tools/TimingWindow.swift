/// The days a related event may be dated on, relative to the event judged (x): `before x` is
/// (−∞, x], `at least 2 days before x` is (−∞, x − 2], `within 7 days after x` is [x, x + 7],
/// `after x` is [x, +∞). One window inside the other, for every x, is a stricter timing.
struct TimingWindow: Sendable {
    enum Edge: Sendable, Equatable {
        case minusInfinity, plusInfinity
        /// Days (or working days, months) from x's day; 0 is x's day in every unit.
        case offset(Int64, DurationDimension)
        /// The last day of x's week, month, quarter …
        case endOf(Period)
        /// The day of the next event of a filter (its text) after x.
        case next(String)
    }

    var lower: Edge
    var upper: Edge

    init?(_ t: CTiming) {
        func offset(_ d: CExpr, _ sign: Int64) -> Edge? {
            guard case .constant(.duration(let n, let dim)) = d.kind else { return nil }
            return .offset(sign * n, dim)
        }
        let zero = Edge.offset(0, .days)
        switch t {
        case .before: (lower, upper) = (.minusInfinity, zero)
        case .atLeastBefore(let d):
            guard let e = offset(d, -1) else { return nil }
            (lower, upper) = (.minusInfinity, e)
        case .sameDay: (lower, upper) = (zero, zero)
        case .withinAfter(let d):
            guard let e = offset(d, 1) else { return nil }
            (lower, upper) = (zero, e)
        case .after: (lower, upper) = (zero, .plusInfinity)
        case .afterByEndOf(let p): (lower, upper) = (zero, .endOf(p))
        case .next(let f, let sameDay):
            let e = Edge.next(ExprText.render(f))
            (lower, upper) = (sameDay ? e : zero, e)
        }
    }

    /// Whether `x ≤ y` is proven for every day x could fall on; false when it is not known.
    static func alwaysAtMost(_ x: Edge, _ y: Edge) -> Bool {
        switch (x, y) {
        case (.minusInfinity, _), (_, .plusInfinity): return true
        case (_, .minusInfinity), (.plusInfinity, _): return false
        case (.offset(let a, let da), .offset(let b, let db)):
            if da == db || a == 0 || b == 0 { return a <= b }
            // n working days from x are at least n calendar days from it, either way: 2 working days
            // before x is on or before x − 2 days, 2 working days after on or after x + 2 days.
            if da == .workingDays, db == .days, a <= 0, a <= b { return true }
            if da == .days, db == .workingDays, b >= 0, a <= b { return true }
            // Otherwise (2 working days against 3 days) only the signs are known.
            return a < 0 && b > 0
        case (.offset(let a, _), .endOf), (.offset(let a, _), .next): return a <= 0
        case (.endOf(let p), .endOf(let q)): return p == q || p.liesWithin(q)
        case (.next(let f), .next(let g)): return f == g
        default: return false
        }
    }

    /// Whether every day this window allows, the other allows too.
    func lies(within other: TimingWindow) -> Bool {
        Self.alwaysAtMost(other.lower, lower) && Self.alwaysAtMost(upper, other.upper)
    }
}

extension Period {
    /// Whether every period of this kind falls inside one period of `other`: months inside
    /// quarters, half-years and years; a week crosses month and year ends.
    func liesWithin(_ other: Period) -> Bool { perYear.map { mine in other.perYear.map { mine > $0 && mine % $0 == 0 } ?? false } ?? false }

    /// How many there are in a year, for the periods that divide a year evenly.
    var perYear: Int64? {
        switch self {
        case .month: 12
        case .quarter: 4
        case .halfYear: 2
        case .year: 1
        case .week, .term: nil
        }
    }
}
