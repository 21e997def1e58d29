/// Which of two paired rules asks more, proven from their forms. Each respect — who is judged,
/// which events count, how many, in which period, by when, against which threshold — is compared
/// on its own, and the respects are combined (`Judgement.and`). What is not proven is *not
/// comparable*, with the reason; never *same*.
struct RuleRelation {
    let a: Model
    let b: Model

    func judge(_ ra: CheckedRule, _ rb: CheckedRule) -> Judgement {
        let who = subjects(ra, rb)
        // Numbers worked out for bodies that differ would only mislead.
        guard who.verdict != .notComparable else { return who }
        return who.and(form(ra, rb))
    }

    // MARK: - Who is judged

    /// The same bodies, declared alike: a threshold of members means the same number on both sides.
    private func subjects(_ ra: CheckedRule, _ rb: CheckedRule) -> Judgement {
        guard Set(ra.subjects) == Set(rb.subjects) else {
            return .notComparable(Localized(
                vi: "áp dụng cho các tổ chức khác nhau: A cho \(ra.subjects.joined(separator: ", ")), B cho \(rb.subjects.joined(separator: ", "))",
                en: "they apply to different bodies: A to \(ra.subjects.joined(separator: ", ")), B to \(rb.subjects.joined(separator: ", "))"))
        }
        // The sizes matter only to a rule that compares with them.
        let sized = Self.readsBodySize(ra.form) || Self.readsBodySize(rb.form)
        for s in ra.subjects {
            guard let x = a.bodies[s], let y = b.bodies[s] else { continue }
            if x.isKind != y.isKind || x.pattern != y.pattern {
                return .notComparable(Localized(vi: "hai văn bản khai báo '\(s)' khác nhau (tổ chức hay loại tổ chức, mẫu tên)",
                                                en: "the two files declare '\(s)' differently (a body or a kind, its name pattern)"))
            }
            if sized, !Self.sameTimeline(x.members, y.members) || !Self.sameTimeline(x.exempt, y.exempt) {
                let na = x.members.entries.last.map { "\($0.value)" } ?? "—", nb = y.members.entries.last.map { "\($0.value)" } ?? "—"
                return .notComparable(Localized(vi: "hai văn bản cho '\(s)' số thành viên khác nhau (A: \(na), B: \(nb))",
                                                en: "the two files give '\(s)' different sizes (A: \(na) members, B: \(nb))"))
            }
        }
        return .same
    }

    private static func readsBodySize(_ f: CRuleForm) -> Bool {
        switch f {
        case .each(_, _, let req), .whenever(_, let req): req.readsBodySize
        default: false
        }
    }

    private static func sameTimeline(_ x: Timeline, _ y: Timeline) -> Bool {
        x.entries.count == y.entries.count && zip(x.entries, y.entries).allSatisfy { $0.from == $1.from && $0.value == $1.value }
    }

    // MARK: - The forms

    private func form(_ ra: CheckedRule, _ rb: CheckedRule) -> Judgement {
        switch (ra.form, rb.form) {
        case (.frequency(let pa, let ca), .frequency(let pb, let cb)):
            return frequency(pa, ca, pb, cb)
        case (.gap(let ma, let fa), .gap(let mb, let fb)):
            guard ma.dimension == mb.dimension else { return .notComparable(Self.units) }
            let d = Localized(vi: "khoảng cách tối đa: A \(Value.durationText(ma.amount, ma.dimension).vi), B \(Value.durationText(mb.amount, mb.dimension).vi)",
                              en: "longest gap: A \(Value.durationText(ma.amount, ma.dimension).en), B \(Value.durationText(mb.amount, mb.dimension).en)")
            // Fewer events counted leave longer gaps between them.
            return Judgement.order(ma.amount, mb.amount, higherIsStricter: false, d)
                .and(filters(fa, fb, narrowerIsStricter: true, Self.counted))
        case (.each(let fa, let ua, let qa), .each(let fb, let ub, let qb)):
            return filters(fa, fb, narrowerIsStricter: false, Self.judged).and(unless(ua, ub)).and(requirement(qa, qb, ra, rb))
        case (.whenever(let fa, let qa), .whenever(let fb, let qb)):
            return filters(fa, fb, narrowerIsStricter: false, Self.judged).and(requirement(qa, qb, ra, rb))
        case (.target(let sa, let na, let pa), .target(let sb, let nb, let pb)):
            return target(sa, na, pa, sb, nb, pb)
        case (.periodic(let pa, let ca), .periodic(let pb, let cb)):
            // Two conditions on a period are the same when they say the same thing of the same
            // period; which of two different ones is stricter is not worked out.
            if pa == pb && ExprText.render(ca) == ExprText.render(cb) { return .same }
            return .notComparable(Localized(vi: "hai điều kiện tính trên kỳ khác nhau: công cụ chỉ so sánh được khi chúng giống hệt",
                                            en: "two different conditions on a period: they are compared only when identical")
                                  + .same(" — A: \(ExprText.readable(ca, own: -1)); B: \(ExprText.readable(cb, own: -1))"))
        default:
            return .notComparable(Localized(vi: "hai quy tắc có dạng khác nhau", en: "the two rules have different forms"))
        }
    }

