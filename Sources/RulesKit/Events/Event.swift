/// One recorded event, validated against its type. Fields the rules file does not declare
/// are not kept: nothing reads them.
public struct Event: Sendable {
    public var type: String
    public var id: String?
    public var date: Day
    public var body: String
    public var fields: [String: Value]
    /// Where it came from, so a finding or an explanation can point at the record.
    public var source: EventSource

    public init(type: String, id: String?, date: Day, body: String, fields: [String: Value], source: EventSource) {
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

public struct EventSource: Sendable, Hashable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

/// A record that could not become an event: file, line, the field at fault, and why.
public struct EventError: Error, Sendable, Hashable {
    public var source: EventSource
    public var column: Int?
    public var field: String?
    public var code: String
    public var message: Localized

    public func render(_ lang: Language) -> String {
        let col = column.map { ":\($0)" } ?? ""
        let f = field.map { lang == .vi ? " (trường '\($0)')" : " (field '\($0)')" } ?? ""
        return "\(source.file):\(source.line)\(col): \(lang == .vi ? "lỗi" : "error"): \(message.text(lang))\(f) [\(code)]"
    }
}
