/// The event vocabulary a log may use: the standard types and any a rules file declares, each
/// field with its type, its listed values and its words in both languages. What `rules vocabulary`,
/// `rules template` and `docs/events.md` show.
public struct Vocabulary: Sendable {
    public struct Field: Sendable {
        public var name: String
        /// As a rules file writes it: `integer`, `text`, `ref meeting`…
        public var type: String
        public var values: [String]
        public var label: Localized?
        public var valueLabels: [String: Localized]
        /// Texts the rules compare this field with (`chair in ["secretary", …]`): a field with no
        /// listed values still has values that count.
        public var usedByRules: [String] = []
    }

    public struct EventKind: Sendable {
        public var name: String
        public var label: Localized?
        public var standard: Bool
        public var fields: [Field]
    }

    public var types: [EventKind]

    /// The fields every event has, before its own.
    public static let commonFields = ["type", "id", "date", "body"]

    /// A model's types, each field with the texts its rules compare it with.
    public init(_ model: Model) {
        self.init(model.eventTypes)
        var used: [String: [String]] = [:]
        for rule in model.rules {
            for (type, field, values) in Comparisons.texts(in: rule) {
                for value in values where !(used["\(type).\(field)"]?.contains(value) ?? false) {
                    used["\(type).\(field)", default: []].append(value)
                }
            }
        }
        for t in types.indices {
            for f in types[t].fields.indices {
                let field = types[t].fields[f]
                types[t].fields[f].usedByRules = (used["\(types[t].name).\(field.name)"] ?? []).filter { !field.values.contains($0) }
            }
        }
    }

    /// Standard types first, in the order the vocabulary lists them, then those the model declares.
    public init(_ eventTypes: [String: EventType]) {
        let order = ["meeting", "document", "vote", "consultation", "proposal", "visit", "report", "membership"]
        let sorted = eventTypes.values.sorted { a, b in
            let (x, y) = (order.firstIndex(of: a.name) ?? order.count, order.firstIndex(of: b.name) ?? order.count)
            return x != y ? x < y : a.name < b.name
        }
        types = sorted.map { t in
            EventKind(name: t.name, label: VocabularyLabels.types[t.name] ?? t.label.map(Localized.same), standard: t.isBuiltIn,
                      fields: Self.commonFields.map { name in
                          Field(name: name, type: name == "date" ? "date" : name == "type" ? "text" : "id", values: name == "type" ? [t.name] : [],
                                label: VocabularyLabels.implicit[name], valueLabels: [:])
                      } + t.fieldOrder.compactMap { name in
                          guard let info = t.fields[name] else { return nil }
                          let values: [String] = if case .text(let v) = info.type { v } else { [] }
                          return Field(name: name, type: Self.spelled(info.type), values: values,
                                       label: VocabularyLabels.fields["\(t.name).\(name)"],
                                       valueLabels: Dictionary(uniqueKeysWithValues: values.compactMap { v in
                                           VocabularyLabels.values["\(t.name).\(name).\(v)"].map { (v, $0) }
                                       }))
                      })
        }
    }

    /// The standard vocabulary alone.
    public static var standard: Vocabulary {
        Vocabulary(Checker.check(path: "prelude", text: "").0?.eventTypes.filter { $0.value.isBuiltIn } ?? [:])
    }

    static func spelled(_ t: FieldType) -> String {
        switch t {
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .date: "date"
        case .time: "time"
        case .duration: "duration"
        case .id: "id"
        case .text: "text"
        case .ref(let type): "ref \(type)"
        }
    }
}
