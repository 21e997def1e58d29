/// A regulation written as Markdown (`.rules.md`): the regulation's own text is the document and
/// the rules sit beneath the provision they check, in fenced blocks marked `rules`.
///
/// - A heading `Điều 8. Title` or `Article 8. Title` is article 8 (the title is optional).
/// - A paragraph opening `1.` or `1)` is clause 1, `a)` is point a; its whole text is the
///   provision's text, so findings quote the paragraph and it is written once.
/// - A ```` ```rules ```` block belongs to the last provision above it; before any, to the file.
///   Its first lines may give the provision's marks (`reading "…"`, `illustrative "…"`).
/// - Every other heading ends the open provisions; other paragraphs are prose for the reader.
///
/// It is read as a `.rules` file in which each code line keeps its line and column, so every
/// message points into the Markdown itself.
public struct LiterateRegulation: Sendable {
    public enum Block: Sendable, Equatable {
        /// An article, clause or point: its number, its text, and the line it starts on.
        case provision(ProvisionLevel, number: String, text: String, line: Int)
        /// A heading that is not a provision's: it closes them.
        case heading(level: Int, text: String, line: Int)
        case prose(text: String, line: Int)
        /// The lines of a `rules` block, 1-based, the fences excluded.
        case code(lines: ClosedRange<Int>)
    }

    public let lines: [Substring]
    public let blocks: [Block]

    public static func isLiterate(_ path: String) -> Bool { path.hasSuffix(".rules.md") }

    public init(markdown: String) {
        lines = markdown.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        blocks = LiterateRegulation.blocks(lines)
    }

    /// The rules the document holds, line for line: provision heads on the lines of their
    /// paragraphs, code lines as written, every other line empty.
    public var rulesText: String {
        var out = [String](repeating: "", count: lines.count)
        var open: [ProvisionLevel] = []
        let surface = self.surface
        func close(while keep: (ProvisionLevel) -> Bool) -> String {
            var s = ""
            while let last = open.last, keep(last) { s += "} "; open.removeLast() }
            return s
        }
        for block in blocks {
            switch block {
            case .provision(let level, let number, let text, let line):
                let closing = close { $0 >= level }
                let quoted = text.isEmpty ? "" : " \"" + LiterateRegulation.escaped(text) + "\""
                out[line - 1] = closing + surface.spell(keyword: level.rawValue) + " " + number + quoted + " {"
                open.append(level)
            case .heading(_, _, let line):
                out[line - 1] = close { _ in true }
            case .prose:
                break
            case .code(let range):
                for l in range { out[l - 1] = String(lines[l - 1]) }
            }
        }
        let tail = close { _ in true }
        return out.joined(separator: "\n") + (tail.isEmpty ? "" : "\n" + tail)
    }

    /// The lines on which `rulesText` writes what the Markdown does not (provision heads, closing braces).
    public var headLines: Set<Int> {
        Set(blocks.compactMap { b -> Int? in
            switch b {
            case .provision(_, _, _, let line), .heading(_, _, let line): line
            default: nil
            }
        } + [lines.count + 1])
    }