    private static let units = Localized(vi: "hai bên đo bằng đơn vị khác nhau", en: "the two sides count in different units")
    private static let counted = Localized(vi: "sự kiện được đếm", en: "events counted")
    private static let judged = Localized(vi: "sự kiện được xét", en: "events judged")
    private static let related = Localized(vi: "sự kiện đáp ứng", en: "events that answer")

    // MARK: Frequency

    private func frequency(_ pa: Period, _ ca: CCount, _ pb: Period, _ cb: CCount) -> Judgement {
        let text = Localized(vi: "A: \(countText(pa, ca).vi); B: \(countText(pb, cb).vi)", en: "A: \(countText(pa, ca).en); B: \(countText(pb, cb).en)")
        if pa == .term || pb == .term, a.regulation?.term != b.regulation?.term {
            return .notComparable(Localized(vi: "nhiệm kỳ của hai văn bản khác nhau", en: "the two regulations' terms differ"))
        }
        if pa == pb { return samePeriod(ca, cb, text) }
        // A count per shorter period fixes the distribution too: "1 every month" keeps "12 every year",
        // not the reverse. Proven for periods that nest and counts without a `by` day.
        guard ca.bound == cb.bound, ca.bound != .exactly, ca.deadline == nil, cb.deadline == nil else {
            return .notComparable(Localized(vi: "kỳ khác nhau, với hạn trong kỳ hoặc số lượng 'đúng'", en: "different periods, with a `by` day or an `exactly` count") + .same(" — ") + text)
        }
        let aShorter = pa.liesWithin(pb)
        guard aShorter || pb.liesWithin(pa), let ya = pa.perYear, let yb = pb.perYear else {
            return .notComparable(Localized(vi: "một \(pa.noun.vi) không nằm trọn trong một \(pb.noun.vi) (hoặc ngược lại)",
                                            en: "a \(pa.noun.en) does not fall within one \(pb.noun.en), nor the reverse") + .same(" — ") + text)
        }
        // A partial longer period scaled day by day could break while every shorter one is kept.
        if (aShorter ? cb : ca).prorated {
            return .notComparable(Localized(vi: "kỳ dài hơn được tính theo tỷ lệ ngày ('prorated')", en: "the longer period is prorated by days") + .same(" — ") + text)
        }
        let (short, long) = aShorter ? (ca.count, cb.count) : (cb.count, ca.count)
        let k = aShorter ? ya / yb : yb / ya
        let shortIsStricter = ca.bound == .atLeast ? short * k >= long : short * k <= long
        guard shortIsStricter else {
            return .notComparable(Localized(vi: "\(k) kỳ ngắn × \(short) không tương ứng \(long) mỗi kỳ dài", en: "\(k) short periods × \(short) do not cover \(long) per long period") + .same(" — ") + text)
        }
        return Judgement.stricter(a: aShorter, text).and(filters(ca.filter, cb.filter, narrowerIsStricter: ca.bound == .atLeast, Self.counted))
    }

