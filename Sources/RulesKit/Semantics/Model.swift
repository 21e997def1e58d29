/// The checked model: every name resolved, every expression typed. The evaluator runs this.

public struct RegulationInfo: Sendable {
    public var code: String
    public var title: String?
    public var issuer: String?
    public var issued: Day?
    public var effective: Day?
    public var term: ClosedRange<Day>?
    public var amends: String?
    /// `illustrative "why"`: the whole regulation (its numbers, its amendments) is not the source's.
    public var illustrative: String?
    /// `numbering "why"`: the provisions are the source's, but their numbers are the encoder's (a
    /// report that quotes a regulation without numbering its articles).
    public var numbering: String?
    public var calendar: String
    public var range: SourceRange
}

/// A date-bound value: "members 11", then "members 10 from 2023-06-01".
public struct Timeline: Sendable {
    public var entries: [(from: Day?, value: Int64)] = []

    public func value(on day: Day) -> Int64? {
        var result: Int64?
        for e in entries where e.from.map({ $0 <= day }) ?? true { result = e.value }
        return result
    }
}

public struct BodyInfo: Sendable {
    public var name: String
    public var label: String?
    public var isKind: Bool
    public var members = Timeline()
    public var exempt = Timeline()
    /// Why the sizes the file gives are not the source's (`members 33 illustrative "…"`).
    public var sizeIllustrative: String?
    /// For a kind: the glob (`chi-bo-*`) that body ids in the events must match.
    public var pattern: String?
    /// For a kind, with a roster: the ids the roster gives this kind, in place of the glob.
    public var rosterIds: Set<String>?
    public var range: SourceRange

    /// Whether an event's `body` value belongs to this body or kind.
    public func matches(_ bodyId: String) -> Bool {
        guard isKind else { return bodyId == name }
        if let rosterIds { return rosterIds.contains(bodyId) }
        return Glob.matches(pattern ?? name + "*", bodyId)
    }
}

public struct FieldInfo: Sendable {
    public var name: String
    public var type: FieldType
    public var required: Bool
    public var range: SourceRange
}

public struct EventType: Sendable {
    public var name: String
    public var label: String?
    public var fields: [String: FieldInfo]
    /// Declaration order, for documentation and messages.
    public var fieldOrder: [String]
    public var isBuiltIn: Bool
    public var range: SourceRange

    /// Fields every event has whatever its type.
    public static let implicitFields: [String: FieldType] = ["id": .id, "date": .date, "body": .id, "type": .text(oneOf: [])]

    public func fieldType(_ name: String) -> FieldType? { fields[name]?.type ?? EventType.implicitFields[name] }
}

public struct CalendarAdjustment: Sendable {
    public var kind: CalendarDecl.EntryKind
    public var days: ClosedRange<Day>
    public var label: String?
    public var source: String?
}

/// Where a rule sits in the regulation: "Điều 8, khoản 3, điểm a", with the text it enforces.
public struct Citation: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public var level: ProvisionLevel
        public var number: String
        public var text: String?
    }

    public var parts: [Part] = []
    /// Why the provision cited (or its regulation) is illustrative, not the source's; nil when it is
    /// the source's. Every citation's text then says so.
    public var illustrative: String?
    /// Why the numbers cited are the encoder's, not the source's (`numbering "…"`); the text cited is
    /// still the source's.
    public var numbering: String?
    /// Why the rule checks the provision as the encoder reads it (`reading "…"`): the text is the
    /// source's, a time limit or an occasion in the rule is not.
    public var reading: String?

    public var article: String? { parts.first { $0.level == .article }?.number }
    public var clause: String? { parts.first { $0.level == .clause }?.number }
    public var point: String? { parts.first { $0.level == .point }?.number }
    /// The most specific text: the point's sentence, else the clause's, else the article's heading.
    public var quote: String? { parts.last { $0.text != nil }?.text }

    public func text(_ lang: Language) -> String {
        parts.map { "\($0.level.word.text(lang)) \($0.number)" }.joined(separator: ", ")
            + (illustrative != nil ? " " + Self.illustrativeMark.text(lang) : numbering != nil && !parts.isEmpty ? " " + Self.numberingMark.text(lang) : "")
            + (reading != nil && illustrative == nil ? " " + Self.readingMark.text(lang) : "")
    }

    public static let illustrativeMark = Localized(vi: "(minh họa, nguồn không quy định như vậy)", en: "(illustrative, not a rule the source states)")
    public static let numberingMark = Localized(vi: "(số hiệu minh họa)", en: "(numbering illustrative)")
    public static let readingMark = Localized(vi: "(cách hiểu của người mã hóa)", en: "(the encoder's reading)")

    /// The provision with the regulation it comes from: `02-QC/ĐU, Điều 8, khoản 3` (the
    /// regulation alone, or nothing, when a part is empty).
    public func text(_ lang: Language, in regulation: String) -> String {
        [regulation, text(lang)].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    public var localized: Localized { Localized(vi: text(.vi), en: text(.en)) }
}

