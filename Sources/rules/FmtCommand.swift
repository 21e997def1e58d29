#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RulesKit

/// `rules fmt [--check] FILE…`: rewrites each file in the canonical layout, atomically (see
/// `FileReplacement`), keeping its byte-order mark and line ends. A file with syntax errors is left
/// untouched and its errors printed.
/// `--check` changes nothing, lists the files that would change (each with its first changed line)
/// and exits 1 if any would.
enum FmtCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "fmt")
        let lang = try a.language()
        guard !a.positionals.isEmpty else {
            throw .init(message: Localized(vi: "cần ít nhất một tệp .rules", en: "give at least one .rules file"))
        }
        if let to = a.value("to") { return try convert(a.positionals, to: to, lang: lang) }
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
            if LiterateRegulation.isLiterate(path) {
                // Its layout is the author's Markdown: left as written, and said so; only its words can be converted.
                Terminal.writeError(lang.pick("\(path): để nguyên — tệp quy chế dạng Markdown giữ trình bày của người viết; fmt chỉ chuyển từ ngữ với --to\n",
                                              "\(path): left as it is — a literate regulation keeps its author's layout; fmt only converts its words, with --to\n"))
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
                // The first line that would change, as it is and as it would be.
                let old = file.text.split(separator: "\n", omittingEmptySubsequences: false)
                let new = formatted.split(separator: "\n", omittingEmptySubsequences: false)
                if let k = (0..<min(old.count, new.count)).first(where: { old[$0] != new[$0] }) ?? (old.count != new.count ? min(old.count, new.count) : nil) {
                    let was = k < old.count ? String(old[k]) : "", becomes = k < new.count ? String(new[k]) : ""
                    Terminal.write(lang.pick("  dòng \(k + 1): \(was)\n  sẽ thành: \(becomes)\n", "  line \(k + 1): \(was)\n  would be: \(becomes)\n"))
                }
                status = max(status, 1)
                continue
            }
            if let problem = FileReplacement.replace(path, with: (hadByteOrderMark(path) ? [0xEF, 0xBB, 0xBF] : []) + Array(formatted.utf8)) {
                Terminal.writeError("\(path): " + problem.text(lang) + "\n")
                status = 2
            }
        }
        return status
    }

    /// `--to vi|en`: one file, printed in the other spelling; the file itself is not changed.
    private static func convert(_ paths: [String], to: String, lang: Language) throws(Arguments.UsageError) -> Int32 {
        guard let target = Surface(rawValue: to) else {
            throw .init(message: Localized(vi: "--to nhận vi hoặc en, không phải '\(to)'", en: "--to takes vi or en, not '\(to)'"))
        }
        guard paths.count == 1, let path = paths.first else {
            throw .init(message: Localized(vi: "--to chuyển một tệp mỗi lần và in ra", en: "--to converts one file at a time and prints it"))
        }
        let file: SourceFile
        switch SourceLoader.load(path) {
        case .success(let loaded): file = loaded
        case .failure(let f):
            Terminal.writeError(f.message(lang) + "\n")
            return 2
        }
        let printer = DiagnosticPrinter(language: lang, color: Terminal.colorOnStderr())
        switch SurfaceConversion.convert(file, to: target) {
        case .success(let text):
            Terminal.write(text)
            return 0
        case .failure(.syntax(let diagnostics)):
            for d in diagnostics where d.severity == .error { Terminal.writeError(printer.render(d, in: file)) }
            return 1
        case .failure(.clash(let word, let range)):
            Terminal.writeError(printer.render(SurfaceConversion.clashDiagnostic(word, range), in: file))
            return 1
        }
    }

    /// The loader drops the mark; the file keeps it.
    private static func hadByteOrderMark(_ path: String) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var head = [UInt8](repeating: 0, count: 3)
        return fread(&head, 1, 3, f) == 3 && head == [0xEF, 0xBB, 0xBF]
    }
}
