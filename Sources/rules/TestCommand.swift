import Foundation
import RulesKit

/// `rules test FILE… [--coverage] [--lang vi|en]`: runs `NAME.test` beside `NAME.rules`
/// (either file may be named). Ends with `N passed, N failed`; exit 1 on any failure.
enum TestCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "test")
        let lang = try a.language()
        guard !a.positionals.isEmpty else {
            throw .init(message: Localized(vi: "cần ít nhất một tệp .rules hoặc .test", en: "give at least one .rules or .test file"))
        }
        var passed = 0, failed = 0, unusable = false
        for path in a.positionals {
            // A literate regulation is tested by the .test file beside it, against itself.
            let literate = LiterateRegulation.isLiterate(path)
            let stem = literate ? String(path.dropLast(".rules.md".count))
                : path.hasSuffix(".test") || path.hasSuffix(".rules") ? String(path[..<path.lastIndex(of: ".")!]) : path
            let ownPath = literate ? path : stem + ".rules"
            guard case .success(let source) = SourceLoader.load(stem + ".test") else {
                Terminal.writeError(Localized(vi: "\(stem).test: không có tệp kiểm thử", en: "\(stem).test: no test file").text(lang) + "\n")
                unusable = true
                continue
            }
            let file = RuleTestFile(text: source.text, path: source.path)
            for e in file.errors { Terminal.writeError(e.text(lang) + "\n") }
            if !file.errors.isEmpty { unusable = true }
            let directory = (stem as NSString).deletingLastPathComponent
            let rulesPaths = file.rulesFiles.isEmpty ? [ownPath]
                : file.rulesFiles.map { (directory as NSString).appendingPathComponent($0) }
            guard let regulation = RulesFrontEnd.loadRegulation(rulesPaths, lang: lang) else { unusable = true; continue }
            let runner = RuleTestRunner(regulation: regulation)
            for outcome in runner.run(file, path: source.path) {
                if outcome.failures.isEmpty {
                    passed += 1
                    Terminal.write(Localized(vi: "đạt   ", en: "ok    ").text(lang) + "\(outcome.name)\n")
                } else {
                    failed += 1
                    Terminal.write(Localized(vi: "SAI   ", en: "FAIL  ").text(lang) + "\(outcome.name)\n")
                    for f in outcome.failures { Terminal.write("      \(f.text(lang))\n") }
                }
            }
            if a.has("coverage") {
                // A test of an amendment answers for the rules that amendment writes, not the whole chain's.
                let own: SourceFile? = if !file.rulesFiles.isEmpty, case .success(let f) = SourceLoader.load(ownPath) { f } else { nil }
                let missing = runner.uncovered([file], writtenIn: own)
                Terminal.write(Localized(vi: "\(stem).rules: \(missing.count) quy tắc chưa có kiểm thử", en: "\(stem).rules: \(missing.count) rule(s) no test exercises").text(lang) + "\n")
                for r in missing { Terminal.write("  \(r.name) (\(r.citation.text(lang)))\n") }
            }
        }
        Terminal.write(Localized(vi: "\(passed) đạt, \(failed) sai", en: "\(passed) passed, \(failed) failed").text(lang) + "\n")
        return unusable ? 2 : failed > 0 ? 1 : 0
    }
}