    private func samePeriod(_ ca: CCount, _ cb: CCount, _ text: Localized) -> Judgement {
        let count: Judgement
        switch (ca.bound, cb.bound) {
        case (.atLeast, .atLeast): count = .order(ca.count, cb.count, higherIsStricter: true, text)
        case (.atMost, .atMost): count = .order(ca.count, cb.count, higherIsStricter: false, text)
        case (.exactly, .exactly): count = ca.count == cb.count ? .same : .notComparable(text)
        // Exactly N is broken whenever at least N (or at most N) is, and also by too many (too few).
        case (.exactly, .atLeast): count = ca.count >= cb.count ? .stricter(a: true, text) : .notComparable(text)
        case (.atLeast, .exactly): count = cb.count >= ca.count ? .stricter(a: false, text) : .notComparable(text)
        case (.exactly, .atMost): count = ca.count <= cb.count ? .stricter(a: true, text) : .notComparable(text)
        case (.atMost, .exactly): count = cb.count <= ca.count ? .stricter(a: false, text) : .notComparable(text)
        default: count = .notComparable(text)
        }
        // Fewer events counted: harder to reach at least N, easier to stay at most N.
        let events: Judgement = switch (ca.bound, cb.bound) {
        case (.atLeast, .atLeast): filters(ca.filter, cb.filter, narrowerIsStricter: true, Self.counted)
        case (.atMost, .atMost): filters(ca.filter, cb.filter, narrowerIsStricter: false, Self.counted)
        default: filters(ca.filter, cb.filter, narrowerIsStricter: nil, Self.counted)
        }
        return count.and(events).and(deadline(ca, cb)).and(prorated(ca, cb))
    }

    /// The days counted end at the `by` day (or the period's end): an earlier day counts fewer.
    private func deadline(_ ca: CCount, _ cb: CCount) -> Judgement {
        let da = ca.deadline.map { $0.month * 100 + $0.day } ?? 9999, db = cb.deadline.map { $0.month * 100 + $0.day } ?? 9999
        guard da != db else { return .same }
        let d = Localized(vi: "hạn: A \(deadlineText(ca).vi), B \(deadlineText(cb).vi)", en: "due: A \(deadlineText(ca).en), B \(deadlineText(cb).en)")
        switch (ca.bound, cb.bound) {
        case (.atLeast, .atLeast): return .order(da, db, higherIsStricter: false, d)
        case (.atMost, .atMost): return .order(da, db, higherIsStricter: true, d)
        default: return .notComparable(d)
        }
    }

    private func deadlineText(_ c: CCount) -> Localized {
        c.deadline.map { .same("\($0.day)/\($0.month)") } ?? Localized(vi: "cuối kỳ", en: "end of period")
    }

    /// A prorated rule also judges the partial periods the other leaves not judged.
    private func prorated(_ ca: CCount, _ cb: CCount) -> Judgement {
        guard ca.prorated != cb.prorated else { return .same }
        return .stricter(a: ca.prorated, Localized(vi: "\(ca.prorated ? "A" : "B") tính theo tỷ lệ cả kỳ không trọn",
                                                    en: "\(ca.prorated ? "A" : "B") also judges partial periods, prorated"))
    }

    private func countText(_ p: Period, _ c: CCount) -> Localized {
        let bound: Localized = switch c.bound {
        case .atLeast: Localized(vi: "ít nhất", en: "at least")
        case .atMost: Localized(vi: "nhiều nhất", en: "at most")
        case .exactly: Localized(vi: "đúng", en: "exactly")
        }
        let by = c.deadline.map { Localized(vi: " trước \($0.day)/\($0.month)", en: " by \($0.day)/\($0.month)") } ?? .same("")
        return Localized(vi: "\(bound.vi) \(c.count) \(VocabularyLabels.noun(c.filter.type)) mỗi \(p.noun.vi)\(by.vi)", en: "\(bound.en) \(c.count) \(c.filter.type) every \(p.noun.en)\(by.en)")
    }

    // MARK: Filters

