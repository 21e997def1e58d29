/// One recorded event, validated against its type. Fields the rules file does not declare
/// are not kept: nothing reads them.
public struct Event: Sendable {
    public var type: String
    public var id: String?
    public var date: Day
    public var body: String
    public var fields: EventFields
    /// Where it came from, so a finding or an explanation can point at the record.
    public var source: EventSource

    public init(type: String, id: String?, date: Day, body: String, fields: EventFields, source: EventSource) {
        self.type = type
        self.id = id
        self.date = date
        self.body = body
        self.fields = fields
        self.source = source
    }

    /// A field's value, implicit fields included; nil when the record does not have it.
    public func value(_ name: String) -> Value? {
        switch name {
        case "id": id.map(Value.id)
        case "date": .date(date)
        case "body": .id(body)
        case "type": .text(type)
        default: fields[name]
        }
    }
}

/// An event's attributes: a handful per record, so a small array searched in order costs less
/// than a hash table per event (field names are short strings, compared inline).
public struct EventFields: Sendable {
    private var items: [(name: String, value: Value)] = []

    public init() {}

    public subscript(name: String) -> Value? {
        get { items.first { $0.name == name }?.value }
        set {
            if let i = items.firstIndex(where: { $0.name == name }) {
                if let v = newValue { items[i].value = v } else { items.remove(at: i) }
            } else if let v = newValue {
                items.append((name, v))
            }
        }
    }
}

public struct EventSource: Sendable, Hashable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// A reference to an id no event in the log has: kept, not an error, because a log cut at a date
/// refers to events still to come (a draft for next week's meeting). Listed in every report.
public struct UnresolvedReference: Sendable, Hashable {
    public var source: EventSource
    public var field: String
    public var id: String
    /// The type the field refers to.
    public var type: String
    /// Where a record with that id was refused (`--skip-invalid`): the event is in the log but
    /// could not be read, not an event still to come.
    public var rejected: EventSource?
}

/// A key of records that their event type does not have: listed once per type and key.
public struct UnknownField: Sendable, Hashable {
    public var type: String
    public var field: String
    /// The first record that has it.
    public var first: EventSource
    public var column: Int
    public var count: Int
    /// The nearest field of the type, if one is near.
    public var suggestion: String?

    public func render(_ lang: Language) -> String {
        "\(first.file):\(first.line):\(column): \(lang.pick("cảnh báo", "warning")): "
            + EventMessages.unknownField(field, type).text(lang) + Suggestions.aside(suggestion).text(lang)
            + lang.pick(" — \(count) bản ghi [W20]", " — \(count) record(s) [W20]")
    }
}

/// A record that could not become an event: file, line, the field at fault, and why.
public struct EventError: Error, Sendable, Hashable {
    public var source: EventSource
    public var column: Int?
    public var field: String?
    /// A `DiagnosticCode` (`E…`), or `R-…` for what the raw reader could not read (`ReadError.Code`).
    public var code: String
    public var message: Localized

    public init(source: EventSource, column: Int?, field: String?, code: String, message: Localized) {
        self.source = source
        self.column = column
        self.field = field
        self.code = code
        self.message = message
    }

    public init(source: EventSource, column: Int?, field: String?, code: DiagnosticCode, message: Localized) {
        self.init(source: source, column: column, field: field, code: code.rawValue, message: message)
    }

    public func render(_ lang: Language) -> String {
        let col = column.map { ":\($0)" } ?? ""
        let f = field.map { lang.pick(" (trường '\($0)')", " (field '\($0)')") } ?? ""
        return "\(source.file):\(source.line)\(col): \(lang.pick("lỗi", "error")): \(message.text(lang))\(f) [\(code)]"
    }
}

/// A record refused, with what could still be read of it: with `--skip-invalid`, a verdict that
/// such a record might change (a period's count on its body and type) is not established.
public struct RejectedRecord: Sendable, Hashable {
    public var source: EventSource
    /// Nil when the record did not say (or could not be read at all): it may be anything.
    public var type: String?
    public var body: String?
    public var date: Day?

    /// Whether it may be an event of the type, of the body, dated in the days.
    public func mayBe(_ type: String, of body: String, in days: ClosedRange<Day>) -> Bool {
        (self.type ?? type) == type && (self.body ?? body) == body && date.map(days.contains) ?? true
    }
}
