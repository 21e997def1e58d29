/// Two regulations compared provision by provision, for trainers: a model regulation against a
/// local one, or one term's against the next. Rules are paired by name, then by article and
/// clause, then by form and subject; each pair is the same, stricter on one side, or not
/// comparable. Thresholds are compared exactly for every body size up to `maxMembers`.
public struct RegulationDiff: Sendable {
    public enum Verdict: String, Sendable {
        case same
        case aStricter = "A stricter"
        case bStricter = "B stricter"
        case notComparable = "not comparable"
        case onlyInA = "only in A"
        case onlyInB = "only in B"

        public var localized: Localized {
            switch self {
            case .same: Localized(vi: "giống nhau", en: "same")
            case .aStricter: Localized(vi: "A chặt hơn", en: "A stricter")
            case .bStricter: Localized(vi: "B chặt hơn", en: "B stricter")
            case .notComparable: Localized(vi: "không so sánh được", en: "not comparable")
            case .onlyInA: Localized(vi: "chỉ có ở A", en: "only in A")
            case .onlyInB: Localized(vi: "chỉ có ở B", en: "only in B")
            }
        }
    }

    public struct Pair: Sendable {
        public var a: CheckedRule?
        public var b: CheckedRule?
        public var verdict: Verdict
        /// The numbers behind the verdict: "33 members: A needs 22 present, B needs 17".
        public var details: [Localized]
    }

    public let a: Model
    public let b: Model
    public var maxMembers = 200

    public init(_ a: Model, _ b: Model) {
        self.a = a
        self.b = b
    }

    public func compare() -> [Pair] {
        var unpairedB = b.rules
        var pairs: [Pair] = []
        for ra in a.rules {
            let match = unpairedB.firstIndex { $0.name == ra.name }
                ?? unpairedB.firstIndex { Self.sameProvision($0.citation, ra.citation) && Self.kind($0.form) == Self.kind(ra.form) }
                ?? unpairedB.firstIndex { Self.kind($0.form) == Self.kind(ra.form) && Self.subjectType($0.form) == Self.subjectType(ra.form)
                    && !Set($0.subjects).isDisjoint(with: ra.subjects) }
            guard let i = match else {
                pairs.append(Pair(a: ra, b: nil, verdict: .onlyInA, details: []))
                continue
            }
            let rb = unpairedB.remove(at: i)
            let (v, d) = judge(ra, rb)
            pairs.append(Pair(a: ra, b: rb, verdict: v, details: d))
        }
        pairs += unpairedB.map { Pair(a: nil, b: $0, verdict: .onlyInB, details: []) }
        return pairs
    }

    static func sameProvision(_ x: Citation, _ y: Citation) -> Bool {
        !x.parts.isEmpty && x.parts.map { "\($0.level)\($0.number)" } == y.parts.map { "\($0.level)\($0.number)" }
    }

    static func kind(_ f: CRuleForm) -> String {
        switch f {
        case .frequency: "frequency"
        case .gap: "gap"
        case .each(_, _, .condition): "condition"
        case .each(_, _, .related): "related"
        case .each(_, _, .decision): "decision"
        case .whenever: "trigger"
        case .target: "target"
        }
    }

    static func subjectType(_ f: CRuleForm) -> String? {
        switch f {
        case .frequency(_, let c): c.filter.type
        case .gap(_, let f), .each(let f, _, _), .whenever(let f, _): f.type
        case .target(_, let r, _): r
        }
    }

    static func perYear(_ p: Period) -> Int64? {
        switch p {
        case .week: 52
        case .month: 12
        case .quarter: 4
        case .halfYear: 2
        case .year: 1
        case .term: nil
        }
    }

    /// Which side demands more, from one number each (a count, a lead time).
    static func order(_ x: Int64, _ y: Int64, higherIsStricter: Bool) -> Verdict {
        if x == y { return .same }
        return (x > y) == higherIsStricter ? .aStricter : .bStricter
    }

