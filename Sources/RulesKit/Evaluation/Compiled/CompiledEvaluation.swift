/// Compiled expressions evaluated over one body's events, with the same Kleene logic as `eval`:
/// a missing field is unknown (nil), `false and unknown` is false, `true or unknown` is true.
extension ExpressionEvaluator {
    func truth(_ t: Truth, _ s: Scope) -> Bool? {
        switch t {
        case .constant(let v): return v
        case .field(let slot, let k):
            guard let i = s[slot] else { return nil }
            let c = b.fieldCell(i, k)
            return c == Cell.missing ? nil : c != 0
        case .not(let x): return truth(x, s).map { !$0 }
        case .and(let x, let y):
            let a = truth(x, s)
            if a == false { return false }
            let c = truth(y, s)
            if c == false { return false }
            return a == true && c == true ? true : nil
        case .or(let x, let y):
            let a = truth(x, s)
            if a == true { return true }
            let c = truth(y, s)
            if c == true { return true }
            return a == false && c == false ? false : nil
        case .same(let x, let y, let negated):
            guard let a = symbol(x, s), let c = symbol(y, s) else { return nil }
            return (a == c) != negated
        case .equivalent(let x, let y, let negated):
            guard let a = truth(x, s), let c = truth(y, s) else { return nil }
            return (a == c) != negated
        case .member(let x, let list, let negated):
            guard let a = symbol(x, s) else { return nil }
            return list.contains(a) != negated
        case .numbers(let op, let x, let y):
            guard let a = number(x, s), let c = number(y, s) else { return nil }
            return op.holds(a, c)
        case .dates(let op, let x, let y):
            guard let a = day(x, s), let c = day(y, s) else { return nil }
            return op.holds(a, c)
        case .exists(let f): return firstMatch(f, s, where: { _ in true }) != nil
        case .general(let e):
            guard case .boolean(let v)? = eval(e, s.array()) else { return nil }
            return v
        }
    }

    func symbol(_ x: Symbolic, _ s: Scope) -> Int32? {
        let c: Int32
        switch x {
        case .constant(let k): return k
        case .field(let slot, let k):
            guard let i = s[slot] else { return nil }
            c = b.fieldCell(i, k)
        case .id(let slot):
            guard let i = s[slot] else { return nil }
            c = b.idSymbol(i)
        }
        return c == Cell.missing ? nil : c
    }

    func number(_ x: Numeric, _ s: Scope) -> Rational? {
        switch x {
        case .constant(let q): return q
        case .field(let slot, let k):
            guard let i = s[slot] else { return nil }
            let c = b.fieldCell(i, k)
            return c == Cell.missing ? nil : Cell.rational(c, big: b.store.big)
        case .members(let slot, let k): return count(slot, k, s, exempt: false)
        case .exempt(let slot, let k): return count(slot, k, s, exempt: true)
        case .arithmetic(let op, let x, let y):
            guard let a = number(x, s), let c = number(y, s) else { return nil }
            return switch op {
            case .plus: a.adding(c)
            case .minus: a.subtracting(c)
            case .divided: a.divided(by: c)
            default: a.multiplied(by: c)
            }
        case .count(let f): return Rational(matches(f, s).count)
        case .general(let e):
            guard case .number(let q)? = eval(e, s.array()) else { return nil }
            return q
        }
    }

    /// A body's size for the event in `slot`: its own field first, then the body's records.
    private func count(_ slot: Int?, _ column: Int?, _ s: Scope, exempt: Bool) -> Rational? {
        let e = slot.flatMap { s[$0] }
        if let e, let column {
            let c = b.fieldCell(e, column)
            if c != Cell.missing {
                let q = Cell.rational(c, big: b.store.big)
                if q.isInteger { return q }
            }
        }
        return counts.recorded(b, on: e.map { b.date($0) } ?? periodDate, exempt: exempt).map { Rational($0) }
    }

    func day(_ x: Dated, _ s: Scope) -> Int32? {
        switch x {
        case .constant(let d): return d.ordinal
        case .date(let slot): return s[slot].map { b.date($0).ordinal }
        case .field(let slot, let k):
            guard let i = s[slot] else { return nil }
            let c = b.fieldCell(i, k)
            return c == Cell.missing ? nil : c
        }
    }

    /// The events of the filter's type that satisfy its condition, with the outer slots in scope.
    func matches(_ f: CompiledFilter, _ s: Scope) -> [Int] {
        var out: [Int] = []
        forEachMatch(f, s) { i in
            out.append(i)
            return true
        }
        return out
    }

    /// The first event matching the filter that `accept` takes, without listing the others.
    func firstMatch(_ f: CompiledFilter, _ s: Scope, where accept: (Int) -> Bool) -> Int? {
        var found: Int?
        forEachMatch(f, s) { i in
            if accept(i) { found = i }
            return found == nil
        }
        return found
    }

    /// The earliest event matching the filter dated in `days` that `accept` takes (`by the next
    /// meeting`): a scan starts at the first day, found by bisection, and stops after the last,
    /// since a type's events are in date order.
    func firstMatch(_ f: CompiledFilter, _ s: Scope, in days: ClosedRange<Day>, where accept: (Int) -> Bool = { _ in true }) -> Int? {
        guard case .scan(let c) = f.search, let type = f.type else {
            return firstMatch(f, s) { days.contains(b.date($0)) && accept($0) }
        }
        var found: Int?
        forEach(b.slice(of: b.indices(ofTypeNumber: type), in: days), c, f.slot, s) { i in
            if accept(i) { found = i }
            return found == nil
        }
        return found
    }

    /// Visits the filter's matches in order while `visit` returns true.
    private func forEachMatch(_ f: CompiledFilter, _ s: Scope, _ visit: (Int) -> Bool) {
        switch f.search {
        case .general:
            for i in matches(f.source, s.array()) where !visit(i) { return }
        case .scan(let c):
            guard let type = f.type else { return }
            forEach(b.indices(ofTypeNumber: type), c, f.slot, s, visit)
        case .join(let column, let key, let rest):
            guard let type = f.type, let k = symbol(key, s) else { return }
            forEach(b.joins.candidates(b, type: type, column: column, symbol: k), rest, f.slot, s, visit)
        }
    }

    /// The candidates for which `condition` holds with each bound to `slot`, while `visit` goes on.
    private func forEach<C: Collection<Int>>(_ candidates: C, _ condition: Truth?, _ slot: Int, _ s: Scope, _ visit: (Int) -> Bool) {
        var inner = s
        for i in candidates {
            if let condition {
                inner.bind(slot, i)
                guard truth(condition, inner) == true else { continue }
            }
            if !visit(i) { return }
        }
    }

    /// True when the filter joins on a value the enclosing event does not have (see `joinKeyMissing`).
    func joinKeyMissing(_ f: CompiledFilter, _ s: Scope) -> Bool {
        switch f.search {
        case .general: joinKeyMissing(f.source, s.array())
        case .scan: false
        case .join(_, let key, _): symbol(key, s) == nil
        }
    }
}
