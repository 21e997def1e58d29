/// Expressions, loosest binding first:
/// or < and < not < comparison < + - < * / of < unary - < .field < primary.
extension Parser {
    mutating func expression() throws(Recover) -> Expr {
        let e = try nested { (p: inout Parser) throws(Recover) in try p.or() }
        // `m.present ≥ 8`: the lexer reported '≥'; checking `m.present` alone would only mislead.
        if current.kind == .invalid { throw Recover() }
        return e
    }

    /// One level of left-associative operators, written as symbols (`+`) or as words (`and`, `of`).
    private mutating func binaryLevel(_ ops: [Operator], _ next: (inout Parser) throws(Recover) -> Expr) throws(Recover) -> Expr {
        var lhs = try next(&self)
        var levels = 0
        defer { depth -= levels }
        while let op = ops.first(where: { op in
            if case .symbol(let s) = current.kind { s == op.rawValue } else { current.identifier == op.rawValue }
        }) {
            try deepen(&levels)
            advance()
            let rhs = try next(&self)
            lhs = Expr(kind: .binary(op, lhs, rhs), range: lhs.range.to(rhs.range))
        }
        return lhs
    }

    private mutating func or() throws(Recover) -> Expr {
        try binaryLevel([.or]) { (p: inout Parser) throws(Recover) in try p.and() }
    }

    private mutating func and() throws(Recover) -> Expr {
        try binaryLevel([.and]) { (p: inout Parser) throws(Recover) in try p.not() }
    }

    private mutating func not() throws(Recover) -> Expr {
        if at(.not) {
            let s = advance().range
            let e = try nested { (p: inout Parser) throws(Recover) in try p.not() }
            return Expr(kind: .unary(.not, e), range: s.to(e.range))
        }
        return try comparison()
    }

    private static let comparisons: [Operator] = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]

    private mutating func comparison() throws(Recover) -> Expr {
        let lhs = try additive()
        var op: Operator?
        if case .symbol(let s) = current.kind, let c = Parser.comparisons.first(where: { $0.rawValue == s }) {
            op = c
            advance()
        } else if at(.in) {
            op = .in
            advance()
        } else if at(.not), at(.in, offset: 1) {
            op = .notIn
            advance(); advance()
        }
        guard let op else { return lhs }
        let rhs = try additive()
        return Expr(kind: .binary(op, lhs, rhs), range: lhs.range.to(rhs.range))
    }

    private mutating func additive() throws(Recover) -> Expr {
        try binaryLevel([.plus, .minus]) { (p: inout Parser) throws(Recover) in try p.multiplicative() }
    }

    private mutating func multiplicative() throws(Recover) -> Expr {
        try binaryLevel([.times, .divided, .of]) { (p: inout Parser) throws(Recover) in try p.unary() }
    }

    mutating func unary() throws(Recover) -> Expr {
        if atSymbol("-") {
            let s = advance().range
            let e = try nested { (p: inout Parser) throws(Recover) in try p.unary() }
            return Expr(kind: .unary(.negate, e), range: s.to(e.range))
        }
        var e = try primary()
        var levels = 0
        defer { depth -= levels }
        while atSymbol(".") {
            try deepen(&levels)
            advance()
            let field = try expectName()
            e = Expr(kind: .member(e, field), range: e.range.to(field.range))
        }
        return e
    }

    private mutating func primary() throws(Recover) -> Expr {
        let t = current
        let simple: Expr.Kind? = switch t.kind {
        case .integer(let n): .integer(n)
        case .rational(let r): .rational(r)
        case .percent(let r): .percent(r)
        case .string(let s): .text(surface == .vietnamese ? SurfacePhrases.valueToEnglish[s] ?? s : s)
        case .date(let d): .date(d)
        case .time(let h): .time(h)
        case .duration(let n, let u): .duration(n, u)
        default: nil
        }
        if let simple {
            if case .text = simple { valueTokens.append(index) }
            advance()
            return Expr(kind: simple, range: t.range)
        }
        if atSymbol("(") {
            let s = advance().range
            let e = try expression()
            _ = try expectSymbol(")")
            return Expr(kind: e.kind, range: range(from: s))
        }
        if atSymbol("[") {
            let s = advance().range
            var items: [Expr] = []
            if !atSymbol("]") {
                repeat { items.append(try expression()) } while acceptSymbol(",")
            }
            _ = try expectSymbol("]")
            return Expr(kind: .list(items), range: range(from: s))
        }
        if accept(.true) { return Expr(kind: .boolean(true), range: t.range) }
        if accept(.false) { return Expr(kind: .boolean(false), range: t.range) }
        if at(.count), peek(1).isSymbol("(") {
            advance(); advance()
            let f = try nestedFilter()
            _ = try expectSymbol(")")
            return Expr(kind: .count(f), range: range(from: t.range))
        }
        if let word = current.identifier, let kind = Aggregate(rawValue: word), peek(1).isSymbol("(") {
            advance(); advance()
            let value = try expression()
            _ = try expect(.over)
            let f = try nestedFilter()
            _ = try expectSymbol(")")
            return Expr(kind: .aggregate(kind, value, f), range: range(from: t.range))
        }
        if accept(.exists) {
            let f = try nestedFilter()
            return Expr(kind: .exists(f), range: range(from: t.range))
        }
        if accept(.has) {
            let e = try nested { (p: inout Parser) throws(Recover) in try p.unary() }
            return Expr(kind: .has(e), range: range(from: t.range))
        }
        if t.identifier != nil, !atDeclarationStart {
            nameTokens.append(index)
            advance()
            return Expr(kind: .name(nameText(t)), range: t.range)
        }
        throw fail(SyntaxMessages.expression)
    }

    private mutating func nestedFilter() throws(Recover) -> EventFilter {
        try nested { (p: inout Parser) throws(Recover) in try p.eventFilter() }
    }
}
