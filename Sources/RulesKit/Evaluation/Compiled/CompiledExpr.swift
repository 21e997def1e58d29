/// A checked expression resolved against one store, once per evaluation rather than once per
/// event: a field is a column of its slot's type, a text constant is a symbol, so the common
/// checks (`m.kind == "regular"`, `m.present >= 2/3 of members`, `d.meeting == m.id`) are integer
/// and rational comparisons with no name lookups and no strings. Anything else is kept as the
/// checked expression and handed to `ExpressionEvaluator`, which defines the meaning; the two
/// must agree, and `CompiledEvaluationTests` holds them to it.
indirect enum Truth {
    /// A Kleene value: nil is unknown.
    case constant(Bool?)
    /// A boolean field of the event in `slot`.
    case field(slot: Int, column: Int)
    case not(Truth)
    case and(Truth, Truth)
    case or(Truth, Truth)
    /// Texts and ids are equal exactly when their symbols are.
    case same(Symbolic, Symbolic, negated: Bool)
    /// Two booleans compared (`m.agenda_adopted == true`): unknown when either is.
    case equivalent(Truth, Truth, negated: Bool)
    case member(Symbolic, [Int32], negated: Bool)
    case numbers(Comparison, Numeric, Numeric)
    case dates(Comparison, Dated, Dated)
    case exists(CompiledFilter)
    case general(CExpr)
}

enum Comparison {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

    init?(_ op: Operator) {
        switch op {
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessOrEqual: self = .lessOrEqual
        case .greater: self = .greater
        case .greaterOrEqual: self = .greaterOrEqual
        default: return nil
        }
    }

    @inline(__always)
    func holds<T: Comparable>(_ a: T, _ b: T) -> Bool {
        switch self {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }
}

/// A text or id as its symbol.
enum Symbolic {
    case field(slot: Int, column: Int)
    case id(slot: Int)
    /// A text no event has is `SymbolTable.absent`: it equals no field.
    case constant(Int32)
}

indirect enum Numeric {
    case field(slot: Int, column: Int)
    case constant(Rational)
    /// `members`/`exempt` of the event in `slot` (its own field's column, if its type has one),
    /// or of the period when `slot` is nil.
    case members(slot: Int?, column: Int?)
    case exempt(slot: Int?, column: Int?)
    case arithmetic(Operator, Numeric, Numeric)
    case count(CompiledFilter)
    case general(CExpr)
}

enum Dated {
    case date(slot: Int)
    case field(slot: Int, column: Int)
    case constant(Day)
}

/// How a filter's events are found and which of them are kept. A class: it is handed around for
/// every event judged, and a reference costs one count where the expressions it holds cost many.
final class CompiledFilter {
    enum Search {
        /// Every event of the type, kept when `condition` holds (no condition: all).
        case scan(condition: Truth?)
        /// The events whose symbol in `column` equals `key`, kept when `rest` holds.
        case join(column: Int, key: Symbolic, rest: Truth?)
        /// Left to `ExpressionEvaluator.matches`.
        case general
    }

    let source: CFilter
    /// The type's number in the store; nil when the store has no such type (then no events).
    let type: Int?
    let slot: Int
    let search: Search

    init(source: CFilter, type: Int?, search: Search) {
        self.source = source
        self.type = type
        slot = source.slot
        self.search = search
    }
}

/// A rule's filter and checks, compiled.
struct CompiledRule {
    /// The events the rule counts or judges (nil for a target).
    let filter: CompiledFilter?
    /// A per-event rule's exception.
    let unless: Unless?
    /// What a per-event rule requires of each event.
    let requirement: Requirement?
    /// A frequency rule's periods in the window: the same for every body, so cut once.
    var spans: [PeriodSpan] = []
    /// When the requirement reads the body's size (`members`, `exempt`), the judged type's count
    /// fields and their positions: an event whose counts exceed the size in force is not judged.
    var sizeFields: [(count: Plausibility.Count, position: Int)]?

    enum Unless {
        case truth(Truth)
        /// A text field of the event, the recorded reason, as its symbol.
        case reason(Symbolic)
        /// Any other text, for the general evaluator.
        case general(CExpr)
    }

    /// Each with the checked expressions it came from, which explanations quote.
    enum Requirement {
        case condition(Truth, source: CExpr)
        /// With `next`, the filter of the event that bounds the search (`by the next meeting`).
        case related(CompiledFilter, CTiming, next: CompiledFilter?)
        /// Whether the matter was adopted, the base requirement and the `when` cases in order.
        case decision(adopted: Truth, base: Truth, source: CExpr, cases: [(when: Truth, requires: Truth, source: CExpr)])
    }
}
