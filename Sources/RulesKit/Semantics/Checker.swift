/// Resolves names and checks types, turning a syntax tree into a `Model`.
/// Every problem is reported; checking goes on past errors so one run shows them all.
public struct Checker {
    var model: Model
    var diagnostics = DiagnosticBag()
    /// Rule declarations with their citation, gathered before any rule is checked so a target
    /// can name a rule declared further down.
    var ruleDecls: [(RuleDecl, Citation)] = []

    init(file: SourceFile, context: Model? = nil) {
        model = Model(file: file)
        model.eventTypes = Checker.prelude
        if let context {
            // An amendment speaks of the bodies and event types of the regulation it amends.
            model.eventTypes = context.eventTypes
            model.bodies = context.bodies
            model.bodyOrder = context.bodyOrder
            model.calendarAdjustments = context.calendarAdjustments
        }
        self.context = context
    }

    /// The regulation this file amends, when it is checked as part of a chain.
    let context: Model?

    /// Parses and checks a rules file. The model is nil when there are errors. An amending
    /// regulation is checked with `context`, the model of the text it amends.
    public static func check(_ file: SourceFile, context: Model? = nil) -> (Model?, [Diagnostic]) {
        let parsed = Parser.read(file)
        var checker = Checker(file: file, context: context)
        checker.model.surface = parsed.surface
        checker.check(parsed.syntax)
        // The parser's messages already speak the file's words; the checker's are respelled.
        let checked = checker.diagnostics.items.map { $0.respelled(parsed.surface, names: true) }
        var all = DiagnosticBag()
        for d in parsed.diagnostics + checked { all.add(d) }
        return (all.hasErrors ? nil : checker.model, all.sorted)
    }

    public static func check(path: String, text: String) -> (Model?, [Diagnostic]) {
        check(SourceFile(path: path, text: text))
    }

    /// The standard vocabulary, checked once with the same machinery as a user's declarations.
    static let prelude: [String: EventType] = {
        let (syntax, _) = Parser.parse(Prelude.source)
        var c = Checker(file: SourceFile(path: "<prelude>", text: Prelude.source), types: [:])
        for case .event(let e) in syntax.declarations { c.declareEvent(e, builtIn: true) }
        return c.model.eventTypes
    }()

    private init(file: SourceFile, types: [String: EventType]) {
        model = Model(file: file)
        model.eventTypes = types
        context = nil
    }

    mutating func error(_ code: DiagnosticCode, _ range: SourceRange, _ message: Localized, hint: Localized? = nil) {
        assert(code.severity == .error)
        diagnostics.add(Diagnostic(code, at: range, message, hint: hint))
    }

    mutating func warning(_ code: DiagnosticCode, _ range: SourceRange, _ message: Localized, hint: Localized? = nil) {
        assert(code.severity == .warning)
        diagnostics.add(Diagnostic(code, at: range, message, hint: hint))
    }

    mutating func day(_ d: DateLiteral, _ range: SourceRange) -> Day? {
        guard let day = Day(year: d.year, month: d.month, day: d.day) else {
            error(.C020, range, CheckMessages.invalidDate(d))
            return nil
        }
        return day
    }

    // MARK: - Passes

