/// Two rules compared in one respect (a count, a period, a filter, a window in time), or in several
/// at once. A respect is *same* only when proven equal; *A stricter* when every log in which B finds
/// a violation is one in which A finds it too, and some log separates them.
struct Judgement: Sendable {
    var verdict: RegulationDiff.Verdict
    var details: [Localized] = []

    static let same = Judgement(verdict: .same)

    static func notComparable(_ why: Localized) -> Judgement { Judgement(verdict: .notComparable, details: [why]) }

    /// `aStricter` when A is the stricter side, `nil` when both are equal.
    static func stricter(a: Bool?, _ detail: Localized? = nil) -> Judgement {
        let verdict: RegulationDiff.Verdict = switch a {
        case nil: .same
        case true?: .aStricter
        case false?: .bStricter
        }
        return Judgement(verdict: verdict, details: detail.map { [$0] } ?? [])
    }

    /// Which side asks more of one number (a count, a lead time, a share).
    static func order<T: Comparable>(_ x: T, _ y: T, higherIsStricter: Bool, _ detail: Localized? = nil) -> Judgement {
        stricter(a: x == y ? nil : (x > y) == higherIsStricter, x == y ? nil : detail)
    }

    /// Both respects at once: equal in one and stricter in the other is stricter; stricter in one
    /// and looser in the other is not comparable, since each finds violations the other misses.
    func and(_ other: Judgement) -> Judgement {
        var details = self.details + other.details
        let verdict: RegulationDiff.Verdict
        switch (self.verdict, other.verdict) {
        case (.notComparable, _), (_, .notComparable): verdict = .notComparable
        case (.same, let v), (let v, .same): verdict = v
        case (let x, let y) where x == y: verdict = x
        default:
            verdict = .notComparable
            details.append(Localized(vi: "mỗi bên chặt hơn ở một mặt, nên mỗi bên có thể phát hiện vi phạm mà bên kia bỏ qua",
                                     en: "each side is stricter in one respect, so each can find a violation the other misses"))
        }
        return Judgement(verdict: verdict, details: details)
    }

    static func all(_ parts: [Judgement]) -> Judgement { parts.reduce(.same) { $0.and($1) } }
}
