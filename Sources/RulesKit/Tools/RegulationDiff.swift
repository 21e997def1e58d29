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
        // Each rule of A takes the first unpaired rule of B with its name, else the first at the same
        // provision with the same form, else the first of the same form and event type about a shared
        // body. The candidates are indexed, so 10,000 provisions cost 10,000 lookups, not 10^8.
        var candidates = Candidates(b.rules)
        var pairs: [Pair] = []
        for ra in a.rules {
            guard let i = candidates.take(name: ra.name)
                ?? candidates.take(Self.provisionKey(ra))
                ?? candidates.takeFirst(ra.subjects.map { Self.subjectKey(ra, $0) }) else {
                pairs.append(Pair(a: ra, b: nil, verdict: .onlyInA, details: []))
                continue
            }
            let rb = b.rules[i]
            let (v, d) = judge(ra, rb)
            pairs.append(Pair(a: ra, b: rb, verdict: v, details: d))
        }
        pairs += candidates.unpaired.map { Pair(a: nil, b: b.rules[$0], verdict: .onlyInB, details: []) }
        return pairs
    }

    private static func provisionKey(_ r: CheckedRule) -> String? {
        r.citation.parts.isEmpty ? nil : r.citation.parts.map { "\($0.level)\($0.number)" }.joined(separator: "/") + "|" + kind(r.form)
    }

    private static func subjectKey(_ r: CheckedRule, _ subject: String) -> String {
        kind(r.form) + "|" + (subjectType(r.form) ?? "") + "|" + subject
    }

    /// B's rules by each way of pairing, each list in B's order; a rule taken is skipped everywhere.
    private struct Candidates {
        private var taken: [Bool]
        private var byName: [String: Int] = [:]
        private var lists: [String: [Int]] = [:]
        private var cursors: [String: Int] = [:]

        init(_ rules: [CheckedRule]) {
            taken = Array(repeating: false, count: rules.count)
            for (i, r) in rules.enumerated() {
                if byName[r.name] == nil { byName[r.name] = i }
                if let k = RegulationDiff.provisionKey(r) { lists["p|" + k, default: []].append(i) }
                for s in Set(r.subjects) { lists["s|" + RegulationDiff.subjectKey(r, s), default: []].append(i) }
            }
        }

        var unpaired: [Int] { taken.indices.filter { !taken[$0] } }

        mutating func take(name: String) -> Int? {
            guard let i = byName[name], !taken[i] else { return nil }
            taken[i] = true
            return i
        }

        mutating func take(_ provision: String?) -> Int? {
            guard let provision, let i = first("p|" + provision) else { return nil }
            taken[i] = true
            return i
        }

        /// The earliest in B's order among the subject lists.
        mutating func takeFirst(_ subjects: [String]) -> Int? {
            guard let i = subjects.compactMap({ first("s|" + $0) }).min() else { return nil }
            taken[i] = true
            return i
        }

        /// The first untaken index of a list; taken ones are passed for good (amortised linear).
        private mutating func first(_ key: String) -> Int? {
            guard let list = lists[key] else { return nil }
            var c = cursors[key, default: 0]
            while c < list.count && taken[list[c]] { c += 1 }
            cursors[key] = c
            return c < list.count ? list[c] : nil
        }
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
        case .periodic: "periodic"
        }
    }

    static func subjectType(_ f: CRuleForm) -> String? {
        switch f {
        case .frequency(_, let c): c.filter.type
        case .gap(_, let f), .each(let f, _, _), .whenever(let f, _): f.type
        case .target(_, let r, _): r
        case .periodic: f.eventType
        }
    }

    func judge(_ ra: CheckedRule, _ rb: CheckedRule) -> (Verdict, [Localized]) {
        let j = RuleRelation(a: a, b: b).judge(ra, rb)
        // "Same" says what both ask, so the reader can see what was compared.
        if j.verdict == .same { return (.same, [Localized(vi: "cả hai: ", en: "both: ") + RuleDescription(model: a).describe(ra)]) }
        return (j.verdict, j.details)
    }
}