    mutating func check(_ file: SyntaxFile) {
        var sawRegulation = false
        for decl in file.declarations {
            switch decl {
            case .regulation(let r):
                if sawRegulation { error(.C030, r.range, CheckMessages.duplicateRegulation) }
                sawRegulation = true
                declareRegulation(r)
            case .calendar(let c): declareCalendar(c)
            case .body(let b): declareBody(b)
            case .event(let e): declareEvent(e, builtIn: false)
            case .provision, .rule, .amendment: break
            }
        }
        if !sawRegulation, let first = file.declarations.first {
            warning(.W002, SourceRange(first.range.start, first.range.start), CheckMessages.missingRegulation)
        }
        resolveReferences()
        for decl in file.declarations {
            switch decl {
            case .provision(let p): model.provisions.append(collect(p, parent: nil, citation: Citation()))
            case .rule(let r):
                warning(.W001, r.name.range, CheckMessages.ruleWithoutArticle, hint: CheckMessages.ruleWithoutArticleHint)
                ruleDecls.append((r, Citation()))
            case .amendment(let a): declareAmendment(a)
            default: break
            }
        }
        if let context, var info = model.regulation {
            info.term = info.term ?? context.regulation?.term
            info.title = info.title ?? context.regulation?.title
            info.issuer = info.issuer ?? context.regulation?.issuer
            model.regulation = info
        }
        checkProvisionNumbers(model.provisions)
        checkRules()
    }

    // MARK: - Header and calendar

    mutating func declareRegulation(_ r: RegulationDecl) {
        var info = RegulationInfo(code: r.code.value, calendar: "vietnam", range: r.range)
        var seen: Set<String> = []
        for item in r.items {
            if !seen.insert(item.key.text).inserted {
                error(.C031, item.key.range, CheckMessages.duplicateItem(item.key.text))
            }
            switch (item.key.text, item.value) {
            case ("title", .text(let t)): info.title = t.value
            case ("issuer", .text(let t)): info.issuer = t.value
            case ("amends", .text(let t)): info.amends = t.value
            case ("illustrative", .text(let t)): info.illustrative = t.value
            case ("numbering", .text(let t)): info.numbering = t.value
            case ("issued", .date(let d, let range)): info.issued = day(d, range)
            case ("effective", .date(let d, let range)): info.effective = day(d, range)
            case ("term", .dates(let a, let ra, let b, let rb)):
                // Both ends are checked, so a bad end date is reported even when the start is bad too.
                let x = day(a, ra), y = day(b, rb)
                if let x, let y {
                    if y < x { error(.C032, ra.to(rb), CheckMessages.termBackwards) } else { info.term = x...y }
                }
            case ("calendar", .name(let n)):
                if n.text != "vietnam" {
                    error(.C033, n.range, CheckMessages.unknownCalendar(n.text), hint: Suggestions.hint(n.text, ["vietnam"]))
                }
                info.calendar = n.text
            default: break
            }
        }
        if let i = info.issued, let e = info.effective, e < i {
            warning(.W003, r.range, CheckMessages.effectiveBeforeIssued)
        }
        // Every window would lie outside its time in force: nothing could ever be judged.
        if let e = info.effective, let t = info.term, e > t.upperBound {
            error(.C056, r.range, CheckMessages.neverInForce(e, t.upperBound))
        }
        if model.regulation == nil { model.regulation = info }
    }

    mutating func declareCalendar(_ c: CalendarDecl) {
        // A day both off and worked is a contradiction: `workday` would win whatever the order.
        var offOrWorked: [Day: Bool] = [:]
        for e in c.entries {
            guard let first = day(e.date, e.dateRange) else { continue }
            var last = first
            if let (date, range) = e.last {
                guard let d = day(date, range) else { continue }
                // A span of more than a year is a typo, not a schedule: 2024-02-08 to 2042-02-14.
                guard d >= first, d.ordinal - first.ordinal <= 366 else {
                    error(.C049, e.dateRange.to(range), CheckMessages.calendarSpan)
                    continue
                }
                last = d
            }
            checkAgainstBuiltIn(e.kind, first...last, e.range)
            let worked = e.kind != .holiday
            for ordinal in first.ordinal...last.ordinal {
                let day = Day(ordinal: ordinal)
                // A `holiday` span gives its weekdays off, not its rest days.
                if !worked, first < last, day.isWeeklyRest { continue }
                if let other = offOrWorked.updateValue(worked, forKey: day), other != worked {
                    error(.C052, e.range, CheckMessages.calendarConflict(day))
                    break
                }
            }
            model.calendarAdjustments.append(CalendarAdjustment(kind: e.kind, days: first...last, label: e.label?.value,
                                                                source: e.source?.value))
        }
    }

