/// The two spellings of the language. A file is Vietnamese when a line of it begins with a
/// Vietnamese declaration word (`quy chế`, `tổ chức`, `điều`, `quy tắc`, …); then its Vietnamese
/// words are read as the English ones before parsing, so both spellings give the same syntax tree
/// and the same model. English words stay words of the language in a Vietnamese file (the two may
/// be mixed there); in a file with no Vietnamese declaration, Vietnamese words are ordinary names.
public enum Surface: String, Sendable, CaseIterable {
    case english = "en", vietnamese = "vi"

    /// How the file's tokens read in English, and which surface it is written in.
    static func read(_ tokens: [Token]) -> (tokens: [Token], surface: Surface) {
        let vietnamese = tokens.indices.contains { i in
            (i == 0 || tokens[i - 1].range.end.line < tokens[i].range.start.line)
                && SurfacePhrases.match(tokens, at: i).flatMap(\.english.first).map(Keyword.declarationStarts.contains) == true
        }
        return vietnamese ? (SurfacePhrases.toEnglish(tokens), .vietnamese) : (tokens, .english)
    }

    /// How this surface spells an English keyword phrase (`at least`), for messages.
    public func spell(keyword english: String) -> String {
        self == .vietnamese ? SurfacePhrases.keywordToVietnamese[english] ?? english : english
    }

}

/// The Vietnamese table arranged for reading: longest phrase first, NFC as the lexer gives it.
enum SurfacePhrases {
    struct Match {
        var english: [String]
        /// How many tokens the Vietnamese phrase took.
        var length: Int
    }

    static let keywordToVietnamese: [String: String] = Dictionary(
        VietnameseWords.keywords.map { ($0.english, nfc($0.vietnamese)) }, uniquingKeysWith: { a, _ in a })
    static let nameToVietnamese: [String: String] = Dictionary(
        VietnameseWords.names.map { ($0.english, nfc($0.vietnamese)) }, uniquingKeysWith: { a, _ in a })
    static let nameToEnglish: [String: String] = Dictionary(
        VietnameseWords.names.map { (nfc($0.vietnamese), $0.english) }, uniquingKeysWith: { a, _ in a })
    static let valueToVietnamese: [String: String] = Dictionary(
        VietnameseWords.values.map { ($0.english, nfc($0.vietnamese)) }, uniquingKeysWith: { a, _ in a })
    static let valueToEnglish: [String: String] = Dictionary(
        VietnameseWords.values.map { (nfc($0.vietnamese), $0.english) }, uniquingKeysWith: { a, _ in a })

    /// Vietnamese phrase (words joined by one space) → the English words it stands for.
    static let toEnglishTable: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (en, vi) in VietnameseWords.keywords { table[nfc(vi)] = en.split(separator: " ").map(String.init) }
        for (en, vi) in VietnameseWords.names { table[nfc(vi)] = [en] }
        for (vi, standard) in VietnameseWords.variants { table[nfc(vi)] = table[nfc(standard)] }
        return table
    }()

    /// The words a Vietnamese phrase can begin with: a name the file chose must not be one.
    static let firstWords: Set<String> = Set(toEnglishTable.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The Vietnamese keyword phrases of `n` words, for suggestions.
    static func phrases(ofWords n: Int) -> [String] { byWordCount[n] ?? [] }
    private static let byWordCount: [Int: [String]] = Dictionary(grouping: VietnameseWords.keywords.map { nfc($0.vietnamese) }) {
        $0.split(separator: " ").count
    }

    static let longest = toEnglishTable.keys.map { $0.split(separator: " ").count }.max() ?? 1

    static func nfc(_ s: String) -> String { s.precomposedStringWithCanonicalMapping }

    /// The longest Vietnamese phrase starting at `i`: words on one line with only spaces between.
    static func match(_ tokens: [Token], at i: Int) -> Match? {
        guard i < tokens.count, tokens[i].identifier != nil else { return nil }
        var words: [String] = []
        var j = i
        while j < tokens.count, words.count < longest, let w = tokens[j].identifier,
              j == i || tokens[j].range.start.line == tokens[j - 1].range.end.line {
            words.append(w)
            j += 1
        }
        while !words.isEmpty {
            if let en = toEnglishTable[words.joined(separator: " ")] { return Match(english: en, length: words.count) }
            words.removeLast()
        }
        return nil
    }

    /// The tokens with every Vietnamese phrase read as English (values are read by the parser,
    /// which knows where a string is compared with a field). A phrase of several
    /// English words becomes as many tokens: the first spans the phrase and keeps its text, the
    /// others are empty and sit at its end (the formatter skips them).
    static func toEnglish(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard let m = match(tokens, at: i) else {
                out.append(t)
                i += 1
                continue
            }
            let last = tokens[i + m.length - 1]
            let text = tokens[i..<(i + m.length)].map(\.text).joined(separator: " ")
            for (k, word) in m.english.enumerated() {
                let range = k == 0 ? SourceRange(t.range.start, last.range.end) : SourceRange(last.range.end, last.range.end)
                out.append(Token(kind: .identifier(word), range: range, text: k == 0 ? text : ""))
            }
            i += m.length
        }
        return out
    }
}