    func judge(_ ra: CheckedRule, _ rb: CheckedRule) -> (Verdict, [Localized]) {
        switch (ra.form, rb.form) {
        case (.frequency(let pa, let ca), .frequency(let pb, let cb)):
            guard ExprText.render(ca.filter) == ExprText.render(cb.filter), ca.bound == cb.bound, ca.bound != .exactly,
                  let ya = Self.perYear(pa), let yb = Self.perYear(pb) else { return (.notComparable, []) }
            let na = ca.count * ya, nb = cb.count * yb
            let detail = Localized(vi: "mỗi năm: A cần \(na), B cần \(nb) \(ca.filter.type)", en: "per year: A needs \(na), B needs \(nb) \(ca.filter.type)")
            return (Self.order(na, nb, higherIsStricter: ca.bound == .atLeast), [detail])
        case (.each(let fa, let ua, .condition(let xa)), .each(let fb, let ub, .condition(let xb))):
            guard ExprText.render(fa) == ExprText.render(fb), (ua == nil) == (ub == nil) else { return (.notComparable, []) }
            if let ta = RuleDescription.threshold(xa), let tb = RuleDescription.threshold(xb), ta.field == tb.field {
                return thresholds(ta, tb, field: ta.field, subjects: ra.subjects)
            }
            return (ExprText.render(xa) == ExprText.render(xb) ? .same : .notComparable, [])
        case (.each(let fa, _, .decision(let ba, _)), .each(let fb, _, .decision(let bb, _))):
            guard fa.type == fb.type, let ta = RuleDescription.threshold(ba), let tb = RuleDescription.threshold(bb), ta.field == tb.field
            else { return (.notComparable, []) }
            return thresholds(ta, tb, field: ta.field, subjects: ra.subjects)
        case (.each(let fa, _, .related(let oa, let tma)), .each(let fb, _, .related(let ob, let tmb))):
            guard ExprText.render(fa) == ExprText.render(fb), ExprText.render(oa) == ExprText.render(ob) else { return (.notComparable, []) }
            switch (tma, tmb) {
            case (.atLeastBefore(let da), .atLeastBefore(let db)), (.withinAfter(let da), .withinAfter(let db)):
                guard case .constant(.duration(let na, let dima)) = da.kind, case .constant(.duration(let nb, let dimb)) = db.kind,
                      dima == dimb else { return (.notComparable, []) }
                let before = if case .atLeastBefore = tma { true } else { false }
                let detail = Localized(vi: "A: \(Value.durationText(na, dima).vi), B: \(Value.durationText(nb, dimb).vi)",
                                       en: "A: \(Value.durationText(na, dima).en), B: \(Value.durationText(nb, dimb).en)")
                // A longer lead time before, or a shorter window after, asks more.
                return (Self.order(na, nb, higherIsStricter: before), [detail])
            default:
                return (.notComparable, [])
            }
        case (.target(let sa, let na, let pa), .target(let sb, let nb, let pb)):
            guard na == nb, pa == pb else { return (.notComparable, []) }
            let detail = Localized(vi: "chỉ tiêu: A \(sa.percentText), B \(sb.percentText)", en: "target: A \(sa.percentText), B \(sb.percentText)")
            return (sa == sb ? .same : sb < sa ? .aStricter : .bStricter, [detail])
        case (.gap(let ma, let fa), .gap(let mb, let fb)):
            guard ExprText.render(fa) == ExprText.render(fb), ma.dimension == mb.dimension else { return (.notComparable, []) }
            return (Self.order(ma.amount, mb.amount, higherIsStricter: false), [])
        default:
            return (.notComparable, [])
        }
    }

    /// Exact comparison over every body size 1…maxMembers: A is stricter when it never needs fewer
    /// and sometimes needs more.
    func thresholds(_ ta: (field: String, op: String, share: Rational), _ tb: (field: String, op: String, share: Rational),
                    field: String, subjects: [String]) -> (Verdict, [Localized]) {
        var aMore = false, bMore = false
        for n in 1...Int64(maxMembers) {
            guard let ka = RuleDescription.boundary(ta.op, ta.share, members: n),
                  let kb = RuleDescription.boundary(tb.op, tb.share, members: n) else { return (.notComparable, []) }
            if ka > kb { aMore = true }
            if kb > ka { bMore = true }
        }
        var details: [Localized] = []
        for s in subjects {
            guard let n = a.bodies[s]?.members.entries.last?.value ?? b.bodies[s]?.members.entries.last?.value,
                  let ka = RuleDescription.boundary(ta.op, ta.share, members: n),
                  let kb = RuleDescription.boundary(tb.op, tb.share, members: n) else { continue }
            details.append(Localized(vi: "\(s), \(n) thành viên: A cần \(ka) \(field), B cần \(kb)",
                                     en: "\(s), \(n) members: A needs \(ka) \(field), B needs \(kb)"))
        }
        let verdict: Verdict = aMore && bMore ? .notComparable : aMore ? .aStricter : bMore ? .bStricter : .same
        return (verdict, details)
    }
}
