import Foundation

/// `rules check --source …`: every provision text a rules file quotes must occur in a source
/// document, word for word up to whitespace, Markdown emphasis and typographic quotes, with "…"
/// standing for words left out (the pieces in order). Provisions marked `illustrative` are not the
/// source's and are not looked for.
public enum QuoteCheck {
    public struct Problem: Sendable {
        public var file: String
        public var line: Int
        public var quote: String
        /// The source passage sharing the most words with the quote, to show what it says.
        public var nearest: String?

        public func render(_ lang: Language) -> String {
            "\(file):\(line): " + lang.pick("lỗi: đoạn trích không có trong văn bản nguồn", "error: quoted text not found in the sources")
                + ": \"\(quote)\" [Q001]\n"
                + (nearest.map { "  = " + lang.pick("đoạn gần nhất: ", "nearest passage: ") + "\"\($0)\"\n" } ?? "")
        }
    }

    /// The quotes of `model` (its provisions, and an amendment's new provisions) not in `sources`.
    public static func check(_ model: Model, file: SourceFile, sources: [String]) -> [Problem] {
        // A regulation marked illustrative as a whole is no source's text.
        guard model.regulation?.illustrative == nil else { return [] }
        let corpus = sources.map(normalized)
        var problems: [Problem] = []
        func visit(_ p: Provision) {
            // An article's heading names it in the source's words; only a clause's or a point's text
            // is a quote that must begin and end where the source's sentence or clause does.
            if let text = p.text, p.illustrative == nil, !found(text, in: corpus, bounded: p.level != .article) {
                problems.append(Problem(file: file.path, line: p.range.start.line, quote: text, nearest: nearest(to: text, in: sources)))
            }
            p.children.forEach(visit)
        }
        model.provisions.forEach(visit)
        model.amendments.compactMap(\.provision).forEach(visit)
        return problems
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

    /// The sentence of the sources sharing the most words with `quote`.
    static func nearest(to quote: String, in sources: [String]) -> String? {
        let words = Set(normalized(quote).lowercased().split { !$0.isLetter && !$0.isNumber })
        var best: (String, Int)?
        for source in sources {
            for sentence in normalized(source).split(whereSeparator: { $0 == "." || $0 == ";" || $0 == "\n" }) {
                let shared = Set(sentence.lowercased().split { !$0.isLetter && !$0.isNumber }).intersection(words).count
                if shared > (best?.1 ?? 0) { best = (sentence.trimmingCharacters(in: .whitespaces), shared) }
            }
        }
        return best?.0
    }
}
