import Foundation
import RulesKit

/// `rules merge RULES… PARTS.json… [--format …]`: JSON results of one regulation over parts of a
/// log split by body (or over several units), as one result and any report.
enum MergeCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "merge")
        let format = try a.choice("format", ["text", "json", "markdown", "html", "csv"], default: "text")
        let lang = a.value("lang") == nil && (format == "markdown" || format == "html") ? .vi : try a.language()
        let rulesPaths = a.positionals.filter { $0.hasSuffix(".rules") }, partPaths = a.positionals.filter { !$0.hasSuffix(".rules") }
        guard !rulesPaths.isEmpty, !partPaths.isEmpty else {
            throw .init(message: Localized(vi: "cần các tệp .rules của quy chế và ít nhất một tệp kết quả JSON",
                                           en: "give the regulation's .rules files and at least one JSON result"))
        }
        guard let regulation = RulesFrontEnd.loadRegulation(rulesPaths, lang: lang) else { return 2 }
        var parts: [(file: String, text: String)] = []
        for path in partPaths {
            switch SourceLoader.load(path) {
            case .failure(let f):
                Terminal.writeError(f.message(lang) + "\n")
                return 2
            case .success(let file): parts.append((path, file.text))
            }
        }
        let (evaluation, recordErrors): (Evaluation, RecordErrors)
        switch FindingsMerge(regulation: regulation).merge(parts) {
        case .failure(let p):
            Terminal.writeError("\(p.file): \(lang.pick("lỗi", "error")): \(p.message.text(lang))\n")
            return 2
        case .success(let r): (evaluation, recordErrors) = r
        }
        let model = regulation.model
        switch format {
        case "json": Terminal.write(JSONReport.render(evaluation, recordErrors: recordErrors))
        case "markdown": Terminal.write(MarkdownReport(language: lang).render(evaluation, model: model))
        case "html": Terminal.write(HTMLReport(language: lang).render(evaluation, model: model))
        case "csv": Terminal.write(CSVReport.render(evaluation, language: lang, delimiter: ","))
        default: Terminal.write(TextReport(language: lang, color: Terminal.colorOnStdout()).render(evaluation, model: model))
        }
        return VerdictText.exitStatus(evaluation)
    }
}
