import Foundation

/// `rules doc`: the regulation as a readable document for a training session — each article's
/// own text, and under it, in plain words, what the tool checks.
public struct DocReport: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }


    /// The same document as one self-contained HTML page, for a projector or a printout.
    public func html(_ model: Model) -> String {
        let esc = HTMLReport.escape
        var body = ""
        var inList = false
        // A literate regulation's own text, its prose and chapters included; else the document written from the model.
        let source = LiterateRegulation.isLiterate(model.file.path) ? literate(model, { $0 }) : document(model, { $0 })
        for line in source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("- ") {
                if !inList { body += "<ul>\n"; inList = true }
                body += "<li>\(inline(esc(String(line.dropFirst(2)))))</li>\n"
                continue
            }
            if inList { body += "</ul>\n"; inList = false }
            if let hashes = line.firstIndex(where: { $0 != "#" }), line.hasPrefix("#") {
                let level = min(line.distance(from: line.startIndex, to: hashes), 6)
                body += "<h\(level)>\(esc(line[hashes...].trimmingCharacters(in: .whitespaces)))</h\(level)>\n"
            } else if line.hasPrefix("> ") {
                body += "<blockquote>\(esc(String(line.dropFirst(2))))</blockquote>\n"
            } else if line.hasPrefix("_"), line.hasSuffix("_") {
                body += "<p><em>\(esc(String(line.dropFirst().dropLast())))</em></p>\n"
            } else if !line.isEmpty {
                body += "<p>\(inline(esc(line)))</p>\n"
            }
        }
        if inList { body += "</ul>\n" }
        let title = esc(model.regulation?.code ?? "")
        return "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"/><title>\(title)</title><style>"
            + "body{font-family:\"Noto Sans\",\"DejaVu Sans\",Arial,sans-serif;max-width:900px;margin:24px auto;color:#1d2430}"
            + "blockquote{margin:6px 0 10px;padding:6px 12px;border-left:4px solid #9bb;background:#f4f8f8}code{background:#eef1f6}"
            + "</style></head><body>\n" + body + "</body></html>\n"
    }

    /// `code` spans of the Markdown become <code>.
    private func inline(_ s: String) -> String {
        var out = "", open = false
        for c in s {
            if c == "`" {
                out += open ? "</code>" : "<code>"
                open.toggle()
            } else {
                out.append(c)
            }
        }
        return open ? out + "</code>" : out
    }

    /// The rules file's words (titles, quotes, labels) are escaped: they are the regulation's text,
    /// never Markdown or HTML.
    public func markdown(_ model: Model) -> String {
        LiterateRegulation.isLiterate(model.file.path) ? literate(model, MarkdownText.text) : document(model, MarkdownText.text)
    }

    /// A literate regulation is its own document: its Markdown as written, each `rules` block
    /// replaced by what the tool checks there, in plain words, with the block's marks.
    private func literate(_ model: Model, _ t: (String) -> String) -> String {
        let doc = LiterateRegulation(markdown: model.file.text)
        let describe = RuleDescription(model: model)
        var codeAt: [Int: ClosedRange<Int>] = [:]
        for case .code(let r) in doc.blocks { codeAt[r.lowerBound - 1] = r }
        var out = ""
        var i = 1
        while i <= doc.lines.count {
            guard let block = codeAt[i] else {
                out += doc.lines[i - 1] + "\n"
                i += 1
                continue
            }
            let rules = model.rules.filter { block.contains($0.range.start.line) }
            // A blank line first: after a list item, the words would otherwise join the item.
            if !out.hasSuffix("\n\n"), !out.isEmpty { out += "\n" }
            if rules.isEmpty {
                out += header(model, t)
            } else {
                let citation = rules[0].citation
                out += "_" + language.pick("Công cụ kiểm tra:", "What the tool checks:") + "_"
                if let why = citation.illustrative ?? citation.reading {
                    let mark = citation.illustrative != nil ? Citation.illustrativeMark : Citation.readingMark
                    out += " _" + t(mark.text(language) + ": " + why) + "_"
                }
                out += "\n\n"
                for r in rules {
                    out += "- " + (r.label.map { "\(t($0)) " } ?? "") + "(`\(r.name)`): "
                        + t(describe.describe(r).text(language)) + "\n"
                }
            }
            // Past the block and its closing fence.
            i = block.upperBound + 2
        }
        return out
    }

    /// The regulation's facts and its bodies, as the document opens.
    private func header(_ model: Model, _ t: (String) -> String) -> String {
        var out = ""
        if let r = model.regulation {
            var facts: [String] = []
            if let i = r.issuer { facts.append(t(i)) }
            if let d = r.effective { facts.append(language.pick("hiệu lực từ \(d)", "in force from \(d)")) }
            if let term = r.term { facts.append(language.pick("nhiệm kỳ \(term.lowerBound) – \(term.upperBound)", "term \(term.lowerBound) – \(term.upperBound)")) }
            out += facts.joined(separator: "; ") + "\n\n"
            // The numbers below are the encoder's: said once, before any is shown.
            if let why = r.numbering { out += "_" + t(Citation.numberingMark.text(language) + ": " + why) + "_\n\n" }
        }
        if !model.bodyOrder.isEmpty {
            out += "## " + language.pick("Cơ quan, tổ chức", "Bodies") + "\n\n"
            for name in model.bodyOrder {
                let b = model.bodies[name]!
                out += "- `\(name)`" + (b.label.map { " — \(t($0))" } ?? "")
                if let n = b.members.entries.last?.value { out += language.pick(": \(n) thành viên", ": \(n) members") }
                if let why = b.sizeIllustrative { out += " " + t(language.pick("(minh họa)", "(illustrative)") + ": " + why) }
                out += "\n"
            }
            out += "\n"
        }
        return out
    }

    /// `t` prepares the file's own text: escaped for Markdown, or left as it is for `html`, which
    /// escapes every line itself.
    private func document(_ model: Model, _ t: (String) -> String) -> String {
        let describe = RuleDescription(model: model)
        let rules = Dictionary(model.rules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "# \(t(model.regulation?.code ?? ""))" + (model.regulation?.title.map { " — \(t($0))" } ?? "") + "\n\n"
        out += header(model, t)
        func provision(_ p: Provision, depth: Int) {
            let word = p.level.word.text(language).capitalizedFirst
            let heading = String(repeating: "#", count: min(depth + 2, 6))
            // Content the source does not give says so where it is shown, with why.
            let illustrative = p.illustrative ?? model.regulation?.illustrative
            let mark = illustrative.map { " " + t(Citation.illustrativeMark.text(language) + ": " + $0) }
                ?? p.reading.map { " " + t(Citation.readingMark.text(language) + ": " + $0) } ?? ""
            if p.level == .article {
                out += "\(heading) \(word) \(t(p.number))." + (p.text.map { " \(t($0))" } ?? "") + mark + "\n\n"
            } else {
                out += "\(heading) \(word) \(t(p.number))\(mark)\n\n" + (p.text.map { "> \(t($0))\n\n" } ?? "")
            }
            if !p.rules.isEmpty {
                out += "_" + language.pick("Công cụ kiểm tra:", "What the tool checks:") + "_\n\n"
                for name in p.rules {
                    guard let r = rules[name] else { continue }
                    out += "- " + (r.label.map { "\(t($0)) " } ?? "") + "(`\(name)`): " + t(describe.describe(r).text(language)) + "\n"
                }
                out += "\n"
            }
            for c in p.children { provision(c, depth: depth + 1) }
        }
        for p in model.provisions { provision(p, depth: 0) }
        return out
    }
}
