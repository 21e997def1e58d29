/// Name resolution and type checking of expressions and event filters.
extension Checker {
    mutating func expectBoolean(_ e: CExpr, _ range: SourceRange) {
        if e.type != .boolean && e.type != .error {
            error(.C026, range, CheckMessages.expectedType("a condition (boolean)", "một điều kiện (đúng/sai)", e.type))
        }
    }

    /// Resolves an event type name, accepting a plural (`12 meetings`) for a declared type.
    mutating func eventType(_ n: Name) -> EventType? {
        if let t = model.eventTypes[n.text] { return t }
        if n.text.hasSuffix("s"), let t = model.eventTypes[String(n.text.dropLast())] { return t }
        error(.C001, n.range, CheckMessages.unknownEventType(n.text), hint: Suggestions.hint(n.text, model.eventTypes.keys))
        return nil
    }

    mutating func filter(_ f: EventFilter, _ scope: Scope) -> CFilter? {
        guard let type = eventType(f.type) else { return nil }
        if let b = f.binder, scope.slots.contains(where: { $0.binder == b.text }) {
            error(.C027, b.range, CheckMessages.shadowed(b.text))
        }
        let inner = scope.pushing(f.binder?.text, type.name)
        var condition: CExpr?
        if let c = f.condition {
            let cc = expr(c, inner)
            expectBoolean(cc, c.range)
            condition = cc
        }
        return CFilter(type: type.name, slot: scope.slots.count, binder: f.binder?.text, condition: condition, range: f.range)
    }

    private func constant(_ v: Value, _ t: ValueType, _ r: SourceRange) -> CExpr {
        CExpr(kind: .constant(v), type: t, range: r)
    }

    private func failed(_ r: SourceRange) -> CExpr { CExpr(kind: .constant(.boolean(false)), type: .error, range: r) }

    mutating func expr(_ e: Expr, _ scope: Scope) -> CExpr {
        let r = e.range
        switch e.kind {
        case .integer(let n): return constant(.number(Rational(n)), .number, r)
        case .rational(let q), .percent(let q): return constant(.number(q), .number, r)
        case .boolean(let b): return constant(.boolean(b), .boolean, r)
        case .text(let s): return constant(.text(s), .text, r)
        case .date(let d):
            guard let day = day(d, r) else { return failed(r) }
            return constant(.date(day), .date, r)
        case .time(let t): return constant(.time(t.minutes), .time, r)
        case .duration(let n, let unit):
            guard let amount = DurationDimension.baseAmount(n, unit) else {
                error(.C028, r, CheckMessages.overflow)
                return failed(r)
            }
            let dim = DurationDimension(unit)
            return constant(.duration(amount, dim), .duration(dim), r)
        case .name(let n): return name(n, r, scope)
        case .member(let base, let field): return member(base, field, scope)
        case .unary(let op, let operand):
            let c = expr(operand, scope)
            if c.type == .error { return c }
            if op == .not {
                expectBoolean(c, operand.range)
                return CExpr(kind: .unary(op, c), type: .boolean, range: r)
            }
            switch c.type {
            case .number, .duration:
                if case .constant(.number(let q)) = c.kind {
                    guard let neg = q.negated() else { error(.C028, r, CheckMessages.overflow); return failed(r) }
                    return constant(.number(neg), .number, r)
                }
                return CExpr(kind: .unary(op, c), type: c.type, range: r)
            default:
                error(.C026, operand.range, CheckMessages.expectedType("a number", "một số", c.type))
                return failed(r)
            }
        case .binary(let op, let a, let b):
            return binary(op, a, b, r, scope)
        case .list(let items):
            let cs = items.map { expr($0, scope) }
            let types = Set(cs.map(\.type)).subtracting([.error])
            if types.count > 1, let first = cs.first {
                let other = cs.first { $0.type != first.type && $0.type != .error }!
                error(.C029, other.range, CheckMessages.typeMismatch(",", first.type, other.type))
                return failed(r)
            }
            return CExpr(kind: .list(cs), type: .list(types.first ?? .text), range: r)
        case .count(let f):
            guard let cf = filter(f, scope) else { return failed(r) }
            return CExpr(kind: .count(cf), type: .number, range: r)
        case .aggregate(let kind, let value, let f):
            guard let cf = filter(f, scope) else { return failed(r) }
            let v = expr(value, scope.pushing(f.binder?.text, f.type.text))
            switch v.type {
            // An average of durations has no exact unit (2 days and 3 days average to 2½ days).
            case .number: return CExpr(kind: .aggregate(kind, v, cf), type: v.type, range: r)
            case .duration where kind != .average: return CExpr(kind: .aggregate(kind, v, cf), type: v.type, range: r)
            case .duration:
                error(.C026, value.range, CheckMessages.averageOfDurations)
                return failed(r)
            case .error: return failed(r)
            default:
                error(.C026, value.range, CheckMessages.expectedType("a number or a duration", "một số hoặc một khoảng thời gian", v.type))
                return failed(r)
            }
        case .exists(let f):
            guard let cf = filter(f, scope) else { return failed(r) }
            return CExpr(kind: .exists(cf), type: .boolean, range: r)
        case .has(let operand):
            let c = expr(operand, scope)
            if c.type == .error { return c }
            guard case .field(let slot, let name) = c.kind else {
                error(.C037, operand.range, CheckMessages.notAField("has"))
                return failed(r)
            }
            return CExpr(kind: .has(slot: slot, name: name), type: .boolean, range: r)
        }
    }

