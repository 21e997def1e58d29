/// A rule in plain words, for people who read the regulation, not the code:
/// "at least 8 of the 11 members present (2/3 of 11 = 22/3)".
public struct RuleDescription: Sendable {
    public let model: Model

    public init(model: Model) {
        self.model = model
    }

    private func periodWord(_ p: Period) -> Localized {
        p == .term ? Localized(vi: "trong nhiệm kỳ", en: "in the term") : Localized(vi: "mỗi ", en: "every ") + p.noun
    }

    private func bound(_ b: CountBound) -> Localized {
        switch b {
        case .atLeast: Localized(vi: "ít nhất", en: "at least")
        case .atMost: Localized(vi: "nhiều nhất", en: "at most")
        case .exactly: Localized(vi: "đúng", en: "exactly")
        }
    }

    /// The smallest whole count that meets `op share × n`, for a threshold on a body of n members.
    public static func boundary(_ op: Operator, _ share: Rational, members n: Int64) -> Int64? {
        guard let limit = share.multiplied(by: Rational(n)) else { return nil }
        switch op {
        case .greaterOrEqual: return limit.ceiling
        case .greater: return limit.floor + 1
        default: return nil
        }
    }

    /// `m.present >= 2/3 of members` → the field, the comparison and the share.
    public static func threshold(_ e: CExpr) -> (field: String, op: Operator, share: Rational)? {
        guard case .binary(let op, let lhs, let rhs) = e.kind, op == .greaterOrEqual || op == .greater,
              case .field(_, let field) = lhs.kind,
              case .binary(.of, let q, let base) = rhs.kind, case .constant(.number(let share)) = q.kind,
              case .members = base.kind
        else { return nil }
        return (field, op, share)
    }

    public func describe(_ r: CheckedRule) -> Localized {
        let bodies = r.subjects.joined(separator: ", ")
        switch r.form {
        case .frequency(let p, let c):
            let by = c.deadline.map { Localized(vi: " (chậm nhất ngày \($0.day)/\($0.month))", en: " (by \($0.day)/\($0.month))") } ?? .same("")
            let what = Self.events(c.filter)
            return Localized(vi: "\(bodies): \(bound(c.bound).vi) \(c.count) \(what.vi) \(periodWord(p).vi)\(by.vi)",
                             en: "\(bodies): \(bound(c.bound).en) \(c.count) \(what.en) \(periodWord(p).en)\(by.en)")
        case .gap(let max, let f):
            let d = Value.durationText(max.amount, max.dimension)
            let what = Self.events(f)
            return Localized(vi: "\(bodies): hai \(what.vi) liên tiếp không cách nhau quá \(d.vi)",
                             en: "\(bodies): no more than \(d.en) between two \(what.en)")
        case .each(let f, let unless, let req):
            var text = requirement(req, of: f, r)
            if unless != nil {
                text = text + Localized(vi: " (trừ trường hợp đặc biệt được ghi nhận)", en: " (except a recorded special case)")
            }
            return text
        case .whenever(let f, let req):
            return Localized(vi: "khi có \(Self.events(f).vi): ", en: "whenever a \(Self.events(f).en) is recorded: ")
                + requirement(req, of: f, r, subject: Localized(vi: "\(VocabularyLabels.noun(f.type)) đó", en: "it"))
        case .periodic(let p, let c):
            let condition = Self.words(c)
            let together = r.whole ? Localized(vi: " (tính chung cho các cơ quan)", en: " (all the bodies together)") : .same("")
            return Localized(vi: "\(bodies)\(together.vi), \(periodWord(p).vi): \(condition.vi)",
                             en: "\(bodies)\(together.en), \(periodWord(p).en): \(condition.en)")
        case .target(let share, let rule, let p):
            let every = p.map { periodWord($0) } ?? .same("")
            return Localized(vi: "\(share.percentText) \(bodies) đạt quy tắc '\(rule)' \(every.vi)",
                             en: "\(share.percentText) of \(bodies) keep rule '\(rule)' \(every.en)")
        }
    }

    /// `subject`: how the sentence names the event judged — "each meeting where …", or after
    /// `whenever …:` simply "it".
    private func requirement(_ req: CRequirement, of f: CFilter, _ r: CheckedRule, subject: Localized? = nil) -> Localized {
        let each = subject ?? Localized(vi: "mỗi \(Self.events(f).vi)", en: "each \(Self.events(f).en)")
        switch req {
        case .condition(let c):
            if let t = Self.threshold(c) {
                let sizes = r.subjects.compactMap { s -> (String, Int64)? in
                    guard let b = model.bodies[s], let n = b.members.entries.last?.value else { return nil }
                    return (s, n)
                }
                let more = t.op == .greater
                var vi = "\(each.vi): \(vietnamese(t.field)) \(more ? ">" : "≥") \(t.share) tổng số thành viên"
                var en = "\(each.en): \(t.field) \(more ? "more than" : "at least") \(t.share) of all members"
                for (s, n) in sizes {
                    if let k = Self.boundary(t.op, t.share, members: n) {
                        vi += "; \(s) có \(n) thành viên: cần ít nhất \(k)"
                        en += "; \(s) has \(n) members: at least \(k) needed"
                    }
                }
                return Localized(vi: vi, en: en)
            }
            let condition = ExprText.readable(c, own: f.slot)
            return Localized(vi: "\(each.vi): \(vietnamese(condition))", en: "\(each.en): \(condition)")
        case .related(let other, let timing):
            let when = Self.timingText(timing)
            let match = Self.events(other, others: [f.slot: f.type])
            return Localized(vi: "\(each.vi) cần có \(match.vi) \(when.vi)", en: "\(each.en) needs a \(match.en) \(when.en)")
        case .decision(let base, let cases):
            var vi = "\(each.vi) được ghi là thông qua phải đủ ngưỡng", en = "\(each.en) recorded as adopted must meet its threshold"
            if let t = Self.threshold(base) {
                vi += ": \(vietnamese(t.field)) \(t.op == .greater ? ">" : "≥") \(t.share) tổng số thành viên"
                en += ": \(t.field) \(t.op == .greater ? "more than" : "at least") \(t.share) of all members"
            } else {
                let condition = ExprText.readable(base, own: f.slot)
                vi += ": \(vietnamese(condition))"
                en += ": \(condition)"
            }
            for c in cases {
                let when = ExprText.readable(c.when, own: f.slot), needs = ExprText.readable(c.requires, own: f.slot)
                vi += "; khi \(vietnamese(when)): \(vietnamese(needs))"
                en += "; when \(when): \(needs)"
            }
            return Localized(vi: vi, en: en)
        }
    }

