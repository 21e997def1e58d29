#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RulesKit

/// `rules fmt [--check] FILE…`: rewrites each file in the canonical layout, atomically (written
/// beside, then renamed over). A file with syntax errors is left untouched and its errors printed.
/// `--check` changes nothing, lists the files that would change and exits 1 if any would.
enum FmtCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, valued: ["lang"], flags: ["check"])
        let lang = try a.language()
        guard !a.positionals.isEmpty else {
            throw .init(message: Localized(vi: "cần ít nhất một tệp .rules", en: "give at least one .rules file"))
        }
        var status: Int32 = 0
        for path in a.positionals {
            let file: SourceFile
            switch SourceLoader.load(path) {
            case .success(let loaded): file = loaded
            case .failure(let f):
                Terminal.writeError(f.message(lang) + "\n")
                status = 2
                continue
            }
            guard let formatted = Formatter.format(file.text) else {
                let printer = DiagnosticPrinter(language: lang, color: Terminal.colorOnStderr())
                for d in Checker.check(file).1 where d.severity == .error { Terminal.writeError(printer.render(d, in: file)) }
                status = max(status, 1)
                continue
            }
            guard formatted != file.text else { continue }
            if a.has("check") {
                Terminal.write(path + "\n")
                status = max(status, 1)
                continue
            }
            let temporary = path + ".rules-fmt-\(ProcessInfo.processInfo.processIdentifier)"
            do {
                try Data(formatted.utf8).write(to: URL(fileURLWithPath: temporary))
                // rename(2) replaces the file in one step: a reader sees the old text or the new.
                guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                Terminal.writeError(Localized(vi: "\(path): không ghi được tệp", en: "\(path): cannot write the file").text(lang) + "\n")
                status = 2
            }
        }
        return status
    }
}
