/// An exact rational number. Thresholds such as "2/3 of 11 members" are compared exactly:
/// 2/3 × 11 = 22/3, never 7.333…. Arithmetic that would overflow 64 bits returns nil so the
/// caller can turn it into a diagnostic instead of trapping.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    /// Always positive; the fraction is always in lowest terms.
    public let denominator: Int64

    public init(_ n: Int64) {
        numerator = n
        denominator = 1
    }

    public init(_ n: Int) { self.init(Int64(n)) }

    /// nil when `d` is zero or the reduced fraction does not fit.
    public init?(_ n: Int64, _ d: Int64) {
        guard d != 0, n != .min, d != .min else { return nil }
        let g = Rational.gcd(n.magnitude, d.magnitude)
        var nn = n / Int64(g), dd = d / Int64(g)
        if dd < 0 { nn = -nn; dd = -dd }
        numerator = nn
        denominator = dd
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : x
    }

    public var isInteger: Bool { denominator == 1 }

    public func adding(_ o: Rational) -> Rational? {
        let (a, o1) = numerator.multipliedReportingOverflow(by: o.denominator)
        let (b, o2) = o.numerator.multipliedReportingOverflow(by: denominator)
        let (d, o3) = denominator.multipliedReportingOverflow(by: o.denominator)
        guard !o1, !o2, !o3 else { return nil }
        let (n, o4) = a.addingReportingOverflow(b)
        return o4 ? nil : Rational(n, d)
    }

    public func negated() -> Rational? { numerator == .min ? nil : Rational(-numerator, denominator) }

    public func subtracting(_ o: Rational) -> Rational? { o.negated().flatMap(adding) }

    public func multiplied(by o: Rational) -> Rational? {
        // Cross-reduce first so 2/3 × 3/2 never overflows needlessly.
        let g1 = Int64(Rational.gcd(numerator.magnitude, o.denominator.magnitude))
        let g2 = Int64(Rational.gcd(o.numerator.magnitude, denominator.magnitude))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: o.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: o.denominator / g1)
        return o1 || o2 ? nil : Rational(n, d)
    }

    public func divided(by o: Rational) -> Rational? {
        guard o.numerator != 0, let inv = Rational(o.denominator, o.numerator) else { return nil }
        return multiplied(by: inv)
    }

    /// Exact comparison through 128-bit products: never overflows.
    public static func < (a: Rational, b: Rational) -> Bool {
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return l.high != r.high ? l.high < r.high : l.low < r.low
    }

    /// The smallest integer n with n ≥ self.
    public var ceiling: Int64 {
        let q = numerator / denominator
        return numerator % denominator > 0 ? q + 1 : q
    }

    /// The largest integer n with n ≤ self.
    public var floor: Int64 {
        let q = numerator / denominator
        return numerator % denominator < 0 ? q - 1 : q
    }

    /// `22/3`, `8`, `-1/2`.
    public var description: String { isInteger ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// `5/6` as `83 1/3%`, `3/2` as `150%`: exact, no rounding.
    /// `81.25%` — exact when the decimal ends (the denominator has no prime factor but 2 and 5),
    /// else rounded to two places and marked `≈` (`≈66.67%` for 2/3): the verdict compared the
    /// exact value either way.
    public var percentText: String {
        guard let p = multiplied(by: Rational(100)) else { return description }
        if p.isInteger { return "\(p.numerator)%" }
        var d = p.denominator, places = 0
        for factor: Int64 in [2, 5] { while d % factor == 0 { d /= factor } }
        if d == 1 {
            // Terminating: find how many places, then print them all.
            var scaled = p
            while !scaled.isInteger, places < 18, let next = scaled.multiplied(by: Rational(10)) { scaled = next; places += 1 }
            if scaled.isInteger { return Self.decimal(scaled.numerator, places: places) + "%" }
        }
        guard let hundredths = p.multiplied(by: Rational(100))?.adding(Rational(p.numerator < 0 ? -1 : 1, 2)!).map({ $0.numerator / $0.denominator }) else {
            return description
        }
        return "≈" + Self.decimal(hundredths, places: 2) + "%"
    }

    /// `n` / 10^places written out: (8125, 2) is `81.25`.
    private static func decimal(_ n: Int64, places: Int) -> String {
        let digits = String(n.magnitude)
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -places)
        return (n < 0 ? "-" : "") + padded[..<point] + (places > 0 ? "." + padded[point...] : "")
    }

    /// `0.974` as `≈97.4%` for display: a percentage to one decimal, rounded half up with integer
    /// arithmetic, marked `≈` unless exact. A rate short of 100% never reads as 100.0%, nor one
    /// above 0% as 0.0%: 215,991 kept of 215,997 is `>99.9%`, beside its 6 violations. Only for
    /// reading a rate at a glance; verdicts compare the exact value.
    public var percentRounded: String {
        guard let thousand = multiplied(by: Rational(1000)), let tenths = thousand.adding(Rational(1, 2)!)?.floor else { return percentText }
        func text(_ t: Int64) -> String { (t < 0 ? "-" : "") + "\(t.magnitude / 10).\(t.magnitude % 10)%" }
        if thousand.isInteger { return text(tenths) }
        if tenths == 1000, thousand < Rational(1000) { return ">99.9%" }
        if tenths == 0, thousand > Rational(0) { return "<0.1%" }
        return "≈" + text(tenths)
    }

    /// Parses an exact decimal literal such as `12`, `-3.50`, `0.125` (no exponent). nil on overflow.
    public static func parseDecimal<S: StringProtocol>(_ s: S) -> Rational? {
        var n: Int64 = 0, d: Int64 = 1, negative = false, seenDot = false, digits = 0
        // Zeros that end a fraction change nothing: `2.500000000000000000000` is 5/2, not an overflow.
        var scalars = Array(s.unicodeScalars)
        if scalars.contains(".") { while scalars.last == "0" { scalars.removeLast(); digits += 1 } }
        for (i, ch) in scalars.enumerated() {
            switch ch {
            case "-" where i == 0: negative = true
            case "+" where i == 0: break
            case "." where !seenDot: seenDot = true
            case "0"..."9":
                digits += 1
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int64(ch.value - 48))
                guard !o1, !o2 else { return nil }
                n = a
                if seenDot {
                    let (dd, o3) = d.multipliedReportingOverflow(by: 10)
                    guard !o3 else { return nil }
                    d = dd
                }
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        return Rational(negative ? -n : n, d)
    }
}