    /// An entry that changes nothing is a mistake in the date or the kind: say so.
    private mutating func checkAgainstBuiltIn(_ kind: CalendarDecl.EntryKind, _ days: ClosedRange<Day>, _ range: SourceRange) {
        let builtIn = WorkingCalendar()
        let single = days.lowerBound == days.upperBound
        let day = days.lowerBound
        switch kind {
        case .workday where single && builtIn.isWorkingDay(day):
            warning(.W005, range, CheckMessages.alreadyWorking(day))
        case .holiday where single && !builtIn.isWorkingDay(day):
            warning(.W006, range, CheckMessages.alreadyOff(day))
        case .notHoliday where single && builtIn.holiday(on: day) == nil:
            warning(.W007, range, CheckMessages.notADayOff(day))
        default: break
        }
    }

    // MARK: - Bodies

    mutating func declareBody(_ b: BodyDecl) {
        if let first = model.bodies[b.name.text] {
            error(.C002, b.name.range, CheckMessages.duplicate("body", b.name.text),
                  hint: CheckMessages.firstAt(first.range.start.line))
            return
        }
        var info = BodyInfo(name: b.name.text, label: b.label?.value, isKind: b.isKind, range: b.name.range)
        var membersFrom: Set<Day?> = [], exemptFrom: Set<Day?> = []
        for item in b.items {
            switch item {
            case .members(let n, let from, let range), .exempt(let n, let from, let range):
                let isMembers = if case .members = item { true } else { false }
                let day = from.flatMap { self.day($0.0, $0.1) }
                if from != nil && day == nil { continue }
                let inserted = isMembers ? membersFrom.insert(day).inserted : exemptFrom.insert(day).inserted
                if !inserted { error(.C034, range, CheckMessages.duplicateFrom(isMembers ? "members" : "exempt")) }
                if isMembers && n == 0 { error(.C054, range, CheckMessages.noMembers) }
                if isMembers { info.members.entries.append((day, n)) } else { info.exempt.entries.append((day, n)) }
            case .bodies(let pattern):
                if !b.isKind { error(.C035, pattern.range, CheckMessages.fieldInBodyKind("bodies")) }
                info.pattern = pattern.value
            case .illustrative(let why):
                info.sizeIllustrative = why.value
            }
        }
        // Undated values first, then by date, so `value(on:)` reads the last one in force.
        for keyPath in [\BodyInfo.members, \BodyInfo.exempt] {
            info[keyPath: keyPath].entries.sort { ($0.from?.ordinal ?? .min) < ($1.from?.ordinal ?? .min) }
        }
        model.bodies[b.name.text] = info
        model.bodyOrder.append(b.name.text)
    }

    // MARK: - Event types

    mutating func declareEvent(_ e: EventDecl, builtIn: Bool) {
        if model.eventTypes.count >= EventStore.maxTypes {
            error(.C057, e.name.range, CheckMessages.tooManyEventTypes(EventStore.maxTypes))
            return
        }
        if let first = model.eventTypes[e.name.text] {
            if first.isBuiltIn {
                error(.C003, e.name.range, CheckMessages.builtInEvent(e.name.text))
            } else {
                error(.C002, e.name.range, CheckMessages.duplicate("event type", e.name.text),
                      hint: CheckMessages.firstAt(first.range.start.line))
            }
            return
        }
        var type = EventType(name: e.name.text, label: e.label?.value, fields: [:], fieldOrder: [],
                             isBuiltIn: builtIn, range: e.name.range)
        for f in e.fields {
            if EventType.implicitFields[f.name.text] != nil {
                error(.C002, f.name.range, CheckMessages.implicitField(f.name.text))
                continue
            }
            if type.fields[f.name.text] != nil {
                error(.C002, f.name.range, CheckMessages.duplicate("field", f.name.text))
                continue
            }
            guard let ft = fieldType(f.type) else { continue }
            type.fields[f.name.text] = FieldInfo(name: f.name.text, type: ft, required: f.required, range: f.name.range)
            type.fieldOrder.append(f.name.text)
        }
        model.eventTypes[e.name.text] = type
        pendingRefs += e.fields.compactMap(\.type.target)
    }

