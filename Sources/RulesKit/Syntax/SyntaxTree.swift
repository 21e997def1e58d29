/// The syntax tree: what the drafter wrote, with the source range of every node.
/// Nothing here is resolved yet; the checker turns it into a `Model`.

public struct Name: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
}

public struct TextLiteral: Hashable, Sendable {
    public var value: String
    public var range: SourceRange
}

public struct SyntaxFile: Sendable {
    public var declarations: [Declaration]
}

public enum Declaration: Sendable {
    case regulation(RegulationDecl)
    case calendar(CalendarDecl)
    case body(BodyDecl)
    case event(EventDecl)
    case provision(ProvisionDecl)
    case rule(RuleDecl)
    case amendment(AmendmentDecl)

    public var range: SourceRange {
        switch self {
        case .regulation(let d): d.range
        case .calendar(let d): d.range
        case .body(let d): d.range
        case .event(let d): d.range
        case .provision(let d): d.range
        case .rule(let d): d.range
        case .amendment(let d): d.range
        }
    }
}

// MARK: - Amendments

/// `article 8 clause 3 point a`: where an amendment acts.
public struct ProvisionPath: Sendable {
    public var parts: [(level: ProvisionLevel, number: Name)]
    public var range: SourceRange
}

/// What an amending regulation does to the text it amends, from its effective date.
public struct AmendmentDecl: Sendable {
    public enum Action: String, Sendable {
        case replace, add, repeal
    }

    public var action: Action
    public var path: ProvisionPath?
    /// `repeal rule NAME`
    public var rule: Name?
    /// The new provision, for `replace` and `add`: its text and what it contains.
    public var provision: ProvisionDecl?
    public var range: SourceRange
}

// MARK: - Header

public struct RegulationDecl: Sendable {
    public enum Value: Sendable {
        case text(TextLiteral)
        case date(DateLiteral, SourceRange)
        case dates(DateLiteral, SourceRange, DateLiteral, SourceRange)
        case name(Name)
    }

    public struct Item: Sendable {
        public var key: Name
        public var value: Value
    }

    public var code: TextLiteral
    public var items: [Item]
    public var range: SourceRange
}

// MARK: - Calendar

public struct CalendarDecl: Sendable {
    public enum EntryKind: String, Sendable { case holiday, notHoliday = "not holiday", workday }

    public struct Entry: Sendable {
        public var kind: EntryKind
        public var date: DateLiteral
        public var dateRange: SourceRange
        /// `holiday 2027-02-05 to 2027-02-11`: the last day of a span.
        public var last: (DateLiteral, SourceRange)?
        public var label: TextLiteral?
        /// The document the days come from: `source "Thông báo …"`.
        public var source: TextLiteral?
        public var range: SourceRange
    }

    public var entries: [Entry]
    public var range: SourceRange
}

// MARK: - Bodies and kinds

public struct BodyDecl: Sendable {
    public enum Item: Sendable {
        /// `members 11` or `members 10 from 2023-06-01`
        case members(Int64, from: (DateLiteral, SourceRange)?, SourceRange)
        case exempt(Int64, from: (DateLiteral, SourceRange)?, SourceRange)
        /// `bodies "chi-bo-*"`: which body ids in the events belong to a kind.
        case bodies(TextLiteral)
        /// `illustrative "why"` after a size: the number is not the source's.
        case illustrative(TextLiteral)
    }

    public var isKind: Bool
    public var name: Name
    public var label: TextLiteral?
    public var items: [Item]
    public var range: SourceRange
}

// MARK: - Event types

public struct TypeRef: Sendable {
    public var name: Name
    /// `ref meeting`
    public var target: Name?
    /// `text one of ["regular", "extraordinary"]`
    public var oneOf: [TextLiteral]
    public var range: SourceRange
}

public struct FieldDecl: Sendable {
    public var name: Name
    public var type: TypeRef
    public var required: Bool
    public var range: SourceRange
}

public struct EventDecl: Sendable {
    public var name: Name
    public var label: TextLiteral?
    public var fields: [FieldDecl]
    public var range: SourceRange
}

// MARK: - Articles, clauses, points

public enum ProvisionLevel: String, Sendable, Comparable {
    case article, clause, point

