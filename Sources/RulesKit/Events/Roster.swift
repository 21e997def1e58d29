/// The organisation's bodies as its roster lists them (`--roster FILE`): which bodies a kind has,
/// when each was active, its parent and its members over time.
///
/// With a roster a kind's population is the roster's, not the log's: a body that sent no record
/// is judged (a year without meetings breaks "12 a year"), and an event of a body the roster
/// does not list, or dated outside the body's time on it, is an error (`offRosterErrors`).
public struct Roster: Sendable {
    public struct Body: Sendable {
        public var id: String
        public var name: String?
        /// A kind of the regulation (`kind chi_bo …`): on a roster, the kind decides membership.
        public var kind: String
        public var parent: String?
        public var members = Timeline()
        /// The first and last day the body exists (nil: before or after every day of the log).
        public var from: Day?
        public var to: Day?
        /// Where its first row is.
        public var line: Int

        public func isActive(on day: Day) -> Bool {
            (from.map { $0 <= day } ?? true) && (to.map { day <= $0 } ?? true)
        }

        /// Its active days inside `range`, nil when there are none.
        public func active(within range: ClosedRange<Day>) -> ClosedRange<Day>? {
            let lower = max(range.lowerBound, from ?? range.lowerBound), upper = min(range.upperBound, to ?? range.upperBound)
            return lower <= upper ? lower...upper : nil
        }
    }

    public let file: String
    /// In the file's order.
    public private(set) var bodies: [Body] = []
    private var index: [String: Int] = [:]

    public init(file: String) {
        self.file = file
    }

    public func body(_ id: String) -> Body? { index[id].map { bodies[$0] } }

    /// Adds a body, or returns the one of that id already listed.
    mutating func add(_ body: Body) -> Body? {
        if let k = index[body.id] { return bodies[k] }
        index[body.id] = bodies.count
        bodies.append(body)
        return nil
    }

    mutating func update(_ id: String, _ change: (inout Body) -> Void) {
        if let k = index[id] { change(&bodies[k]) }
    }

    /// The bodies of `kind` active on `day`: the population a target or a kind's total counts.
    public func population(of kind: String, on day: Day) -> [Body] {
        bodies.filter { $0.kind == kind && $0.isActive(on: day) }
    }

    /// How many bodies each kind has, kinds in the order they first appear.
    public var kinds: [(kind: String, bodies: Int)] {
        var order: [String] = [], counts: [String: Int] = [:]
        for b in bodies {
            if counts[b.kind] == nil { order.append(b.kind) }
            counts[b.kind, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}
