/// [S-freq-count] [S-freq-due] [S-partial] [S-prorated]: a frequency rule, period by period.
extension RuleRun {
    func frequency(_ c: CCount, _ indices: [Int], _ sink: inout FindingSink) {
        let inForce = coverage.range
        for span in compiled.spans {
            // What the requirement spans: the period, or its start to the `by` day.
            var due = span.naturalEnd
            if let (m, d) = c.deadline, let dl = Day(year: span.naturalStart.year, month: m, day: min(d, Day.daysInMonth(year: span.naturalStart.year, month: m))),
               dl >= span.naturalStart, dl < due {
                due = dl
            }
            // Reported by the version in force on the day it is due (the window's first day if it is
            // due before the window); one the rule was repealed in before that day, by the version
            // that had it last.
            let dueSeen = min(max(due, span.start), span.end)
            guard judge.contains(dueSeen)
                || coverage.repealedAtEnd && span.start <= inForce.upperBound && dueSeen > inForce.upperBound && judge.contains(inForce.upperBound)
            else { continue }
            if coverage.outsideBody(span.naturalStart, due) { continue }
            let whole = coverage.covers(span.naturalStart, due)
            // The part of it the rule judges; all of it when the rule is in force throughout.
            let first = max(span.naturalStart, inForce.lowerBound)
            let last = min(due, inForce.upperBound)
            // The matching events are in date order: the period's are one slice, found by bisection,
            // not by scanning every event for every period.
            let counted = first <= last ? b.slice(of: indices, in: first...last) : []
            let n = counted.count
            var need = Int(c.count)
            var scaled: Prorating?
            if !whole, c.prorated {
                let part = Int(last.ordinal - first.ordinal) + 1, all = Int(due.ordinal - span.naturalStart.ordinal) + 1
                // N × part / whole, rounded up: exact integers, no floating point.
                need = (Int(c.count) * part + all - 1) / all
                scaled = Prorating(count: c.count, part: part, whole: all, need: need)
            }
            // A part with no day in force (the rule came in after the `by` day) decides nothing.
            let judgedWhole = (whole || c.prorated) && first <= last
            // Due on the deadline or at the end of the part judged; a part not over may still decide.
            let over = last <= asOf
            var status: Finding.Status = if first > last {
                .notJudged
            } else {
                switch c.bound {
                case .atLeast: n >= need ? .kept : !over ? .pending : judgedWhole ? .violation : .notJudged
                case .atMost: n > need ? .violation : !over ? .pending : judgedWhole ? .kept : .notJudged
                case .exactly: n > need ? .violation : !over ? .pending : !judgedWhole ? .notJudged : n == need ? .kept : .violation
                }
            }
            // A rejected record that may be one of these events could turn a shortfall into a count
            // met, or a count kept under a limit into one over it: neither is established.
            let refused = first <= last ? rejected.first { $0.mayBe(c.filter.type, of: b.body, in: first...last) } : nil
            let undone = refused != nil && (status == .violation && n < need || status == .kept && c.bound != .atLeast)
            if undone { status = .notJudged }
            sink.add(status, last) {
                let detail: Finding.Detail = switch status {
                case .violation:
                    .countShort(CountShort(bound: c.bound, need: Int64(need), type: c.filter.type, found: n,
                                           filter: ExprText.readable(c.filter),
                                           ofType: c.filter.condition == nil ? nil : b.slice(of: b.indices(ofType: c.filter.type), in: first...last).count,
                                           late: due < span.naturalEnd ? lateOne(indices, after: due, until: span.naturalEnd) : nil))
                case .pending: .periodOpen(until: last)
                case .notJudged where undone: .rejectedInPeriod(type: c.filter.type, found: n, record: refused!.source)
                case .notJudged:
                    .partialPeriod(PartialPeriod(period: cut(span, first, last), bound: c.bound, count: c.count, type: c.filter.type, found: n))
                default: .countKept(type: c.filter.type, found: n)
                }
                var f = finding(status, detail, period: span.label, date: last,
                                values: .count(type: c.filter.type, found: n, bound: c.bound, need: need, prorated: scaled))
                if explain {
                    f.considered = counted.map(b.source)
                    f.steps = [.period(label: span.label, from: first, to: last)] + (scaled.map { [.prorated($0)] } ?? [])
                }
                return f
            }
        }
    }

    /// The first matching event after a `by` day in its period: the near miss a supervisor asks about.
    private func lateOne(_ indices: [Int], after due: Day, until end: Day) -> LateEvent? {
        guard due < end, let i = b.slice(of: indices, in: due.adding(days: 1)...end).first else { return nil }
        return LateEvent(id: b.id(i) ?? "", date: b.date(i), due: due)
    }

    /// A period only partly in force, with the ends of the rule's time in force inside it: why.
    func cut(_ span: PeriodSpan, _ first: Day, _ last: Day) -> CutPeriod {
        var cuts: [CoverageCut] = []
        if coverage.range.lowerBound > span.naturalStart { cuts.append(CoverageCut(bound: coverage.start, day: coverage.range.lowerBound, isStart: true)) }
        if coverage.range.upperBound < span.naturalEnd { cuts.append(CoverageCut(bound: coverage.end, day: coverage.range.upperBound, isStart: false)) }
        return CutPeriod(label: span.label, naturalStart: span.naturalStart, naturalEnd: span.naturalEnd, first: first, last: last, cuts: cuts)
    }
}
