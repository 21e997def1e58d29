import RulesKit

/// The help texts, from `CommandTable`: written to stdout when asked for (`help`, `--help`, `-h`),
/// to stderr with a usage error.
enum Help {
    static let version = "rules 0.9.0"

    static func general(_ lang: Language) -> String {
        let width = CommandTable.all.map { $0.name.count }.max() ?? 0
        var out = lang.pick("cách dùng: rules <lệnh> [tùy chọn]\n\nCác lệnh:\n", "usage: rules <command> [options]\n\nCommands:\n")
        for c in CommandTable.all {
            out += "  " + c.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + c.summary.text(lang) + "\n"
        }
        out += lang.pick("\nTùy chọn chung: --lang vi|en, --help, --version\n", "\nCommon options: --lang vi|en, --help, --version\n")
        out += lang.pick("'rules help <lệnh>' hoặc 'rules <lệnh> --help': các tùy chọn của một lệnh.\n",
                         "'rules help <command>' or 'rules <command> --help': a command's options.\n")
        return out
    }

    static func command(_ c: CommandSpec, _ lang: Language) -> String {
        var out = "rules \(c.name) — \(c.summary.text(lang))\n\n"
        out += lang.pick("cách dùng: ", "usage: ") + "rules \(c.name) \(c.arguments)" + (c.allOptions.isEmpty ? "" : lang.pick(" [tùy chọn]", " [options]")) + "\n"
        let shown = c.allOptions.map { o in ("--" + o.name + (o.value.map { " " + $0 } ?? ""), o.help.text(lang)) }
        let width = shown.map { $0.0.count }.max() ?? 0
        out += lang.pick("\nTùy chọn:\n", "\nOptions:\n")
        for (flag, help) in shown { out += "  " + flag.padding(toLength: width + 2, withPad: " ", startingAt: 0) + help + "\n" }
        out += lang.pick("\nVí dụ:\n", "\nExample:\n") + "  \(c.example)\n"
        return out
    }
}
