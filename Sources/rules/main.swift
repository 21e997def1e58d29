import Foundation
import RulesKit

/// The `rules` command: picks a subcommand, answers help and version, turns usage errors into exit
/// code 2 with the nearest command or option named.
let args = Array(CommandLine.arguments.dropFirst())
let commands: [String: ([String]) throws(Arguments.UsageError) -> Int32] = [
    "check": CheckCommand.run,
    "evaluate": EvaluateCommand.run,
    "calendar": CalendarCommand.run,
    "versions": VersionsCommand.run,
    "doc": DocCommand.run,
    "diff": DiffCommand.run,
    "explain": ExplainCommand.run,
    "test": TestCommand.run,
    "fmt": FmtCommand.run,
    "completion": CompletionCommand.run,
    "vocabulary": VocabularyCommand.run,
    "template": VocabularyCommand.template,
    "codes": CodesCommand.run,
    "example": ExampleCommand.run,
    "merge": MergeCommand.run,
]

@MainActor func runMain() -> Int32 {
    let lang = Terminal.language
    // `--lang vi` may come first: the command is the first word that is not an option or its value.
    var rest = args[...]
    while let first = rest.first, first.hasPrefix("--lang") {
        rest = rest.dropFirst(first == "--lang" ? 2 : 1)
    }
    guard let name = rest.first else {
        Terminal.writeError(Help.general(lang))
        return 2
    }
    switch name {
    case "--version", "-V", "version":
        Terminal.write(Help.version + "\n")
        return 0
    case "--help", "-h":
        Terminal.write(Help.general(lang))
        return 0
    case "help":
        guard let topic = rest.dropFirst().first else {
            Terminal.write(Help.general(lang))
            return 0
        }
        guard let spec = CommandTable.spec(topic) else { return unknownCommand(topic, lang) }
        Terminal.write(Help.command(spec, lang))
        return 0
    default: break
    }
    guard let command = commands[name], let spec = CommandTable.spec(name) else { return unknownCommand(name, lang) }
    if rest.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
        Terminal.write(Help.command(spec, lang))
        return 0
    }
    do {
        return try command(Array(rest.dropFirst()) + args.prefix(args.count - rest.count))
    } catch {
        Terminal.writeError("rules \(name): \(error.message.text(lang))\n"
                            + lang.pick("(xem 'rules \(name) --help')\n", "(see 'rules \(name) --help')\n"))
        return 2
    }
}

@MainActor func unknownCommand(_ name: String, _ lang: Language) -> Int32 {
    // `--verison` is a misspelt option of `rules` itself, not a command.
    let near = Suggestions.closest(to: name, in: name.hasPrefix("-") ? ["--help", "--version"] : CommandTable.all.map(\.name))
    Terminal.writeError((Localized(vi: "rules: không có lệnh '\(name)'", en: "rules: unknown command '\(name)'") + Suggestions.aside(near)).text(lang)
                        + "\n" + lang.pick("Các lệnh: ", "Commands: ") + CommandTable.all.map(\.name).joined(separator: ", ") + "\n")
    return 2
}

exit(runMain())