extension ProvisionLevel {
    /// The level's word as a citation writes it: `Điều 8, khoản 3, điểm a`, `Article 8, clause 3, point a`.
    public var word: Localized {
        switch self {
        case .article: Localized(vi: "Điều", en: "Article")
        case .clause: Localized(vi: "khoản", en: "clause")
        case .point: Localized(vi: "điểm", en: "point")
        }
    }
}

public struct Provision: Sendable {
    public var level: ProvisionLevel
    public var number: String
    public var text: String?
    public var illustrative: String?
    public var reading: String?
    public var children: [Provision]
    public var rules: [String]
    public var range: SourceRange
    public var numberRange: SourceRange
}

/// One change an amending regulation makes, checked; applied by `RegulationChain`.
public struct Amendment: Sendable {
    public var action: AmendmentDecl.Action
    /// Empty for `repeal rule`.
    public var path: [Citation.Part]
    public var pathRange: SourceRange
    public var rule: String?
    /// The new provision, for replace and add.
    public var provision: Provision?
    public var range: SourceRange
}

public enum Period: String, Sendable, CaseIterable {
    case week, month, quarter, halfYear = "half-year", year, term

    /// The period's name as a noun: "the end of its month", "cuối tháng".
    public var noun: Localized {
        switch self {
        case .week: Localized(vi: "tuần", en: "week")
        case .month: Localized(vi: "tháng", en: "month")
        case .quarter: Localized(vi: "quý", en: "quarter")
        case .halfYear: Localized(vi: "6 tháng", en: "half-year")
        case .year: Localized(vi: "năm", en: "year")
        case .term: Localized(vi: "nhiệm kỳ", en: "term")
        }
    }
}

// MARK: - Checked expressions

/// A typed expression. Event scopes are numbered slots: slot 0 is the rule's own event,
/// deeper slots belong to `count`/`exists`/related-event filters nested inside it.
public struct CExpr: Sendable {
    public indirect enum Kind: Sendable {
        case constant(Value)
        /// A field of the event in `slot` (implicit fields id, date, body, type included).
        case field(slot: Int, name: String)
        /// The bound event itself, compared by id.
        case event(slot: Int)
        /// Member count / exempt count of the body in force for the event in `slot`
        /// (or the period, when `slot` is nil).
        case members(slot: Int?)
        case exempt(slot: Int?)
        case unary(UnaryOperator, CExpr)
        case binary(Operator, CExpr, CExpr)
        case list([CExpr])
        case count(CFilter)
        /// The value (in the filter's scope) summed, or its least, greatest or average, over the
        /// events the filter matches; in a periodic rule, the period's events.
        case aggregate(Aggregate, CExpr, CFilter)
        case exists(CFilter)
        case has(slot: Int, name: String)
    }

    public var kind: Kind
    public var type: ValueType
    public var range: SourceRange
}

public struct CFilter: Sendable {
    public var type: String
    public var slot: Int
    public var binder: String?
    public var condition: CExpr?
    public var range: SourceRange
    /// How the evaluator finds the events, planned from the condition.
    public let join: JoinPlan?

    public init(type: String, slot: Int, binder: String?, condition: CExpr?, range: SourceRange) {
        self.type = type
        self.slot = slot
        self.binder = binder
        self.condition = condition
        self.range = range
        join = JoinPlan.make(condition, slot: slot)
    }
}

public enum CTiming: Sendable {
    case atLeastBefore(CExpr)
    case before
    case withinAfter(CExpr)
    /// Unbounded: any later event (the checker warns).
    case after
    /// On the event's own day.
    case sameDay
    /// After the event, by the last day of the period it falls in.
    case afterByEndOf(Period)
    /// By (or on) the day of the next event of the filter strictly after the event's day. Boxed:
    /// a filter inline would make every timing as large as a filter, copied on every check.
    indirect case next(CFilter, sameDay: Bool)
}

public enum CRequirement: Sendable {
    case condition(CExpr)
    case related(CFilter, CTiming)
    case decision(base: CExpr, cases: [(when: CExpr, requires: CExpr)])

    /// Whether it compares with the body's size (`members`, `exempt`).
    var readsBodySize: Bool {
        switch self {
        case .condition(let c): c.readsBodySize
        case .related: false
        case .decision(let base, let cases): base.readsBodySize || cases.contains { $0.when.readsBodySize || $0.requires.readsBodySize }
        }
    }
}

