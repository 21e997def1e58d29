/// A finding's data as JSON (`detail`, `values`): what was required and what was found, for tools
/// that should not parse sentences. Each object names its `kind`; `docs/findings.schema.json`
/// lists the fields.
enum FindingJSON {
    private static let s = JSONText.string
    private static func int(_ n: some BinaryInteger) -> String { "\(n)" }
    private static func day(_ d: Day) -> String { s(d.description) }
    private static func object(_ kind: String, _ pairs: [(String, String?)]) -> String { JSONText.object([("kind", s(kind))] + pairs) }

    static func detail(_ d: Finding.Detail) -> String {
        switch d {
        case .excused(let reason): object("excused", [("reason", s(reason))])
        case .conditionKept: object("condition_kept", [])
        case .conditionBroken(let needed): object("condition_broken", [("need", needed.map(int))])
        case .lacksField(let field): object("lacks_field", [("field", s(field))])
        case .undetermined: object("undetermined", [])
        case .notComputable: object("not_computable", [])
        case .leadOutsideCalendar(let lead, let after, let from):
            object("lead_outside_calendar", [("lead", amount(lead)), ("after", after ? "true" : "false"), ("from", day(from))])
        case .impossibleRecord(let problem, let members, let on):
            object("impossible_record", [("problem", localized(problem)), ("members", int(members)), ("on", day(on))])
        case .rejectedInPeriod(let type, let found, let record):
            object("rejected_in_period", [("type", s(type)), ("found", int(found)), ("record", source(record))])
        case .rejectedRecord(let record): object("rejected_record", [("record", source(record))])
        case .countShort(let c):
            object("count_short", [("bound", countBound(c.bound)), ("need", int(c.need)), ("type", s(c.type)), ("found", int(c.found)),
                                   ("filter", c.filter.map(s)), ("of_type", c.ofType.map(int)),
                                   ("late", c.late.map { JSONText.object([("id", s($0.id)), ("date", day($0.date)), ("due", day($0.due))]) })])
        case .countKept(let type, let found): object("count_kept", [("type", s(type)), ("found", int(found))])
        case .periodOpen(let until): object("period_open", [("until", day(until))])
        case .periodCut(let p):
            object("period_cut", cutPeriod(p))
        case .partialPeriod(let p):
            object("partial_period", [("type", s(p.type)), ("found", int(p.found)), ("bound", countBound(p.bound)), ("need", int(p.count))]
                   + cutPeriod(p.period))
        case .gapTooLong(let from, let to, let longest):
            object("gap_too_long", [("from", day(from)), ("to", day(to)), ("lead", amount(longest))])
        case .gapKept(let from, let to): object("gap_kept", [("from", day(from)), ("to", day(to))])
        case .relatedFound(let type, let id, let date): object("related_found", [("type", s(type)), ("id", s(id)), ("date", day(date))])
        case .relatedMissing(let type, _, let limit):
            object("related_missing", [("type", s(type)), ("limit", relatedLimit(limit))])
        case .relatedLate(let type, let id, let date, let limit):
            object("related_late", [("type", s(type)), ("id", s(id)), ("date", day(date)), ("limit", relatedLimit(limit))])
        case .responseOpen(let type, let due): object("response_open", [("type", s(type)), ("until", day(due))])
        case .awaitingNext(let type, let after, let asOf):
            object("awaiting_next", [("type", s(type)), ("from", day(after)), ("until", day(asOf))])
        case .unboundedAfter(let type): object("unbounded_after", [("type", s(type))])
        case .sameDayNext(let type, let on): object("same_day_next", [("type", s(type)), ("on", day(on))])
        case .adoptedWithoutMajority(let needed): object("adopted_without_majority", [("need", needed.map(int))])
        case .rejectedDespiteMajority: object("rejected_despite_majority", [])
        case .decisionConsistent: object("decision_consistent", [])
        case .target(let t):
            object("target", [("population", s(t.kind)), ("rule", s(t.rule)), ("found", int(t.met)), ("undecided", int(t.undecided)),
                              ("bodies", int(t.total)), ("target", s(t.target.description)), ("reached", t.reached ? "true" : "false")])
        case .judgedNothing(let why, let absent):
            object("judged_nothing", nothing(why) + [("absent_values", JSONText.array(absent.map { a in
                JSONText.object([("type", s(a.type)), ("field", s(a.field)), ("value", s(a.value))])
            }))])
        }
    }

    static func values(_ v: Finding.Values) -> String {
        switch v {
        case .expression(let e): object("expression", [("expression", expression(e))])
        case .count(let type, let found, let bound, let need, let prorated):
            object("count", [("type", s(type)), ("found", int(found)), ("bound", countBound(bound)), ("need", int(need)),
                             ("prorated", prorated.map { JSONText.object([("count", int($0.count)), ("days", int($0.part)), ("of_days", int($0.whole))]) })])
        case .related(let type, let found, let from, let until, let missed):
            object("related", [("type", s(type)), ("found", related(found)), ("date", { if case .date(let d) = found { day(d) } else { nil } }()),
                               ("from", from.map(day)), ("until", until.map(day)),
                               ("missed", missed.map { $0.op == .greater ? s("until") : s("from") })])
        case .field(let name): object("field", [("field", s(name))])
        case .share(let met, let of, let target, let reached):
            object("share", [("found", int(met)), ("bodies", int(of)), ("target", s(target.description)), ("reached", reached ? "true" : "false")])
        }
    }