    private mutating func name(_ n: String, _ r: SourceRange, _ scope: Scope) -> CExpr {
        if let slot = scope.slots.lastIndex(where: { $0.binder == n }) {
            return CExpr(kind: .event(slot: slot), type: .event(scope.slots[slot].type), range: r)
        }
        if n == "members" || n == "exempt" {
            let slot = scope.slots.isEmpty ? nil : scope.slots.count - 1
            return CExpr(kind: n == "members" ? .members(slot: slot) : .exempt(slot: slot), type: .number, range: r)
        }
        if let innermost = scope.slots.last, let ft = model.eventTypes[innermost.type]?.fieldType(n) {
            return CExpr(kind: .field(slot: scope.slots.count - 1, name: n), type: ft.valueType, range: r)
        }
        if model.bodies[n] != nil { return constant(.id(n), .id, r) }
        var candidates = scope.slots.compactMap(\.binder) + Array(model.bodies.keys) + ["members", "exempt"]
        if let innermost = scope.slots.last, let t = model.eventTypes[innermost.type] {
            candidates += t.fieldOrder + EventType.implicitFields.keys
        }
        error(.C025, r, CheckMessages.unknownName(n), hint: Suggestions.hint(n, candidates))
        return failed(r)
    }

    private mutating func member(_ base: Expr, _ field: Name, _ scope: Scope) -> CExpr {
        let b = expr(base, scope)
        let r = base.range.to(field.range)
        if b.type == .error { return b }
        guard case .event(let slot) = b.kind, case .event(let typeName) = b.type, let type = model.eventTypes[typeName] else {
            error(.C037, base.range, CheckMessages.expectedType("an event", "một sự kiện", b.type))
            return failed(r)
        }
        guard let ft = type.fieldType(field.text) else {
            error(.C036, field.range, CheckMessages.unknownField(field.text, typeName),
                  hint: Suggestions.hint(field.text, type.fieldOrder + EventType.implicitFields.keys))
            return failed(r)
        }
        return CExpr(kind: .field(slot: slot, name: field.text), type: ft.valueType, range: r)
    }

    /// The listed values of the field `e` reads, if it reads a `text one of […]` field. A binding's
    /// `type` has one value, its own type's name: `d.type == "draft"` could never hold.
    private func listedValues(_ e: CExpr, _ scope: Scope) -> (field: String, type: String, values: [String])? {
        guard case .field(let slot, let name) = e.kind, slot < scope.slots.count,
              let t = model.eventTypes[scope.slots[slot].type] else { return nil }
        if name == "type" { return (name, t.name, [t.name]) }
        guard case .text(let values)? = t.fieldType(name), !values.isEmpty else { return nil }
        return (name, t.name, values)
    }

    /// `m.kind == "reguler"` is an error when `kind` lists its values.
    private mutating func checkListedValue(_ field: CExpr, _ value: CExpr, _ scope: Scope) {
        var texts: [(String, SourceRange)] = []
        if case .constant(.text(let s)) = value.kind { texts.append((s, value.range)) }
        if case .list(let items) = value.kind {
            for i in items { if case .constant(.text(let s)) = i.kind { texts.append((s, i.range)) } }
        }
        if case .field(_, "body") = field.kind {
            for (s, range) in texts where !model.bodies.values.contains(where: { $0.matches(s) }) {
                error(.C055, range, CheckMessages.undeclaredBody(s), hint: Suggestions.hint(s, model.bodyOrder))
            }
            return
        }
        guard let listed = listedValues(field, scope) else { return }
        for (s, range) in texts where !listed.values.contains(s) {
            if listed.field == "type" {
                error(.C053, range, CheckMessages.typeNever(s, listed.type),
                      hint: model.eventTypes[s] != nil ? CheckMessages.bindType(s) : Suggestions.hint(s, model.eventTypes.keys))
                continue
            }
            // A Vietnamese file is shown the values as it writes them.
            let shown = model.surface == .vietnamese ? listed.values.map { SurfacePhrases.valueToVietnamese[$0] ?? $0 } : listed.values
            error(.C038, range, CheckMessages.unknownValue(s, listed.field, listed.type),
                  hint: Suggestions.hint(s, shown) ?? CheckMessages.listedValues(shown))
        }
    }

