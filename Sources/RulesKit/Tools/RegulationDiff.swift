/// Two regulations compared provision by provision, for trainers: a model regulation against a
/// local one, or one term's against the next. Rules are paired by name, then by article and
/// clause, then by form and subject; each pair is the same, stricter on one side, or not
/// comparable (`RuleRelation` says which, and why).
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

    func judge(_ ra: CheckedRule, _ rb: CheckedRule) -> (Verdict, [Localized]) {
        let j = RuleRelation(a: a, b: b).judge(ra, rb)
        // "Same" says what both ask, so the reader can see what was compared.
        if j.verdict == .same { return (.same, [Localized(vi: "cả hai: ", en: "both: ") + RuleDescription(model: a).describe(ra)]) }
        return (j.verdict, j.details)
    }
}
