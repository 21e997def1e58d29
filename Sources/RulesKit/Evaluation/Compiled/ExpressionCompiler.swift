/// Resolves checked expressions against a store's layouts (see `Truth`). `scope` gives, per slot,
/// the type number of the events bound there: a slot is always bound by one filter, of one type.
struct ExpressionCompiler {
    let store: EventStore
    /// Compile nothing: leave every expression to the general evaluator.
    var general = false

    private func sizeFields(_ req: CRequirement, _ type: String) -> [(count: Plausibility.Count, position: Int)]? {
        guard req.readsBodySize else { return nil }
        guard let t = store.typeNumber(type) else { return [] }
        return Plausibility.Count.allCases.compactMap { c in store.layouts[t].position(c.name).map { (c, $0) } }
    }

    func rule(_ r: CheckedRule) -> CompiledRule {
        switch r.form {
        case .frequency(_, let c): return CompiledRule(filter: filter(c.filter, []), unless: nil, requirement: nil)
        case .gap(_, let f): return CompiledRule(filter: filter(f, []), unless: nil, requirement: nil)
        case .each(let f, let u, let req):
            let inner = [store.typeNumber(f.type)]
            var c = CompiledRule(filter: filter(f, []), unless: u.map { unless($0, inner) }, requirement: requirement(req, inner))
            c.sizeFields = sizeFields(req, f.type)
            return c
        case .whenever(let f, let req):
            var c = CompiledRule(filter: filter(f, []), unless: nil, requirement: requirement(req, [store.typeNumber(f.type)]))
            c.sizeFields = sizeFields(req, f.type)
            return c
        case .target, .periodic: return CompiledRule(filter: nil, unless: nil, requirement: nil)
        }
    }

    /// A boolean `unless` is a truth; one giving a text (the recorded reason) is read as a symbol
    /// when it is a text field, else left to the general evaluator.
    private func unless(_ u: CExpr, _ scope: [Int?]) -> CompiledRule.Unless {
        if u.type == .boolean { return .truth(truth(u, scope)) }
        if !general, case .field(let s, let name) = u.kind, let (k, type) = field(scope, s, name), case .text = type {
            return .reason(.field(slot: s, column: k))
        }
        return .general(u)
    }

    private func requirement(_ req: CRequirement, _ scope: [Int?]) -> CompiledRule.Requirement {
        switch req {
        case .condition(let c): return .condition(truth(c, scope), source: c)
        case .related(let f, let timing):
            let next: CompiledFilter? = if case .next(let n, _) = timing { filter(n, scope) } else { nil }
            return .related(filter(f, scope), timing, next: next)
        case .decision(let b, let cs):
            return .decision(adopted: truth(CExpr(kind: .field(slot: 0, name: "adopted"), type: .boolean, range: b.range), scope),
                             base: truth(b, scope), source: b,
                             cases: cs.map { (truth($0.when, scope), truth($0.requires, scope), $0.requires) })
        }
    }

    /// A filter left whole to the general evaluator.
    static func uncompiled(_ f: CFilter) -> CompiledFilter { CompiledFilter(source: f, type: nil, search: .general) }

    func filter(_ f: CFilter, _ scope: [Int?]) -> CompiledFilter {
        let type = store.typeNumber(f.type)
        guard !general, f.slot < Scope.capacity, f.slot <= scope.count else { return Self.uncompiled(f) }
        let inner = Array(scope.prefix(f.slot)) + [type]
        guard let plan = f.join else {
            return CompiledFilter(source: f, type: type, search: .scan(condition: f.condition.map { truth($0, inner) }))
        }
        guard let type, let column = store.symbolColumn(type: type, field: plan.field), let key = symbolic(plan.outer, scope) else {
            // A join on a constant that is not a text (`v.adopted == true`): every event of the type
            // is tried against the whole condition, which is what the join stands for. A join on an
            // enclosing event's value stays whole: its missing value makes a check undetermined.
            guard case .constant = plan.outer.kind else { return Self.uncompiled(f) }
            return CompiledFilter(source: f, type: type, search: .scan(condition: f.condition.map { truth($0, inner) }))
        }
        return CompiledFilter(source: f, type: type, search: .join(column: column, key: key, rest: plan.rest.map { truth($0, inner) }))
    }

    // MARK: - Expressions

