import Foundation

/// `rules check --source …`: every provision text a rules file quotes must occur in a source
/// document, word for word up to whitespace, Markdown emphasis and typographic quotes, with "…"
/// standing for words left out (the pieces in order). Provisions marked `illustrative` are not the
/// source's and are not looked for.
public enum QuoteCheck {
    /// A source document: its path, to say where the nearest passage is, and its text.
    public struct Source: Sendable {
        public var path: String
        public var text: String
        public init(path: String, text: String) { (self.path, self.text) = (path, text) }
    }

    public struct Problem: Sendable {
        public var file: String
        public var line: Int
        public var quote: String
        /// True when the words are the source's but the quote starts or stops inside one of its
        /// sentences or clauses without "…" (Q002); false when they are not found at all (Q001).
        public var cut: Bool
        /// The source passage sharing the most words with the quote, as the source writes it.
        public var nearest: Passage?
        public var range: SourceRange

        public var diagnostic: Diagnostic {
            let what = cut
                ? Localized(vi: "đoạn trích bắt đầu hoặc kết thúc giữa một câu, một vế của văn bản nguồn mà không đánh dấu '…' phần bỏ bớt",
                            en: "the quote starts or stops inside a sentence or clause of the source without '…' for the words left out")
                : Localized(vi: "đoạn trích không có trong văn bản nguồn", en: "quoted text not found in the sources")
            let hint = nearest.map { n in
                Localized(vi: "đoạn gần nhất, \(n.path):\(n.line): \"\(n.text)\"", en: "nearest passage, \(n.path):\(n.line): \"\(n.text)\"")
            }
            return Diagnostic(cut ? .Q002 : .Q001, at: range, what + .same(": \"\(quote)\""), hint: hint)
        }
    }

