/// Who a kind's bodies are, for the report's heading: the roster's, or (with no roster) the bodies
/// the log happens to hold — a cell that sent nothing is then in no count, and the report says so.
public struct Population: Sendable, Equatable {
    public struct Kind: Sendable, Equatable {
        public var kind: String
        public var bodies: Int
    }

    /// The roster's file; nil when the population is the bodies seen in the log.
    public var roster: String?
    /// The kinds rules are written for, in the regulation's order, with their bodies.
    public var kinds: [Kind]
    /// Kinds of the roster the regulation does not declare, whose bodies are not levels [W21]:
    /// judged by no rule, which a misspelt kind would also be.
    public var undeclared: [Kind] = []

    /// nil when no rule is for a kind: named bodies only, there is no population to speak of.
    static func of(_ model: Model, store: EventStore) -> Population? {
        let kinds = model.bodyOrder.filter { k in model.bodies[k]?.isKind == true && model.rules.contains { $0.subjects.contains(k) } }
        guard !kinds.isEmpty else { return nil }
        if let roster = model.roster {
            var p = Population(roster: roster.file, kinds: kinds.map { k in Kind(kind: k, bodies: roster.bodies.count { $0.kind == k }) })
            p.undeclared = Regulation(model: model).undeclaredKinds(in: roster).map { Kind(kind: $0.kind, bodies: $0.bodies) }
            return p
        }
        let names = store.bodyNames
        return Population(roster: nil, kinds: kinds.map { k in Kind(kind: k, bodies: names.count { model.bodies[k]!.matches($0) }) })
    }
}