    /// The conditions joined by `and` at the top, as text: a filter with every condition of another
    /// and more selects a subset of its events.
    static func conjuncts(_ e: CExpr?) -> Set<String> {
        guard let e else { return [] }
        if case .binary(.and, let x, let y) = e.kind { return conjuncts(x).union(conjuncts(y)) }
        return [ExprText.render(e)]
    }

    /// `narrowerIsStricter`: whether selecting fewer events asks more (nil: any difference is not comparable).
    private func filters(_ fa: CFilter, _ fb: CFilter, narrowerIsStricter: Bool?, _ what: Localized) -> Judgement {
        let ta = a.file.excerpt(fa.range), tb = b.file.excerpt(fb.range)
        let texts = Localized(vi: "\(what.vi): A \(ta), B \(tb)", en: "\(what.en): A \(ta), B \(tb)")
        guard fa.type == fb.type else { return .notComparable(texts) }
        let ca = Self.conjuncts(fa.condition), cb = Self.conjuncts(fb.condition)
        if ca == cb { return .same }
        guard let narrowerIsStricter, ca.isSuperset(of: cb) || cb.isSuperset(of: ca) else { return .notComparable(texts) }
        return .stricter(a: ca.isSuperset(of: cb) == narrowerIsStricter, texts)
    }

    private func unless(_ ua: CExpr?, _ ub: CExpr?) -> Judgement {
        let d = Localized(vi: "trường hợp được miễn ('unless') khác nhau", en: "the excuses ('unless') differ")
        switch (ua, ub) {
        case (nil, nil): return .same
        // No excuse at all judges every event the other excuses.
        case (nil, _): return .stricter(a: true, d)
        case (_, nil): return .stricter(a: false, d)
        case (let x?, let y?):
            let cx = Self.conjuncts(x), cy = Self.conjuncts(y)
            if cx == cy { return .same }
            // An excuse that needs more conditions excuses fewer events.
            if cx.isSuperset(of: cy) || cy.isSuperset(of: cx) { return .stricter(a: cx.isSuperset(of: cy), d) }
            return .notComparable(d)
        }
    }

    // MARK: Requirements

    private func requirement(_ qa: CRequirement, _ qb: CRequirement, _ ra: CheckedRule, _ rb: CheckedRule) -> Judgement {
        switch (qa, qb) {
        case (.condition(let xa), .condition(let xb)):
            if let ta = RuleDescription.threshold(xa), let tb = RuleDescription.threshold(xb) {
                return threshold(ta, tb, subjects: ra.subjects)
            }
            return conditions(xa, xb)
        case (.decision(let ba, let ka), .decision(let bb, let kb)):
            guard ka.count == kb.count, zip(ka, kb).allSatisfy({ ExprText.render($0.when) == ExprText.render($1.when) && ExprText.render($0.requires) == ExprText.render($1.requires) })
            else { return .notComparable(Localized(vi: "các ngưỡng riêng ('when') khác nhau", en: "the special thresholds ('when') differ")) }
            if let ta = RuleDescription.threshold(ba), let tb = RuleDescription.threshold(bb) {
                return threshold(ta, tb, subjects: ra.subjects)
            }
            return conditions(ba, bb)
        case (.related(let oa, let tma), .related(let ob, let tmb)):
            return filters(oa, ob, narrowerIsStricter: true, Self.related).and(timing(tma, tmb))
        default:
            return .notComparable(Localized(vi: "hai yêu cầu có dạng khác nhau", en: "the two requirements have different forms"))
        }
    }

    /// A condition with every part of the other and more is broken whenever the other is.
    private func conditions(_ xa: CExpr, _ xb: CExpr) -> Judgement {
        let ca = Self.conjuncts(xa), cb = Self.conjuncts(xb)
        if ca == cb { return .same }
        let d = Localized(vi: "điều kiện: A \(a.file.excerpt(xa.range)), B \(b.file.excerpt(xb.range))",
                          en: "condition: A \(a.file.excerpt(xa.range)), B \(b.file.excerpt(xb.range))")
        if ca.isSuperset(of: cb) || cb.isSuperset(of: ca) { return .stricter(a: ca.isSuperset(of: cb), d) }
        return .notComparable(d)
    }

