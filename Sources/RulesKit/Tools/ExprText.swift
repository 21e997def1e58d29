/// A checked expression written back as text, for comparing two rules' conditions: two filters
/// are the same condition when their texts are equal (binder names aside).
enum ExprText {
    static func render(_ e: CExpr) -> String {
        switch e.kind {
        case .constant(let v): return v.description
        case .field(let slot, let name): return "$\(slot).\(name)"
        case .event(let slot): return "$\(slot)"
        case .members(let slot): return "members\(slot.map { "@\($0)" } ?? "")"
        case .exempt(let slot): return "exempt\(slot.map { "@\($0)" } ?? "")"
        case .has(let slot, let name): return "has $\(slot).\(name)"
        case .unary(let op, let x): return "\(op.rawValue)(\(render(x)))"
        case .binary(let op, let a, let b): return "(\(render(a)) \(op.rawValue) \(render(b)))"
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .count(let f): return "count(\(render(f)))"
        case .exists(let f): return "exists(\(render(f)))"
        }
    }

    static func render(_ f: CFilter) -> String { f.type + (f.condition.map { " where " + render($0) } ?? "") }
}
