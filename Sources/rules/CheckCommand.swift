import Foundation
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
        // Quotes against the source documents: a paraphrase presented as the regulation's words is an error.
        // A clean run says what it established: how many quotes were found, how many not looked for.
        var quotes: (found: Int, notLookedFor: Int)?
        if let sourcePaths = a.values("source") {
            let sources = try Self.sources(sourcePaths)
            quotes = (0, 0)
            for file in files {
                guard let model = Checker.check(file).0 else { continue }
                let outcome = QuoteCheck.check(model, file: file, sources: sources)
                for p in outcome.problems {
                    if format == "json" { json.append(printer.json(p.diagnostic, in: file)) } else { Terminal.writeError(printer.render(p.diagnostic, in: file)) }
                    errors += 1
                }
                quotes!.found += outcome.found
                quotes!.notLookedFor += outcome.notLookedFor
            }
        }
        if errors > 0, status == 0 { status = 1 }
        if format == "json" {
            Terminal.write(JSONText.array(json) + "\n")
        } else if status != 2 {
            let summary = Localized(
                vi: "\(a.positionals.count) tệp: \(errors) lỗi, \(warnings) cảnh báo",
                en: "\(a.positionals.count) file(s): \(errors) error(s), \(warnings) warning(s)")
            Terminal.writeError(summary.text(lang) + "\n")
            if let q = quotes {
                Terminal.writeError(Localized(
                    vi: "Trích dẫn: \(q.found) đoạn có trong văn bản nguồn; \(q.notLookedFor) đoạn minh họa không đối chiếu",
                    en: "Quotes: \(q.found) found in the sources; \(q.notLookedFor) illustrative not looked for").text(lang) + "\n")
            }
        }
        return status
    }

    /// The texts of the `--source` paths: a file, or every `.txt`/`.md` file of a folder.
    static func sources(_ paths: [String]) throws(Arguments.UsageError) -> [QuoteCheck.Source] {
        var texts: [QuoteCheck.Source] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .init(message: Localized(vi: "--source: không có '\(path)'", en: "--source: no such file or folder '\(path)'"))
            }
            let files = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
                    .map { path + "/" + $0 }
                : [path]
            for f in files {
                guard case .success(let file) = SourceLoader.load(f) else {
                    throw .init(message: Localized(vi: "--source: không đọc được '\(f)'", en: "--source: cannot read '\(f)'"))
                }
                texts.append(QuoteCheck.Source(path: f, text: file.text))
            }
        }
        return texts
    }
}