    /// `present >= 2/3 of members` against `present > 1/2 of members`: for every body size the
    /// larger share needs at least as many (⌈s·n⌉ and ⌊s·n⌋ + 1 both grow with s), and more for some
    /// n; with equal shares, `>` needs one more whenever s·n is whole.
    private func threshold(_ ta: (field: String, op: Operator, share: Rational), _ tb: (field: String, op: Operator, share: Rational),
                           subjects: [String]) -> Judgement {
        guard ta.field == tb.field else {
            return .notComparable(Localized(vi: "ngưỡng trên hai trường khác nhau: \(ta.field), \(tb.field)", en: "thresholds on different fields: \(ta.field), \(tb.field)"))
        }
        var details: [Localized] = []
        for s in subjects {
            // The sizes are the same on both sides, or the subjects were found not comparable.
            guard let n = a.bodies[s]?.members.entries.last?.value ?? b.bodies[s]?.members.entries.last?.value,
                  let ka = RuleDescription.boundary(ta.op, ta.share, members: n),
                  let kb = RuleDescription.boundary(tb.op, tb.share, members: n) else { continue }
            details.append(Localized(vi: "\(s), \(n) thành viên: A cần \(ka) \(ta.field), B cần \(kb)",
                                     en: "\(s), \(n) members: A needs \(ka) \(ta.field), B needs \(kb)"))
        }
        let aStricter: Bool? = ta.share != tb.share ? tb.share < ta.share : ta.op == tb.op ? nil : ta.op == .greater
        var j = Judgement.stricter(a: aStricter)
        j.details = details
        return j
    }

    private func timing(_ ta: CTiming, _ tb: CTiming) -> Judgement {
        let d = Localized(vi: "thời hạn: A \(RuleDescription.timingText(ta).vi), B \(RuleDescription.timingText(tb).vi)",
                          en: "timing: A \(RuleDescription.timingText(ta).en), B \(RuleDescription.timingText(tb).en)")
        guard let wa = TimingWindow(ta), let wb = TimingWindow(tb) else { return .notComparable(d) }
        if usesWorkingDays(wa) || usesWorkingDays(wb), !sameCalendar() {
            return .notComparable(Localized(vi: "ngày làm việc tính theo hai lịch khác nhau", en: "working days counted on two different calendars"))
        }
        switch (wa.lies(within: wb), wb.lies(within: wa)) {
        case (true, true): return .same
        case (true, false): return .stricter(a: true, d)
        case (false, true): return .stricter(a: false, d)
        case (false, false): return .notComparable(d)
        }
    }

    private func usesWorkingDays(_ w: TimingWindow) -> Bool {
        [w.lower, w.upper].contains { if case .offset(let n, .workingDays) = $0 { n != 0 } else { false } }
    }

    private func sameCalendar() -> Bool {
        func key(_ m: Model) -> [String] {
            [m.regulation?.calendar ?? ""] + m.calendarAdjustments.map { "\($0.kind) \($0.days.lowerBound) \($0.days.upperBound)" }
        }
        return key(a) == key(b)
    }

    // MARK: Targets

    private func target(_ sa: Rational, _ na: String, _ pa: Period?, _ sb: Rational, _ nb: String, _ pb: Period?) -> Judgement {
        guard pa == pb else { return .notComparable(Localized(vi: "kỳ của chỉ tiêu khác nhau", en: "the targets' periods differ")) }
        guard let ra = a.rules.first(where: { $0.name == na }), let rb = b.rules.first(where: { $0.name == nb }) else {
            return .notComparable(Localized(vi: "không tìm thấy quy tắc của chỉ tiêu", en: "the rule a target counts is missing"))
        }
        let share = Judgement.order(sa, sb, higherIsStricter: true,
                                    Localized(vi: "chỉ tiêu: A \(sa.percentText), B \(sb.percentText)", en: "target: A \(sa.percentText), B \(sb.percentText)"))
        // A body that keeps the stricter rule keeps the looser one, so the share keeping it is no larger.
        var kept = judge(ra, rb)
        kept.details = kept.details.map { Localized(vi: "quy tắc '\(na)': ", en: "rule '\(na)': ") + $0 }
        return share.and(kept)
    }
}
