import RulesKit

/// `rules diff A.rules B.rules [--format text|markdown|json] [--lang vi|en]`
enum DiffCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, valued: ["lang", "format"], flags: [])
        let lang = try a.language()
        let format = try a.choice("format", ["text", "markdown", "json"], default: "text")
        guard a.positionals.count == 2 else {
            throw .init(message: Localized(vi: "cách dùng: rules diff A.rules B.rules", en: "usage: rules diff A.rules B.rules"))
        }
        guard let ma = RulesFrontEnd.load(a.positionals[0], lang: lang), let mb = RulesFrontEnd.load(a.positionals[1], lang: lang) else {
            return 2
        }
        let pairs = RegulationDiff(ma, mb).compare()
        let report = DiffReport(language: lang)
        switch format {
        case "markdown": Terminal.write(report.markdown(pairs, a: ma, b: mb))
        case "json": Terminal.write(report.json(pairs, a: ma, b: mb))
        default: Terminal.write(report.text(pairs, a: ma, b: mb))
        }
        return 0
    }
}
