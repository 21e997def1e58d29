import RulesKit

/// `rules vocabulary [TYPE…] [RULES…] [--format text|markdown|json]` and
/// `rules template TYPE… [RULES…] [--delimiter ,|;|tab]`: the event types a log may use (the
/// standard ones, and those the rules files declare), and a CSV header to fill in.
enum VocabularyCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "vocabulary")
        let lang = try a.language()
        let format = try a.choice("format", ["text", "markdown", "json"], default: "text")
        guard var vocabulary = try load(a, lang: lang) else { return 2 }
        let wanted = a.positionals.filter { !RulesPath.isRules($0) }
        if !wanted.isEmpty {
            try check(wanted, in: vocabulary, lang: lang)
            vocabulary.types = vocabulary.types.filter { wanted.contains($0.name) }
        }
        switch format {
        case "markdown": Terminal.write(VocabularyReport.markdown(vocabulary))
        case "json": Terminal.write(VocabularyReport.json(vocabulary))
        default: Terminal.write(VocabularyReport.text(vocabulary, language: lang))
        }
        return 0
    }

    static func template(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "template")
        let lang = try a.language()
        let separator = Character(Unicode.Scalar(try a.delimiter() ?? UInt8(ascii: ",")))
        guard let vocabulary = try load(a, lang: lang) else { return 2 }
        let wanted = a.positionals.filter { !RulesPath.isRules($0) }
        guard !wanted.isEmpty else {
            throw .init(message: Localized(vi: "cần ít nhất một loại sự kiện, ví dụ: rules template meeting document",
                                           en: "name at least one event type, e.g. rules template meeting document"))
        }
        try check(wanted, in: vocabulary, lang: lang)
        Terminal.write(VocabularyReport.template(vocabulary, types: wanted, delimiter: separator))
        return 0
    }

    /// The standard vocabulary, with the types the `.rules` arguments declare.
    private static func load(_ a: Arguments, lang: Language) throws(Arguments.UsageError) -> Vocabulary? {
        let rules = a.positionals.filter { RulesPath.isRules($0) }
        if rules.isEmpty { return Vocabulary.standard }
        return RulesFrontEnd.loadRegulation(rules, lang: lang).map { Vocabulary($0.model) }
    }

    private static func check(_ wanted: [String], in vocabulary: Vocabulary, lang: Language) throws(Arguments.UsageError) {
        let known = vocabulary.types.map(\.name)
        for name in wanted where !known.contains(name) {
            let near = Suggestions.closest(to: name, in: known)
            throw .init(message: Localized(vi: "không có loại sự kiện '\(name)'", en: "no event type '\(name)'") + Suggestions.aside(near))
        }
    }
}