    /// A sentence of a source, where it is.
    public struct Passage: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var text: String
    }

    /// What was looked for: the quotes found, and the illustrative provisions not looked for.
    public struct Outcome: Sendable {
        public var problems: [Problem] = []
        public var found = 0
        public var notLookedFor = 0
    }

    /// The quotes of `model` (its provisions, and an amendment's new provisions) not in `sources`.
    public static func check(_ model: Model, file: SourceFile, sources: [String]) -> [Problem] {
        check(model, file: file, sources: sources.enumerated().map { Source(path: "source \($0.offset + 1)", text: $0.element) }).problems
    }

    public static func check(_ model: Model, file: SourceFile, sources: [Source]) -> Outcome {
        var outcome = Outcome()
        let corpus = sources.map { normalized($0.text) }
        func visit(_ p: Provision) {
            // An article's heading names it in the source's words; only a clause's or a point's text
            // is a quote that must begin and end where the source's sentence or clause does.
            if let text = p.text {
                // A regulation marked illustrative as a whole is no source's text.
                if p.illustrative != nil || model.regulation?.illustrative != nil {
                    outcome.notLookedFor += 1
                } else if found(text, in: corpus, bounded: p.level != .article) {
                    outcome.found += 1
                } else {
                    outcome.problems.append(Problem(file: file.path, line: p.range.start.line, quote: text,
                                                    cut: found(text, in: corpus, bounded: false),
                                                    nearest: nearest(to: text, in: sources), range: p.range))
                }
            }
            p.children.forEach(visit)
        }
        model.provisions.forEach(visit)
        model.amendments.compactMap(\.provision).forEach(visit)
        return outcome
    }

    /// How a quote and its source are compared: lower case, whitespace collapsed, Markdown emphasis
    /// and escapes dropped, typographic quotes and dashes made plain, composed Unicode, and the old
    /// and new places of a tone mark in an open syllable made one (`uỷ` is `ủy`, `hoà` is `hòa`).
    static func normalized(_ s: String) -> String {
        var text = plain(s).lowercased()
        for (old, new) in toneMarks {
            var from = text.startIndex
            while let r = text.range(of: old, range: from..<text.endIndex) {
                let next = r.upperBound < text.endIndex ? text[r.upperBound] : " "
                if next.isLetter { from = r.upperBound; continue }
                text.replaceSubrange(r, with: new)
                from = text.index(r.lowerBound, offsetBy: new.count)
            }
        }
        return text
    }

    /// Old-style spelling → new-style, for syllables ending in the vowel pair.
    private static let toneMarks: [(String, String)] = [
        ("uỷ", "ủy"), ("uý", "úy"), ("uỳ", "ùy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
    ]

    private static func plain(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.precomposedStringWithCanonicalMapping {
            if c.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if c == "*" || c == "\\" || c == "_" { continue }
            let plain: Character = switch c {
            case "“", "”", "„": "\""
            case "‘", "’": "'"
            case "–", "—": "-"
            default: c
            }
            if space { out.append(" "); space = false }
            out.append(plain)
        }
        return out
    }

    /// Each piece between "…" (or "...") occurs in one source, in order; and a quote that does not
    /// begin (end) with "…" begins (ends) where a sentence or clause of the source does: words left
    /// out at either end are marked as words left out anywhere else.
    static func found(_ quote: String, in corpus: [String], bounded: Bool = true) -> Bool {
        let text = normalized(quote).replacingOccurrences(of: "...", with: "…").trimmingCharacters(in: .whitespaces)
        let pieces = text.split(separator: "…")
            .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }.filter { !$0.isEmpty }
        guard !pieces.isEmpty else { return true }
        let openStart = !bounded || text.hasPrefix("…"), openEnd = !bounded || text.hasSuffix("…")
        return corpus.contains { source in matches(pieces[...], in: source, from: source.startIndex, first: true, openStart: openStart, openEnd: openEnd) }
    }

    private static func matches(_ pieces: ArraySlice<String>, in source: String, from: String.Index, first: Bool,
                                openStart: Bool, openEnd: Bool) -> Bool {
        guard let piece = pieces.first else { return true }
        var at = from
        while let r = source.range(of: piece, range: at..<source.endIndex) {
            at = source.index(after: r.lowerBound)
            if first, !openStart, !boundary(before: r.lowerBound, in: source) { continue }
            if pieces.count == 1, !openEnd, !boundary(after: r.upperBound, in: source) { continue }
            if matches(pieces.dropFirst(), in: source, from: r.upperBound, first: false, openStart: openStart, openEnd: openEnd) { return true }
            // The rest did not follow this occurrence; a later one of a middle piece cannot help the first.
            if !first { return false }
        }
        return false
    }

    /// Where a quote may begin: the start of the text, or after the end of a sentence or clause.
    private static func boundary(before i: String.Index, in source: String) -> Bool {
        guard let c = source[..<i].last(where: { !$0.isWhitespace }) else { return true }
        return !(c.isLetter || c.isNumber || c == ",")
    }

    /// Where a quote may end: the end of the text, or at the end of a sentence or clause.
    private static func boundary(after i: String.Index, in source: String) -> Bool {
        guard let c = source[i...].first(where: { !$0.isWhitespace }) else { return true }
        return !(c.isLetter || c.isNumber || c == ",")
    }

    /// The sentence of the sources sharing the most words with `quote`, as the source writes it
    /// (quotation marks and emphasis at its ends dropped), with its line.
    static func nearest(to quote: String, in sources: [Source]) -> Passage? {
        func words(_ s: Substring) -> Set<Substring> { Set(s.split { !$0.isLetter && !$0.isNumber }) }
        let wanted = words(Substring(normalized(quote)))
        var best: (Passage, Int)?
        for source in sources {
            var line = 1
            var start = source.text.startIndex
            for i in source.text.indices {
                let c = source.text[i]
                guard c == "." || c == ";" || c == "\n" || source.text.index(after: i) == source.text.endIndex else { continue }
                let sentence = source.text[start...i]
                let shared = words(Substring(normalized(String(sentence)))).intersection(wanted).count
                if shared > (best?.1 ?? 0) {
                    let leading = sentence.prefix { $0.isWhitespace }.filter { $0 == "\n" }.count
                    let shown = sentence.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\n", with: " ")
                        .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"“”*_-+")))
                    best = (Passage(path: source.path, line: line + leading, text: shown), shared)
                }
                line += sentence.filter { $0 == "\n" }.count
                start = source.text.index(after: i)
            }
        }
        return best?.0
    }
}
