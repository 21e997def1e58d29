import RulesKit

/// `rules doc RULES [--lang vi|en]`: the regulation as a readable Markdown document.
enum DocCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, valued: ["lang", "format"], flags: [])
        // A document for a training session is Vietnamese unless asked otherwise.
        let lang = a.value("lang") == nil ? .vi : try a.language()
        _ = try a.choice("format", ["markdown"], default: "markdown")
        guard a.positionals.count == 1 else {
            throw .init(message: Localized(vi: "cách dùng: rules doc TỆP.rules", en: "usage: rules doc FILE.rules"))
        }
        guard let model = RulesFrontEnd.load(a.positionals[0], lang: lang) else { return 2 }
        Terminal.write(DocReport(language: lang).markdown(model))
        return 0
    }
}