    /// The spelling of the code, which the provision heads take: a file is read in one spelling.
    public var surface: Surface {
        var code = [String](repeating: "", count: lines.count)
        for case .code(let range) in blocks { for l in range { code[l - 1] = String(lines[l - 1]) } }
        var lexer = Lexer(code.joined(separator: "\n"))
        return Surface.read(lexer.tokenize()).surface
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    // MARK: - Reading the Markdown

    private static func blocks(_ lines: [Substring]) -> [Block] {
        var blocks: [Block] = []
        var i = 0
        func trimmed(_ l: Substring) -> String { l.trimmingCharacters(in: .whitespaces) }
        while i < lines.count {
            let line = trimmed(lines[i])
            if line.isEmpty { i += 1; continue }
            if let fence = fence(line) {
                // A fence closes at a line of at least as many of the same marks.
                var j = i + 1
                while j < lines.count, !closes(trimmed(lines[j]), fence) { j += 1 }
                if fence.isRules, j > i + 1 { blocks.append(.code(lines: (i + 2)...j)) }
                i = j + 1
                continue
            }
            // `**Điều 2. …**` on a line of its own is the article's heading too, as documents write it.
            if let (level, text) = heading(line) ?? (article(line) != nil ? (0, line) : nil) {
                if let (number, title) = article(text) {
                    blocks.append(.provision(.article, number: number, text: title, line: i + 1))
                } else {
                    blocks.append(.heading(level: level, text: text, line: i + 1))
                }
                i += 1
                continue
            }
            // A paragraph runs to a blank line, a heading, a fence, or the next numbered item (a
            // list written without blank lines is one clause or point per item).
            var j = i
            var parts: [String] = []
            while j < lines.count {
                let l = trimmed(lines[j])
                if l.isEmpty || (j > i && (heading(l) != nil || fence(l) != nil || article(l) != nil || numbered(l) != nil)) { break }
                parts.append(l)
                j += 1
            }
            let text = parts.joined(separator: " ")
            if let (level, number, rest) = numbered(text) {
                blocks.append(.provision(level, number: number, text: rest, line: i + 1))
            } else {
                blocks.append(.prose(text: text, line: i + 1))
            }
            i = j
        }
        return blocks
    }

    struct Fence {
        var mark: Character
        var count: Int
        var isRules: Bool
    }

    private static func fence(_ line: String) -> Fence? {
        guard let mark = line.first, mark == "`" || mark == "~" else { return nil }
        let count = line.prefix { $0 == mark }.count
        guard count >= 3 else { return nil }
        let info = line.dropFirst(count).trimmingCharacters(in: .whitespaces)
        // `rules`, as the documents write it; also `Rules`, `rule` and `quy tắc`, which a drafter types.
        let word = info.lowercased()
        return Fence(mark: mark, count: count,
                     isRules: ["rules", "rule", "quy tắc", "quy_tắc"].contains { word == $0 || word.hasPrefix($0 + " ") })
    }

    private static func closes(_ line: String, _ f: Fence) -> Bool {
        line.count >= f.count && line.allSatisfy { $0 == f.mark }
    }

    private static func heading(_ line: String) -> (Int, String)? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level), line.dropFirst(level).first == " " else { return nil }
        return (level, line.dropFirst(level).trimmingCharacters(in: .whitespaces))
    }

    /// `Điều 8. Chế độ hội nghị`, `Article 8: Meetings`, `Điều 8`, `ĐIỀU 8`, `**Điều 8.** …` (the
    /// emphasis is the document's, not the title's; `Ð`, the Icelandic letter, is taken for `Đ`).
    private static func article(_ line: String) -> (String, String)? {
        var text = Substring(line.replacingOccurrences(of: "\u{00D0}", with: "Đ"))
        for mark in ["**", "__"] where text.hasPrefix(mark) {
            text = text.dropFirst(2)
            if let end = text.range(of: mark) { text = text[..<end.lowerBound] + text[end.upperBound...] }
        }
        for word in ["điều ", "article "] where text.lowercased().hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            // A number, as articles are numbered (`8`, `8a`): `ĐIỀU KHOẢN THI HÀNH` is a chapter's title.
            let number = rest.prefix { $0.isLetter || $0.isNumber }
            guard number.first?.isNumber == true else { return nil }
            var title = rest.dropFirst(number.count)
            if title.first == "." || title.first == ":" { title = title.dropFirst() }
            guard title.isEmpty || title.first == " " else { return nil }
            return (String(number), title.trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// `1. …` or `1) …` is a clause; `a) …` or `a. …` (one lower-case letter, `đ` too) a point.
    private static func numbered(_ text: String) -> (ProvisionLevel, String, String)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let after = text.dropFirst(digits.count)
            guard after.first == "." || after.first == ")", after.dropFirst().first == " " else { return nil }
            return (.clause, String(digits), after.dropFirst(2).trimmingCharacters(in: .whitespaces))
        }
        guard let letter = text.first, letter.isLowercase, letter.isLetter,
              text.dropFirst().first == ")" || text.dropFirst().first == ".", text.dropFirst(2).first == " " else { return nil }
        return (.point, String(letter), text.dropFirst(3).trimmingCharacters(in: .whitespaces))
    }
}

/// Which arguments are regulations: `.rules` files and literate ones (`.rules.md`).
public enum RulesPath {
    public static func isRules(_ path: String) -> Bool { path.hasSuffix(".rules") || LiterateRegulation.isLiterate(path) }
}
