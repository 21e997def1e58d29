/// Header, calendar, bodies, event types and provisions.
extension Parser {
    mutating func regulation() throws(Recover) -> RegulationDecl {
        let start = try expect(.regulation).range
        let code = try expectString()
        var items: [RegulationDecl.Item] = []
        try block { (p: inout Parser) throws(Recover) in
            guard let w = p.current.identifier else { throw p.fail(SyntaxMessages.regulationItem) }
            let key = Name(text: w, range: p.current.range)
            switch w {
            case "title", "issuer", "amends", "illustrative", "numbering":
                p.advance()
                items.append(.init(key: key, value: .text(try p.expectString())))
            case "issued", "effective":
                p.advance()
                let (d, r) = try p.expectDate()
                items.append(.init(key: key, value: .date(d, r)))
            case "term":
                p.advance()
                let (a, ra) = try p.expectDate()
                _ = try p.expect(.to)
                let (b, rb) = try p.expectDate()
                items.append(.init(key: key, value: .dates(a, ra, b, rb)))
            case "calendar":
                p.advance()
                items.append(.init(key: key, value: .name(try p.expectName())))
            default:
                throw p.fail(SyntaxMessages.regulationItem)
            }
        }
        return RegulationDecl(code: code, items: items, range: range(from: start))
    }

    mutating func calendar() throws(Recover) -> CalendarDecl {
        let start = try expect(.calendar).range
        var entries: [CalendarDecl.Entry] = []
        try block { (p: inout Parser) throws(Recover) in
            let s = p.current.range
            let kind: CalendarDecl.EntryKind
            if p.accept(.holiday) {
                kind = .holiday
            } else if p.accept(.workday) {
                kind = .workday
            } else if p.at(.not), p.at(.holiday, offset: 1) {
                p.advance(); p.advance()
                kind = .notHoliday
            } else {
                throw p.fail(SyntaxMessages.calendarItem)
            }
            let (d, dr) = try p.expectDate()
            let last = p.accept(.to) ? try p.expectDate() : nil
            let label = p.optionalString()
            let source = p.accept(.source) ? try p.expectString() : nil
            entries.append(.init(kind: kind, date: d, dateRange: dr, last: last, label: label, source: source, range: p.range(from: s)))
        }
        return CalendarDecl(entries: entries, range: range(from: start))
    }

    mutating func body() throws(Recover) -> BodyDecl {
        let start = current.range
        let isKind = at(.kind)
        advance()
        let name = try expectName()
        let label = optionalString()
        var items: [BodyDecl.Item] = []
        if atSymbol("{") {
            try block { (p: inout Parser) throws(Recover) in
                let s = p.current.range
                if p.accept(.members) || p.accept(.exempt) {
                    let isMembers = p.previous.identifier == "members"
                    let (n, _) = try p.expectInteger()
                    var from: (DateLiteral, SourceRange)?
                    if p.accept(.from) { from = try p.expectDate() }
                    let r = p.range(from: s)
                    items.append(isMembers ? .members(n, from: from, r) : .exempt(n, from: from, r))
                    if p.accept(.illustrative) { items.append(.illustrative(try p.expectString())) }
                } else if p.accept(.bodies) {
                    items.append(.bodies(try p.expectString()))
                } else {
                    throw p.fail(SyntaxMessages.bodyItem)
                }
            }
        }
        return BodyDecl(isKind: isKind, name: name, label: label, items: items, range: range(from: start))
    }

    mutating func eventType() throws(Recover) -> EventDecl {
        let start = try expect(.event).range
        let name = try expectName()
        let label = optionalString()
        var fields: [FieldDecl] = []
        try block { (p: inout Parser) throws(Recover) in
            let fname = try p.expectName(anyWord: true)
            _ = try p.expectSymbol(":")
            let type = try p.typeRef()
            let required = p.accept(.required)
            _ = p.acceptSymbol(",") || p.acceptSymbol(";")
            fields.append(FieldDecl(name: fname, type: type, required: required, range: p.range(from: fname.range)))
        }
        return EventDecl(name: name, label: label, fields: fields, range: range(from: start))
    }

    mutating func typeRef() throws(Recover) -> TypeRef {
        guard current.identifier != nil else { throw fail(SyntaxMessages.typeName) }
        let name = try expectName(word: true)
        var target: Name?
        var oneOf: [TextLiteral] = []
        if name.text == Keyword.ref.rawValue {
            target = try expectName()
        } else if name.text == Keyword.text.rawValue, accept(.one) {
            _ = try expect(.of)
            _ = try expectSymbol("[")
            repeat {
                oneOf.append(try expectString())
            } while acceptSymbol(",")
            _ = try expectSymbol("]")
        }
        return TypeRef(name: name, target: target, oneOf: oneOf, range: range(from: name.range))
    }