/// The one walk over checked expressions: the tools that look for something inside one (the
/// fields read, the body's size, texts compared) ask `children`, `contains` or `forEach`.
extension CExpr {
    /// The expressions directly inside, a `count`/`exists` filter's condition included.
    var children: [CExpr] {
        switch kind {
        case .constant, .field, .event, .members, .exempt, .has: []
        case .unary(_, let x): [x]
        case .binary(_, let a, let b): [a, b]
        case .list(let items): items
        case .count(let f), .exists(let f): f.condition.map { [$0] } ?? []
        case .aggregate(_, let value, let f): [value] + (f.condition.map { [$0] } ?? [])
        }
    }

    /// `members` or `exempt` read with no event in scope (outside every aggregate and filter).
    var readsSizeOutsideAggregates: Bool {
        switch kind {
        case .members(nil), .exempt(nil): true
        case .aggregate, .count, .exists: false
        default: children.contains { $0.readsSizeOutsideAggregates }
        }
    }

    /// The event types its counts and aggregates range over.
    var filterTypes: Set<String> {
        var types: Set<String> = []
        forEach { e in
            switch e.kind {
            case .count(let f), .aggregate(_, _, let f), .exists(let f): types.insert(f.type)
            default: break
            }
        }
        return types
    }

    /// The event type of the first count or aggregate inside: what a periodic rule ranges over.
    var firstFilterType: String? {
        var type: String?
        forEach { e in
            guard type == nil else { return }
            switch e.kind {
            case .count(let f), .aggregate(_, _, let f), .exists(let f): type = f.type
            default: break
            }
        }
        return type
    }

    func contains(where test: (CExpr) -> Bool) -> Bool { test(self) || children.contains { $0.contains(where: test) } }

    /// This expression, then every one inside it.
    func forEach(_ visit: (CExpr) -> Void) {
        visit(self)
        for c in children { c.forEach(visit) }
    }

    var readsBodySize: Bool {
        contains { if case .members = $0.kind { true } else if case .exempt = $0.kind { true } else { false } }
    }
}

public struct CCount: Sendable {
    public var bound: CountBound
    public var count: Int64
    public var filter: CFilter
    public var deadline: (month: Int, day: Int)?
    /// A period only partly in force is judged on that part, the count scaled (`prorated`).
    public var prorated = false
}

public enum CRuleForm: Sendable {
    case frequency(Period, CCount)
    /// A condition on each period as a whole; its counts and aggregates range over the period.
    case periodic(Period, CExpr)
    case gap(max: (amount: Int64, dimension: DurationDimension), CFilter)
    case each(CFilter, unless: CExpr?, CRequirement)
    case whenever(CFilter, CRequirement)
    case target(share: Rational, rule: String, period: Period?)
}

public struct CheckedRule: Sendable {
    public var name: String
    public var label: String?
    public var subjects: [String]
    /// [S-whole]: one verdict per period for the subjects' bodies together (a periodic rule for kinds).
    public var whole = false
    public var citation: Citation
    public var form: CRuleForm
    public var range: SourceRange
}

public struct Model: Sendable {
    public var file: SourceFile
    /// The spelling the file is written in: its messages list values as it writes them, and only
    /// a Vietnamese file needs converting before its text is hashed.
    public var surface: Surface = .english
    public var regulation: RegulationInfo?
    public var calendarAdjustments: [CalendarAdjustment] = []
    public var bodies: [String: BodyInfo] = [:]
    public var bodyOrder: [String] = []
    public var eventTypes: [String: EventType] = [:]
    public var provisions: [Provision] = []
    public var rules: [CheckedRule] = []
    public var amendments: [Amendment] = []
    /// The organisation's bodies (`--roster`): a kind's population and each body's members.
    public private(set) var roster: Roster?

    /// This model judging the bodies of `roster`: each kind is the roster's bodies of that kind.
    public func with(roster: Roster) -> Model {
        var m = self
        m.roster = roster
        for (name, info) in bodies where info.isKind {
            m.bodies[name]!.rosterIds = Set(roster.bodies.filter { $0.kind == name }.map(\.id))
        }
        return m
    }
}

/// A body's size the rules file gives but the source does not: every verdict that reads it rests on it.
public struct IllustrativeSize: Sendable, Hashable {
    public var body: String
    public var members: Int64?
    public var why: String
}

extension Model {
    /// The bodies whose size in the file is marked illustrative, by name.
    public var illustrativeSizes: [IllustrativeSize] {
        bodies.values.compactMap { b in b.sizeIllustrative.map { IllustrativeSize(body: b.name, members: b.members.entries.last?.value, why: $0) } }
            .sorted { $0.body < $1.body }
    }
}