    /// The events a filter takes, in words: `meeting where kind == "regular"` / `hội nghị có loại == "thường kỳ"`.
    /// A periodic rule's condition in words: "the total of present over meeting is more than 95% of …".
    static func words(_ e: CExpr) -> Localized {
        func op(_ o: Operator) -> Localized? {
            switch o {
            case .greater: Localized(vi: "lớn hơn", en: "is more than")
            case .greaterOrEqual: Localized(vi: "ít nhất bằng", en: "is at least")
            case .less: Localized(vi: "nhỏ hơn", en: "is less than")
            case .lessOrEqual: Localized(vi: "không quá", en: "is at most")
            case .equal: Localized(vi: "bằng", en: "equals")
            case .and: Localized(vi: "và", en: "and")
            case .or: Localized(vi: "hoặc", en: "or")
            default: nil
            }
        }
        switch e.kind {
        case .aggregate(let kind, let value, let f):
            let v = ExprText.readable(value, own: f.slot), vv = vietnamese(v)
            let what = events(f)
            return switch kind {
            case .sum: Localized(vi: "tổng \(vv) của các \(what.vi)", en: "the total of \(v) over \(what.en) events")
            case .min: Localized(vi: "\(vv) nhỏ nhất trong các \(what.vi)", en: "the least \(v) over \(what.en) events")
            case .max: Localized(vi: "\(vv) lớn nhất trong các \(what.vi)", en: "the greatest \(v) over \(what.en) events")
            case .average: Localized(vi: "\(vv) trung bình của các \(what.vi)", en: "the average \(v) over \(what.en) events")
            }
        case .count(let f):
            let what = events(f)
            return Localized(vi: "số \(what.vi)", en: "the number of \(what.en) events")
        case .binary(.of, let a, let b):
            let share: Localized = if case .constant(.number(let q)) = a.kind { .same(q.percentText) } else { words(a) }
            let whole = words(b)
            return Localized(vi: "\(share.vi) của \(whole.vi)", en: "\(share.en) of \(whole.en)")
        case .binary(let o, let a, let b):
            guard let w = op(o) else { return expression(e) }
            let x = words(a), y = words(b)
            return Localized(vi: "\(x.vi) \(w.vi) \(y.vi)", en: "\(x.en) \(w.en) \(y.en)")
        default:
            return expression(e)
        }
    }

    private static func expression(_ e: CExpr) -> Localized {
        let text = ExprText.readable(e, own: -1)
        return Localized(vi: vietnamese(text), en: text)
    }

    static func events(_ f: CFilter, others: [Int: String] = [:]) -> Localized {
        let condition = ExprText.readable(f, others: others)
        return Localized(vi: VocabularyLabels.noun(f.type) + (condition.map { " có \(vietnamese($0))" } ?? ""),
                         en: f.type + (condition.map { " where \($0)" } ?? ""))
    }

    /// When the related event must be dated, relative to the event judged.
    static func timingText(_ timing: CTiming) -> Localized {
        switch timing {
        case .before: Localized(vi: "trước hoặc cùng ngày", en: "on or before it")
        case .sameDay: Localized(vi: "cùng ngày", en: "on the same day")
        case .after: Localized(vi: "từ ngày đó trở đi", en: "on or after it")
        case .atLeastBefore(let d): Localized(vi: "trước ít nhất \(durationText(d).vi)", en: "at least \(durationText(d).en) before it")
        case .withinAfter(let d): Localized(vi: "trong vòng \(durationText(d).vi) sau đó", en: "within \(durationText(d).en) after it")
        case .afterByEndOf(let p):
            Localized(vi: "sau đó, chậm nhất là cuối \(p.noun.vi) đó", en: "after it, by the end of its \(p.noun.en)")
        case .next(let n, let sameDay):
            sameDay ? Localized(vi: "tại \(events(n).vi) kế tiếp sau đó", en: "at the next \(events(n).en) after it")
                : Localized(vi: "sau đó, chậm nhất là \(events(n).vi) kế tiếp", en: "after it, by the next \(events(n).en)")
        }
    }

    private static func durationText(_ d: CExpr) -> Localized {
        if case .constant(.duration(let n, let dim)) = d.kind { return Value.durationText(n, dim) }
        return .same("?")
    }
}

/// An expression written in English words, in Vietnamese words: for the Vietnamese sentences.
private func vietnamese(_ english: String) -> String { Surface.vietnamese(expression: english) }