    private func comparable(_ a: ValueType, _ b: ValueType) -> Bool {
        a == b || (a == .id && b == .text) || (a == .text && b == .id)
    }

    private func eventAsId(_ e: CExpr) -> CExpr {
        guard case .event(let slot) = e.kind else { return e }
        return CExpr(kind: .field(slot: slot, name: "id"), type: .id, range: e.range)
    }

    private mutating func binary(_ op: Operator, _ ea: Expr, _ eb: Expr, _ r: SourceRange, _ scope: Scope) -> CExpr {
        var a = expr(ea, scope), b = expr(eb, scope)
        if a.type == .error || b.type == .error { return failed(r) }
        func make(_ t: ValueType) -> CExpr { CExpr(kind: .binary(op, a, b), type: t, range: r) }
        func mismatch() -> CExpr {
            error(.C029, r, CheckMessages.typeMismatch(op.rawValue, a.type, b.type))
            return failed(r)
        }
        switch op {
        case .and, .or:
            expectBoolean(a, ea.range)
            expectBoolean(b, eb.range)
            return make(.boolean)
        case .equal, .notEqual:
            a = eventAsId(a); b = eventAsId(b)
            guard comparable(a.type, b.type) else { return mismatch() }
            checkListedValue(a, b, scope)
            checkListedValue(b, a, scope)
            return make(.boolean)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            switch (a.type, b.type) {
            case (.number, .number), (.date, .date), (.time, .time): return make(.boolean)
            case (.duration(let x), .duration(let y)) where x == y: return make(.boolean)
            default: return mismatch()
            }
        case .in, .notIn:
            a = eventAsId(a)
            guard case .list(let t) = b.type, comparable(a.type, t) || (b.kind.isEmptyList) else { return mismatch() }
            checkListedValue(a, b, scope)
            return make(.boolean)
        case .plus, .minus:
            switch (a.type, b.type) {
            case (.number, .number): return fold(op, a, b, r) ?? make(.number)
            case (.date, .duration(let d)) where d != .clock: return make(.date)
            case (.duration(let d), .date) where d != .clock && op == .plus: return make(.date)
            case (.date, .date) where op == .minus: return make(.duration(.days))
            case (.time, .time) where op == .minus: return make(.duration(.clock))
            case (.time, .duration(.clock)): return make(.time)
            case (.duration(let x), .duration(let y)) where x == y: return make(.duration(x))
            default: return mismatch()
            }
        case .times, .divided, .of:
            guard a.type == .number, b.type == .number else { return mismatch() }
            if op == .of, case .constant(.number(let q)) = a.kind, !isShare(q, written: ea) { return failed(r) }
            if op == .divided, case .constant(.number(.zero)) = b.kind {
                error(.C039, r, CheckMessages.divisionByZero)
                return failed(r)
            }
            return fold(op, a, b, r) ?? make(.number)
        }
    }

    /// Folds arithmetic on two constants, so `1/2 * 3` is one exact number; nil when not constant.
    private mutating func fold(_ op: Operator, _ a: CExpr, _ b: CExpr, _ r: SourceRange) -> CExpr? {
        // A constant zero divisor was refused before folding.
        guard case .constant(.number(let x)) = a.kind, case .constant(.number(let y)) = b.kind else { return nil }
        let v: Rational? = switch op {
        case .plus: x.adding(y)
        case .minus: x.subtracting(y)
        case .divided: x.divided(by: y)
        default: x.multiplied(by: y)
        }
        guard let v else {
            error(.C028, r, CheckMessages.overflow)
            return failed(r)
        }
        return constant(.number(v), .number, r)
    }
}

extension CExpr.Kind {
    var isEmptyList: Bool {
        if case .list(let l) = self { return l.isEmpty }
        return false
    }
}
