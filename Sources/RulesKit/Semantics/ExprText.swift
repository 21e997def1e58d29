/// A checked expression written back as text: `render` for comparing two rules' conditions (two
/// filters are the same condition when their texts are equal, binder names aside), `readable` for
/// naming a filter in a message.
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

    /// A filter's condition as a rule writes it, for messages: the filtered event's own fields by
    /// name (`kind == "thematic"`), brackets only around nested operations.
    static func readable(_ f: CFilter) -> String? {
        f.condition.map { readable($0, own: f.slot, top: true) }
    }

    private static func readable(_ e: CExpr, own: Int, top: Bool) -> String {
        switch e.kind {
        case .field(let slot, let name) where slot == own: return name
        case .has(let slot, let name) where slot == own: return "has \(name)"
        case .unary(let op, let x): return "\(op.rawValue) " + readable(x, own: own, top: false)
        case .binary(let op, let a, let b):
            let text = readable(a, own: own, top: false) + " \(op.rawValue) " + readable(b, own: own, top: false)
            return top ? text : "(\(text))"
        case .list(let items): return "[" + items.map { readable($0, own: own, top: true) }.joined(separator: ", ") + "]"
        default: return render(e)
        }
    }
}
