import RulesKit

/// `rules check FILE… [--format text|json] [--lang vi|en]`
enum CheckCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "check")
        let lang = try a.language()
        let format = try a.choice("format", ["text", "json"], default: "text")
        guard !a.positionals.isEmpty else {
            throw Arguments.UsageError(message: Localized(vi: "cần ít nhất một tệp .rules", en: "give at least one .rules file"))
        }
        // Results on stdout, diagnostics on stderr, as for every command: the JSON list is check's result.
        let printer = DiagnosticPrinter(language: lang, color: format == "text" && Terminal.colorOnStderr())
        var status: Int32 = 0
        var json: [String] = []
        var errors = 0, warnings = 0
        var files: [SourceFile] = []
        for path in a.positionals {
            switch SourceLoader.load(path) {
            case .failure(let f):
                Terminal.writeError(f.message(lang) + "\n")
                status = 2
            case .success(let file): files.append(file)
            }
        }
        // Checked together: an amending regulation is checked against the text it amends.
        for (file, diagnostics) in RegulationChain.build(files).diagnostics {
            for d in diagnostics {
                if format == "json" { json.append(printer.json(d, in: file)) } else { Terminal.writeError(printer.render(d, in: file)) }
            }
            errors += diagnostics.filter { $0.severity == .error }.count
            warnings += diagnostics.filter { $0.severity == .warning }.count
        }
        if errors > 0, status == 0 { status = 1 }
        if format == "json" {
            Terminal.write(JSONText.array(json) + "\n")
        } else if status != 2 {
            let summary = Localized(
                vi: "\(a.positionals.count) tệp: \(errors) lỗi, \(warnings) cảnh báo",
                en: "\(a.positionals.count) file(s): \(errors) error(s), \(warnings) warning(s)")
            Terminal.writeError(summary.text(lang) + "\n")
        }
        return status
    }
}
