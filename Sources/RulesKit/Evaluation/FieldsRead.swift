/// The event fields a model's rules can read: the store keeps only these (and references) in
/// its rows, so fields no rule looks at cost nothing once they are checked.
extension Model {
    public var fieldsRead: Set<String> {
        // Read by the evaluator itself: a body's size, and a decision's outcome.
        var names: Set<String> = ["members", "exempt", "adopted"]
        func visit(_ e: CExpr?) {
            e?.forEach {
                switch $0.kind {
                case .field(_, let name), .has(_, let name): names.insert(name)
                default: break
                }
            }
        }
        for r in rules {
            // A share of the members is judged only on counts that fit the body's size: all are read.
            if case .each(_, _, let req) = r.form, req.readsBodySize { names.formUnion(Plausibility.Count.allCases.map(\.name)) }
            if case .whenever(_, let req) = r.form, req.readsBodySize { names.formUnion(Plausibility.Count.allCases.map(\.name)) }
            if case .periodic(_, let c) = r.form, c.readsBodySize { names.formUnion(Plausibility.Count.allCases.map(\.name)) }
            switch r.form {
            case .frequency(_, let c): visit(c.filter.condition)
            case .gap(_, let f): visit(f.condition)
            case .each(let f, let unless, let req):
                visit(f.condition)
                visit(unless)
                visit(req)
            case .whenever(let f, let req):
                visit(f.condition)
                visit(req)
            case .target: break
            case .periodic(_, let c): visit(c)
            }
        }
        func visit(_ req: CRequirement) {
            switch req {
            case .condition(let c): visit(c)
            case .related(let f, let timing):
                visit(f.condition)
                if case .atLeastBefore(let d) = timing { visit(d) }
                if case .withinAfter(let d) = timing { visit(d) }
                if case .next(let n, _) = timing { visit(n.condition) }
            case .decision(let base, let cases):
                visit(base)
                for c in cases {
                    visit(c.when)
                    visit(c.requires)
                }
            }
        }
        return names
    }
}
