/// The values a finding compared, written language-neutrally: `present 7 < 2/3 × 11 = 22/3`,
/// `count(meeting) 0 ✗ ≥ 1`, `draft 2023-03-04 (≤ 2023-03-02)`.
enum ComparedText {
    static func compared(_ v: Finding.Values, _ status: Finding.Status) -> String {
        switch v {
        case .expression(let e): return expression(e)
        case .count(let type, let found, let bound, let need, let prorated):
            let op = switch bound { case .atLeast: "≥"; case .atMost: "≤"; case .exactly: "=" }
            let required = prorated.map { "⌈\($0.count) × \($0.part)/\($0.whole)⌉ = \(need)" } ?? "\(need)"
            // ✗ marks a comparison that fails, ? one not decided yet: neither reads as a claim that it holds.
            let mark = status == .violation ? " ✗" : status == .kept ? "" : " ?"
            return "count(\(type)) \(found)\(mark) \(op) \(required)"
        case .related(let type, let found, let from, let until, let missed):
            let limits = [from.map { "≥ \($0)" }, until.map { "≤ \($0)" }].compactMap { $0 }.joined(separator: ", ")
            switch found {
            case .date(let d) where status == .violation:
                // A related event at the wrong time: the end it missed, or the days allowed.
                return "\(type) \(d) " + (missed.map { "\(symbol($0.op)) \($0.day)" } ?? limits)
            case .date(let d): return "\(type) \(d) (\(limits))"
            case .none: return "\(type) — (\(limits))"
            case .unknown: return "\(type) ? (\(limits))"
            }
        case .field(let name): return name
        case .share(let met, let of, let target, let reached):
            let share = Rational(Int64(met), Int64(max(of, 1)))!
            return "\(met)/\(of) = \(share.percentText) \(reached ? "≥" : "<") \(target.percentText)"
        }
    }

    static func expression(_ e: ExprValues) -> String {
        switch e {
        case .value(let v, _): return text(v)
        case .field(let name, let v): return "\(name) \(text(v))"
        case .arithmetic(let a, let op, let b, let v): return operand(a) + " " + symbol(op) + " " + operand(b) + " = " + text(v)
        case .count(let type, let filter, let v): return "count(\(type)\(filter.map { " where \($0)" } ?? "")) \(text(v))"
        case .aggregate(let kind, let of, let over, let v): return "\(kind.rawValue)(\(of) over \(over)) \(text(v))"
        // A comparison that failed is shown as what was found: `present 7 < 22/3` for `present >= …`.
        case .comparison(let a, let op, let b, let holds): return expression(a) + " " + symbol(holds == false ? op.negated : op) + " " + expression(b)
        case .not(let x): return "¬(" + expression(x) + ")"
        case .missing(let name): return "\(name) —"
        case .all(let parts): return parts.map(expression).joined(separator: "; ")
        }
    }

    /// For `A op P of B` (a rate against a share), A over B: the rate a bloc's report states, exact.
    static func rate(_ v: Finding.Values?) -> Rational? {
        guard case .expression(.comparison(let a, _, .arithmetic(_, .of, let b, _), _))? = v,
              case .number(let x)? = value(a), case .number(let y)? = value(b), y != Rational(0) else { return nil }
        return x.divided(by: y)
    }

    private static func value(_ e: ExprValues) -> Value? {
        switch e {
        case .value(let v, _), .field(_, let v), .arithmetic(_, _, _, let v), .count(_, _, let v), .aggregate(_, _, _, let v): v
        default: nil
        }
    }

    /// An operand of arithmetic: a field or a plain value as it is, anything else in parentheses.
    private static func operand(_ e: ExprValues) -> String {
        switch e {
        case .value(let v, true): text(v)
        case .field: expression(e)
        default: "(" + expression(e) + ")"
        }
    }

    private static let shown: [Operator: String] = [.lessOrEqual: "≤", .greaterOrEqual: "≥", .notEqual: "≠", .equal: "=", .times: "×",
                                                     .of: "×", .minus: "−"]

    static func symbol(_ op: Operator) -> String { shown[op] ?? op.rawValue }

    static func text(_ v: Value?) -> String {
        switch v {
        case .text(let s)?: "\"\(s)\""
        case let v?: v.description
        case nil: "(—)"
        }
    }
}