    public static func < (a: ProvisionLevel, b: ProvisionLevel) -> Bool {
        let order: [ProvisionLevel] = [.article, .clause, .point]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

public struct ProvisionDecl: Sendable {
    public indirect enum Child: Sendable {
        case provision(ProvisionDecl)
        case rule(RuleDecl)
    }

    public var level: ProvisionLevel
    /// `8`, `3`, `a`
    public var number: Name
    /// The regulation's own words: a heading for an article, the sentence for a clause or point.
    public var text: TextLiteral?
    /// `illustrative "why"`: content the source does not give (an invented amendment, a number
    /// the report does not state), shown as such wherever it is cited.
    public var illustrative: TextLiteral?
    /// `reading "why"`: the source states the provision, but the rule checks it as the encoder
    /// reads it (a time limit or an occasion the source leaves open), shown as such wherever cited.
    public var reading: TextLiteral?
    public var children: [Child]
    public var range: SourceRange
}

// MARK: - Rules

public struct RuleDecl: Sendable {
    public var name: Name
    public var label: TextLiteral?
    public var subjects: [Name]
    /// `for chi_bo as a whole`: one verdict for the kind's bodies together.
    public var whole = false
    public var form: RuleForm
    public var range: SourceRange
}

public enum CountBound: String, Sendable {
    case atLeast = "at least", atMost = "at most", exactly
}

public struct EventFilter: Sendable {
    public var type: Name
    public var binder: Name?
    public var condition: Expr?
    public var range: SourceRange
}

public struct MonthDay: Hashable, Sendable {
    public var month: Int
    public var day: Int
    public var range: SourceRange
}

public struct CountRequirement: Sendable {
    public var bound: CountBound
    public var count: Expr
    public var filter: EventFilter
    /// `by 31 October`: only events up to that day of the period's year count.
    public var deadline: MonthDay?
    /// `prorated`: a period only partly in force is judged on that part, the count scaled.
    public var prorated: SourceRange?
}

public struct Timing: Sendable {
    public enum Kind: Sendable {
        /// `at least 2 working days before m`
        case atLeastBefore(Expr)
        /// `before m`
        case before
        /// `within 5 working days after v`
        case withinAfter(Expr)
        /// `after p`
        case after
        /// `at m`: on the event's own day (a vote at the end of the meeting).
        case sameDay
        /// `after m by end of month`: after the event and by the end of the period it falls in.
        case afterByEndOf(Name)
        /// `by the next meeting after c` (on or before that day) or `at the next meeting after c`
        /// (on that day): the next event of the filter strictly after the anchor's day.
        case next(EventFilter, sameDay: Bool)
    }

    public var kind: Kind
    public var anchor: Name
    public var range: SourceRange
}

public enum Requirement: Sendable {
    /// A condition on the event itself (quorum, duration, method).
    case condition(Expr)
    /// Some related event, placed in time relative to this one.
    case related(EventFilter, Timing)
    /// `adopted requires …` with stricter thresholds `when …`.
    case decision(base: Expr, cases: [DecisionCase])
}

public struct DecisionCase: Sendable {
    public var when: Expr
    public var requires: Expr
    public var range: SourceRange
}

public enum RuleForm: Sendable {
    /// `every month: at least 1 meeting where kind == "regular"`
    case frequency(period: Name, CountRequirement)
    /// `no gap longer than 3 months between meeting where …`
    case gap(max: Expr, EventFilter)
    /// `each meeting m unless m.special: …`
    case each(EventFilter, unless: Expr?, Requirement)
    /// `whenever proposal p where …: meeting m where … after p`
    case whenever(EventFilter, Requirement)
    /// `target 100% keep yearly_meetings every year`
    case target(share: Expr, rule: Name, period: Name?)
    /// `every year: sum(m.present over meeting m) > 95% of sum(members over meeting m)`: a condition
    /// on each period as a whole, its aggregates over the period's events.
    case periodic(period: Name, condition: Expr)
}

// MARK: - Expressions

public struct Expr: Sendable {
    public indirect enum Kind: Sendable {
        case integer(Int64)
        case rational(Rational)
        case percent(Rational)
        case boolean(Bool)
        case text(String)
        case date(DateLiteral)
        case time(TimeLiteral)
        case duration(Int64, DurationUnit)
        case name(String)
        case member(Expr, Name)
        case unary(UnaryOperator, Expr)
        case binary(Operator, Expr, Expr)
        case list([Expr])
        case count(EventFilter)
        /// `sum(m.present over meeting m)`: a value summed (or its least, greatest, average) over
        /// the events a filter matches.
        case aggregate(Aggregate, Expr, EventFilter)
        case exists(EventFilter)
        case has(Expr)
    }

    public var kind: Kind
    public var range: SourceRange
}