    mutating func provisionNumber() throws(Recover) -> Name {
        switch current.kind {
        case .integer, .identifier:
            nameTokens.append(index)
            return Name(text: current.text, range: advance().range)
        default: throw fail(SyntaxMessages.provisionNumber)
        }
    }

    /// `replace article 8 clause 3 "…" { … }`, `add article 13 "…" { … }`, `repeal article 9`,
    /// `repeal rule bo_phieu_kin`.
    mutating func amendment() throws(Recover) -> AmendmentDecl {
        let start = current.range
        let action = AmendmentDecl.Action(rawValue: advance().identifier!)!
        if action == .repeal, accept(.rule) {
            let name = try expectName()
            return AmendmentDecl(action: action, path: nil, rule: name, provision: nil, range: range(from: start))
        }
        var parts: [(ProvisionLevel, Name)] = []
        let pathStart = current.range
        while let w = current.identifier, let level = ProvisionLevel(rawValue: w) {
            advance()
            parts.append((level, try provisionNumber()))
        }
        guard let last = parts.last else { throw fail(SyntaxMessages.provisionNumber) }
        let path = ProvisionPath(parts: parts, range: range(from: pathStart))
        var provision: ProvisionDecl?
        if action != .repeal {
            let text = optionalString()
            let (illustrative, reading, children) = try provisionMarksAndChildren()
            provision = ProvisionDecl(level: last.0, number: last.1, text: text, illustrative: illustrative, reading: reading,
                                      children: children, range: range(from: start))
        }
        return AmendmentDecl(action: action, path: path, rule: nil, provision: provision, range: range(from: start))
    }

    /// The marks after a provision's text and its `{ … }`. The marks may also open the block
    /// (`clause 2 "…" { reading "…" rule … }`): a literate regulation writes them there, in the
    /// code beneath the paragraph.
    mutating func provisionMarksAndChildren() throws(Recover)
        -> (illustrative: TextLiteral?, reading: TextLiteral?, children: [ProvisionDecl.Child]) {
        var (illustrative, reading) = try provisionMarks()
        var children: [ProvisionDecl.Child] = []
        guard atSymbol("{") else { return (illustrative, reading, children) }
        try nested(SyntaxMessages.provisionsTooDeep) { (p: inout Parser) throws(Recover) in
            try p.block { (p: inout Parser) throws(Recover) in
                if children.isEmpty, p.at(.illustrative) || p.at(.reading) {
                    let mark = p.current.range
                    let inner = try p.provisionMarks()
                    if (inner.illustrative != nil && illustrative != nil) || (inner.reading != nil && reading != nil) {
                        p.diagnostics.add(Diagnostic(.P005, at: mark, p.surface.respell(SyntaxMessages.markTwice, names: false)))
                    }
                    illustrative = illustrative ?? inner.illustrative
                    reading = reading ?? inner.reading
                    return
                }
                switch p.current.identifier {
                case "article", "clause", "point": children.append(.provision(try p.provision()))
                case "rule": children.append(.rule(try p.rule()))
                case "body", "kind", "event", "calendar", "regulation":
                    throw p.fail(SyntaxMessages.provisionItem, hint: SyntaxMessages.declarationInProvision)
                default: throw p.fail(SyntaxMessages.provisionItem)
                }
            }
        }
        return (illustrative, reading, children)
    }

    /// `illustrative "why"` and `reading "why"` after a provision's text, if there, in either order.
    mutating func provisionMarks() throws(Recover) -> (illustrative: TextLiteral?, reading: TextLiteral?) {
        var illustrative: TextLiteral?, reading: TextLiteral?
        while true {
            if illustrative == nil, accept(.illustrative) { illustrative = try expectString() }
            else if reading == nil, accept(.reading) { reading = try expectString() }
            else { return (illustrative, reading) }
        }
    }

    mutating func provision() throws(Recover) -> ProvisionDecl {
        let start = current.range
        let level = ProvisionLevel(rawValue: advance().identifier!)!
        let number = try provisionNumber()
        let text = optionalString()
        let (illustrative, reading, children) = try provisionMarksAndChildren()
        return ProvisionDecl(level: level, number: number, text: text, illustrative: illustrative, reading: reading, children: children,
                             range: range(from: start))
    }
}
