import RulesKit

/// `rules versions RULES… [--lang vi|en]`: the timeline of a regulation and its amendments.
enum VersionsCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "versions")
        let lang = try a.language()
        guard !a.positionals.isEmpty else {
            throw .init(message: Localized(vi: "cần các tệp .rules của một quy chế", en: "give the .rules files of one regulation"))
        }
        guard let chain = RulesFrontEnd.loadChain(a.positionals, lang: lang) else { return 1 }
        Terminal.write(VersionsReport.render(chain, language: lang))
        return 0
    }
}
