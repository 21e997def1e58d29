import RulesKit

/// `rules doc RULES [--format markdown|html] [--lang vi|en]`: the regulation as a readable document.
enum DocCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "doc")
        // A document for a training session is Vietnamese unless asked otherwise.
        let lang = a.value("lang") == nil ? .vi : try a.language()
        let format = try a.choice("format", ["markdown", "html"], default: "markdown")
        guard a.positionals.count == 1 else {
            throw .init(message: Localized(vi: "cách dùng: rules doc TỆP.rules", en: "usage: rules doc FILE.rules"))
        }
        guard let model = RulesFrontEnd.load(a.positionals[0], lang: lang) else { return 2 }
        let doc = DocReport(language: lang)
        Terminal.write(format == "html" ? doc.html(model) : doc.markdown(model))
        return 0
    }
}
