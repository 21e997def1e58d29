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
        case .aggregate(let kind, let value, let f): return "\(kind.rawValue)(\(render(value)) over \(render(f)))"
        case .exists(let f): return "exists(\(render(f)))"
        }
    }

    static func render(_ f: CFilter) -> String { f.type + (f.condition.map { " where " + render($0) } ?? "") }

    /// A filter's condition as a rule writes it, for messages: the filtered event's own fields by
    /// name (`kind == "thematic"`), brackets only around nested operations.
    static func readable(_ f: CFilter, others: [Int: String] = [:]) -> String? {
        f.condition.map { readable($0, own: f.slot, others: others) }
    }

    /// `others` names the events of other slots (`meeting.id` for the meeting a document serves).
    static func readable(_ e: CExpr, own: Int, others: [Int: String] = [:], top: Bool = true) -> String {
        func field(_ slot: Int, _ name: String) -> String {
            slot == own ? name : others[slot].map { "\($0).\(name)" } ?? "$\(slot).\(name)"
        }
        switch e.kind {
        case .field(let slot, let name): return field(slot, name)
        case .event(let slot): return slot == own ? "it" : others[slot] ?? "$\(slot)"
        case .has(let slot, let name): return "has " + field(slot, name)
        case .members: return "members"
        case .exempt: return "exempt"
        case .unary(let op, let x): return "\(op.rawValue) " + readable(x, own: own, others: others, top: false)
        case .binary(let op, let a, let b):
            let text = readable(a, own: own, others: others, top: false) + " \(op.rawValue) " + readable(b, own: own, others: others, top: false)
            return top ? text : "(\(text))"
        case .list(let items): return "[" + items.map { readable($0, own: own, others: others) }.joined(separator: ", ") + "]"
        case .count(let f), .exists(let f):
            let word = if case .count = e.kind { "count" } else { "exists" }
            return "\(word)(\(f.type)" + (readable(f, others: others.merging([own: "it"]) { a, _ in a }).map { " where \($0)" } ?? "") + ")"
        case .aggregate(let kind, let value, let f):
            let inner = others.merging([own: "it"]) { a, _ in a }
            return "\(kind.rawValue)(" + readable(value, own: f.slot, others: inner) + " over \(f.type)"
                + (readable(f, others: inner).map { " where \($0)" } ?? "") + ")"
        case .constant: return render(e)
        }
    }
}