    private static let typeNames = ["integer", "number", "boolean", "text", "date", "time", "duration", "id", "ref"]

    mutating func fieldType(_ t: TypeRef) -> FieldType? {
        switch t.name.text {
        case "integer": return .integer
        case "number": return .number
        case "boolean": return .boolean
        case "date": return .date
        case "time": return .time
        case "duration": return .duration
        case "id": return .id
        case "text": return .text(oneOf: t.oneOf.map(\.value))
        case "ref": return .ref(t.target?.text ?? "")
        default:
            error(.C004, t.name.range, CheckMessages.unknownType(t.name.text), hint: Suggestions.hint(t.name.text, Checker.typeNames))
            return nil
        }
    }

    var pendingRefs: [Name] = []

    mutating func resolveReferences() {
        for n in pendingRefs where model.eventTypes[n.text] == nil {
            error(.C005, n.range, CheckMessages.refTarget(n.text), hint: Suggestions.hint(n.text, model.eventTypes.keys))
        }
    }

    // MARK: - Amendments

    mutating func declareAmendment(_ a: AmendmentDecl) {
        if model.regulation?.amends == nil {
            error(.C046, a.range, CheckMessages.amendmentWithoutAmends)
        }
        let path = a.path?.parts.map { Citation.Part(level: $0.level, number: $0.number.text, text: nil) } ?? []
        for (i, p) in path.enumerated().dropFirst() where p.level <= path[i - 1].level {
            error(.C006, a.path!.parts[i].number.range, CheckMessages.badNesting(p.level, path[i - 1].level))
        }
        var provision: Provision?
        if let p = a.provision {
            provision = collect(p, parent: path.dropLast().last?.level, citation: Citation(parts: Array(path.dropLast())))
        }
        model.amendments.append(Amendment(action: a.action, path: path, pathRange: a.path?.range ?? a.rule?.range ?? a.range,
                                          rule: a.rule?.text, provision: provision, range: a.range))
    }

    // MARK: - Provisions

    mutating func collect(_ p: ProvisionDecl, parent: ProvisionLevel?, citation: Citation) -> Provision {
        if let parent, p.level <= parent {
            error(.C006, p.range, CheckMessages.badNesting(p.level, parent))
        }
        var cite = citation
        cite.parts.append(.init(level: p.level, number: p.number.text, text: p.text?.value))
        if let why = p.illustrative?.value { cite.illustrative = why }
        if let why = p.reading?.value { cite.reading = why }
        var node = Provision(level: p.level, number: p.number.text, text: p.text?.value, illustrative: cite.illustrative, reading: cite.reading,
                             children: [], rules: [],
                             range: p.range, numberRange: p.number.range)
        for child in p.children {
            switch child {
            case .provision(let c): node.children.append(collect(c, parent: p.level, citation: cite))
            case .rule(let r):
                ruleDecls.append((r, cite))
                node.rules.append(r.name.text)
            }
        }
        return node
    }

    mutating func checkProvisionNumbers(_ siblings: [Provision]) {
        var seen: [String: Provision] = [:]
        for p in siblings {
            let key = "\(p.level.rawValue) \(p.number)"
            if let first = seen[key] {
                error(.C007, p.numberRange,
                      CheckMessages.numberedTwice(p.level, p.number), hint: CheckMessages.firstAt(first.range.start.line))
            } else {
                seen[key] = p
            }
            checkProvisionNumbers(p.children)
        }
    }
}