    /// An expression with its values; a value is its exact written form (`22/3`, `2023-03-05`), null when missing.
    static func expression(_ e: ExprValues) -> String {
        func value(_ v: Value?) -> String {
            switch v {
            case .text(let t)?: s(t)
            case let v?: s(v.description)
            case nil: "null"
            }
        }
        return switch e {
        case .value(let v, _): object("value", [("value", value(v))])
        case .field(let name, let v): object("field", [("name", s(name)), ("value", value(v))])
        case .arithmetic(let a, let op, let b, let v):
            object("arithmetic", [("left", expression(a)), ("op", s(op.rawValue)), ("right", expression(b)), ("value", value(v))])
        case .count(let type, let filter, let v): object("count", [("type", s(type)), ("filter", filter.map(s)), ("value", value(v))])
        case .aggregate(let kind, let of, let over, let v):
            object("aggregate", [("function", s(kind.rawValue)), ("of", s(of)), ("over", s(over)), ("value", value(v))])
        case .comparison(let a, let op, let b, let holds):
            object("comparison", [("left", expression(a)), ("op", s(op.rawValue)), ("right", expression(b)),
                                  ("holds", holds.map { $0 ? "true" : "false" })])
        case .not(let x): object("not", [("operand", expression(x))])
        case .missing(let name): object("missing", [("name", s(name))])
        case .all(let parts): object("all", [("parts", JSONText.array(parts.map(expression)))])
        }
    }

    /// `{"amount": 2, "unit": "working_days"}`; clock amounts are in minutes.
    private static func related(_ f: RelatedFound) -> String {
        switch f { case .date: s("found"); case .none: s("none"); case .unknown: s("unknown") }
    }

    private static func amount(_ t: TimeAmount) -> String {
        let unit = switch t.dimension { case .clock: "minutes"; case .days: "days"; case .workingDays: "working_days"; case .months: "months" }
        return JSONText.object([("amount", int(t.amount)), ("unit", s(unit))])
    }
    private static func countBound(_ b: CountBound) -> String {
        let word = switch b { case .atLeast: "at_least"; case .atMost: "at_most"; case .exactly: "exactly" }
        return s(word)
    }
    private static func localized(_ l: Localized) -> String { JSONText.object([("vi", s(l.vi)), ("en", s(l.en))]) }
    private static func source(_ e: EventSource) -> String { JSONText.object([("file", s(e.file)), ("line", int(e.line))]) }

    static func totals(_ t: WholeTotals) -> String {
        JSONText.object([("last", day(t.last)), ("parts", JSONText.array(t.parts.map { p in
            JSONText.object([("key", s(p.key)), ("count", int(p.count)), ("sum", p.sum.map { s($0.description) }),
                             ("least", p.least.map { s($0.description) }), ("most", p.most.map { s($0.description) })])
        }))])
    }

    private static func cutPeriod(_ p: CutPeriod) -> [(String, String?)] {
        [("natural_start", day(p.naturalStart)), ("natural_end", day(p.naturalEnd)), ("from", day(p.first)), ("to", day(p.last)),
         ("cuts", JSONText.array(p.cuts.map(cut)))]
    }

    private static func cut(_ c: CoverageCut) -> String {
        let (why, version): (String, String?) = switch c.bound {
        case .window(let w): (JSONReport.bound(w), nil)
        case .added(let code, _): ("added", code)
        case .changed(let code, _): ("changed", code)
        case .repealed(let code, _): ("repealed", code)
        case .roster: ("roster", nil)
        }
        return JSONText.object([("end", s(c.isStart ? "start" : "end")), ("day", day(c.day)), ("why", s(why)), ("version", version.map(s))])
    }

    private static func relatedLimit(_ l: RelatedLimit) -> String {
        // `event_date`: the day of the event judged; `deadline`: the last day allowed, if there is one.
        switch l {
        case .onOrBefore(let d): object("on_or_before", [("event_date", day(d)), ("deadline", day(d))])
        case .onOrAfter(let d): object("on_or_after", [("event_date", day(d))])
        case .sameDay(let d): object("same_day", [("event_date", day(d)), ("deadline", day(d))])
        case .leadBefore(let lead, let from, let limit):
            object("at_least_before", [("lead", amount(lead)), ("event_date", day(from)), ("deadline", day(limit))])
        case .within(let lead, let from, let limit): object("within_after", [("lead", amount(lead)), ("event_date", day(from)), ("deadline", day(limit))])
        case .byEndOf(let p, let from, let limit):
            object("by_end_of", [("period", s(p.rawValue.replacingOccurrences(of: "-", with: "_"))), ("event_date", day(from)), ("deadline", day(limit))])
        case .next(let type, let id, let on, let from, let sameDay):
            object(sameDay ? "at_next" : "by_next", [("type", s(type)), ("id", s(id)), ("event_date", day(from)), ("deadline", day(on))])
        }
    }

    private static func nothing(_ n: NothingJudged) -> [(String, String?)] {
        switch n {
        case .noEvents(let subjects): [("why", s("no_events")), ("subjects", s(subjects))]
        case .noEventsOfType(let type, let subjects, let bodies): [("why", s("no_events_of_type")), ("type", s(type)), ("subjects", s(subjects)), ("bodies", int(bodies))]
        case .filterMatchedNone(let type, let events): [("why", s("filter_matched_none")), ("type", s(type)), ("events", int(events))]
        case .noPeriodInWindow(let type, let matched): [("why", s("no_period_in_window")), ("type", s(type)), ("found", int(matched))]
        case .allWarnings(let n): [("why", s("all_warnings")), ("found", int(n))]
        case .bodiesSelected: [("why", s("bodies_selected"))]
        }
    }
}