    func truth(_ e: CExpr, _ scope: [Int?]) -> Truth {
        if general { return .general(e) }
        switch e.kind {
        case .constant(.boolean(let v)): return .constant(v)
        case .field(let s, let name):
            if let (k, type) = field(scope, s, name), type == .boolean { return .field(slot: s, column: k) }
        case .unary(.not, let x): return .not(truth(x, scope))
        case .binary(.and, let x, let y): return .and(truth(x, scope), truth(y, scope))
        case .binary(.or, let x, let y): return .or(truth(x, scope), truth(y, scope))
        case .binary(let op, let x, let y) where op == .in || op == .notIn:
            guard case .list(let items) = y.kind, let a = symbolic(x, scope) else { break }
            if case .constant = a { break }
            var symbols: [Int32] = []
            for item in items {
                guard case .constant(let v) = item.kind, let s = constantSymbol(v) else { break }
                symbols.append(s)
            }
            if symbols.count == items.count { return .member(a, symbols, negated: op == .notIn) }
        case .binary(let op, let x, let y):
            guard let comparison = Comparison(op) else { break }
            if comparison == .equal || comparison == .notEqual, x.type == .boolean, y.type == .boolean {
                return .equivalent(truth(x, scope), truth(y, scope), negated: comparison == .notEqual)
            }
            if comparison == .equal || comparison == .notEqual, let a = symbolic(x, scope), let b = symbolic(y, scope) {
                // Two constants: whether two texts no event has are equal is not a question of symbols.
                if case .constant = a, case .constant = b { break }
                return .same(a, b, negated: comparison == .notEqual)
            }
            if let a = numeric(x, scope), let b = numeric(y, scope) { return .numbers(comparison, a, b) }
            if let a = dated(x, scope), let b = dated(y, scope) { return .dates(comparison, a, b) }
        case .exists(let f): return .exists(filter(f, scope))
        default: break
        }
        return .general(e)
    }

    func symbolic(_ e: CExpr, _ scope: [Int?]) -> Symbolic? {
        switch e.kind {
        case .event(let s) where s < Scope.capacity: return .id(slot: s)
        case .field(let s, "id") where s < Scope.capacity: return .id(slot: s)
        case .field(let s, let name):
            if let (k, type) = field(scope, s, name), Cell.isSymbol(type) { return .field(slot: s, column: k) }
        case .constant(let v): return constantSymbol(v).map(Symbolic.constant)
        default: break
        }
        return nil
    }

    func numeric(_ e: CExpr, _ scope: [Int?]) -> Numeric? {
        guard e.type == .number else { return nil }
        switch e.kind {
        case .constant(.number(let q)): return .constant(q)
        case .field(let s, let name):
            if let (k, type) = field(scope, s, name), type == .integer || type == .number { return .field(slot: s, column: k) }
        case .members(let s) where s ?? 0 < Scope.capacity: return .members(slot: s, column: ownCount(scope, s, "members"))
        case .exempt(let s) where s ?? 0 < Scope.capacity: return .exempt(slot: s, column: ownCount(scope, s, "exempt"))
        case .binary(let op, let x, let y) where op.isArithmetic:
            if let a = numeric(x, scope), let b = numeric(y, scope) { return .arithmetic(op, a, b) }
        case .count(let f): return .count(filter(f, scope))
        default: break
        }
        return .general(e)
    }

    func dated(_ e: CExpr, _ scope: [Int?]) -> Dated? {
        switch e.kind {
        case .constant(.date(let d)): return .constant(d)
        case .field(let s, "date") where s < Scope.capacity: return .date(slot: s)
        case .field(let s, let name):
            if let (k, type) = field(scope, s, name), type == .date { return .field(slot: s, column: k) }
        default: break
        }
        return nil
    }

    // MARK: - Layouts

    private func constantSymbol(_ v: Value) -> Int32? {
        switch v {
        case .text(let t), .id(let t): store.symbols.lookup(t) ?? SymbolTable.absent
        default: nil
        }
    }

    /// A field stored in the row of the slot's type, not one of the implicit fields.
    private func field(_ scope: [Int?], _ slot: Int, _ name: String) -> (Int, FieldType)? {
        guard slot < Scope.capacity, slot < scope.count, let t = scope[slot], EventType.implicitFields[name] == nil,
              let k = store.layouts[t].position(name) else { return nil }
        return (k, store.layouts[t].fields[k].type)
    }

    /// The event's own count field, read before the body's records (see `MemberCounts`).
    private func ownCount(_ scope: [Int?], _ slot: Int?, _ name: String) -> Int? {
        guard let slot, slot < scope.count, scope[slot] != store.membershipType,
              let (k, type) = field(scope, slot, name), type == .integer || type == .number else { return nil }
        return k
    }
}
