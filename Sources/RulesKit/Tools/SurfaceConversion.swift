/// `rules fmt --to vi|en`: the same file in the other spelling. Only the language's own words
/// change — keywords, month names, duration units, standard names and listed values — each in
/// place, so comments, quotes, layout and line ends stay exactly as written, and converting back
/// gives the original file.
public enum SurfaceConversion {
    public enum Failure: Error, Sendable {
        /// The file does not parse: a broken file is left as it is.
        case syntax([Diagnostic])
        /// A name the file chose is a word of the other spelling: converting would change its meaning.
        case clash(word: String, range: SourceRange)
    }

    public static func convert(_ file: SourceFile, to target: Surface) -> Result<String, Failure> {
        let literate = LiterateRegulation.isLiterate(file.path) ? LiterateRegulation(markdown: file.text) : nil
        let parsed = Parser.read(file)
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { return .failure(.syntax(parsed.diagnostics)) }
        let text = Array(file.text.precomposedStringWithCanonicalMapping)
        // In a literate file only the code is the file's own: provision heads are written by the reader.
        let codeLines: Set<Int>? = literate.map { doc in
            Set(doc.blocks.flatMap { block -> [Int] in if case .code(let r) = block { Array(r) } else { [] } })
        }
        let edits: [Edit]
        switch target {
        case .vietnamese:
            // A Vietnamese file's names are already read as Vietnamese: only English ones can clash.
            if parsed.surface == .english, let clash = clash(parsed) { return .failure(clash) }
            edits = toVietnamese(parsed)
        case .english:
            edits = toEnglish(parsed)
        }
        return .success(apply(edits.filter { codeLines?.contains($0.range.start.line) ?? true }, to: text))
    }

    public static func clashDiagnostic(_ word: String, _ range: SourceRange) -> Diagnostic {
        Diagnostic(.P006, at: range, SyntaxMessages.vietnameseWord(word), hint: SyntaxMessages.vietnameseWordHint)
    }

    struct Edit {
        var range: SourceRange
        var replacement: String
    }

    // MARK: - English → Vietnamese

    private static let englishPhrases: [String: String] = SurfacePhrases.keywordToVietnamese
    private static let longestEnglish = englishPhrases.keys.map { $0.split(separator: " ").count }.max() ?? 1

    private static func toVietnamese(_ p: ParsedSource) -> [Edit] {
        var edits: [Edit] = []
        var i = 0
        while i < p.tokens.count {
            let t = p.tokens[i]
            defer { i += 1 }
            // Words already written in Vietnamese (in a mixed file) stay as they are.
            switch t.kind {
            case .identifier(let word) where t.text != word:
                continue
            case .identifier(let word) where p.nameTokens.contains(i):
                if let vi = SurfacePhrases.nameToVietnamese[word] { edits.append(Edit(range: t.range, replacement: vi)) }
            case .identifier:
                // The longest keyword phrase of words on this line.
                var words: [String] = []
                var j = i
                while j < p.tokens.count, words.count < longestEnglish, let w = p.tokens[j].identifier, !p.nameTokens.contains(j),
                      p.tokens[j].text == w,
                      j == i || p.tokens[j].range.start.line == p.tokens[j - 1].range.end.line {
                    words.append(w)
                    j += 1
                }
                while !words.isEmpty, englishPhrases[words.joined(separator: " ")] == nil { words.removeLast() }
                guard let vi = englishPhrases[words.joined(separator: " ")] else { continue }
                let last = p.tokens[i + words.count - 1]
                edits.append(Edit(range: SourceRange(t.range.start, last.range.end), replacement: vi))
                i += words.count - 1
            case .string(let s) where p.valueTokens.contains(i):
                if let vi = SurfacePhrases.valueToVietnamese[s] { edits.append(Edit(range: t.range, replacement: "\"" + vi + "\"")) }
            case .duration(_, let unit) where t.text.unicodeScalars.allSatisfy(\.isASCII):
                if let vi = VietnameseWords.units.first(where: { $0.unit == unit })?.vietnamese {
                    edits.append(Edit(range: t.range, replacement: numberPart(t.text) + vi))
                }
            default:
                break
            }
        }
        return edits
    }

    /// A name the file chose that Vietnamese reads as a word of the language (a binder `có`
    /// would be read as `where`), or a value that reads as a standard one.
    private static func clash(_ p: ParsedSource) -> Failure? {
        for (i, t) in p.tokens.enumerated() {
            if let w = t.identifier, SurfacePhrases.firstWords.contains(w) { return .clash(word: w, range: t.range) }
            if case .string(let s) = t.kind, SurfacePhrases.valueToEnglish[s] != nil, p.valueTokens.contains(i) {
                return .clash(word: s, range: t.range)
            }
        }
        return nil
    }

    // MARK: - Vietnamese → English

    private static func toEnglish(_ p: ParsedSource) -> [Edit] {
        var edits: [Edit] = []
        var i = 0
        while i < p.tokens.count {
            let t = p.tokens[i]
            defer { i += 1 }
            switch t.kind {
            case .identifier("month") where t.text != "month" && !keptAsName(t, i, p) && i > 0 && i + 1 < p.tokens.count:
                // `31 tháng 12` is a day of December: English writes the month's name (`31 month 12` would be 31 months).
                if case .integer = p.tokens[i - 1].kind, case .integer(let n) = p.tokens[i + 1].kind, (1...12).contains(n) {
                    edits.append(Edit(range: SourceRange(t.range.start, p.tokens[i + 1].range.end), replacement: Keyword.months[Int(n) - 1].rawValue))
                    i += 1
                } else {
                    edits.append(Edit(range: t.range, replacement: "month"))
                }
            case .identifier(let word) where !t.text.isEmpty && t.text != word && !keptAsName(t, i, p):
                // A Vietnamese phrase read as several English words: the empty tokens after it.
                var words = [word]
                while i + 1 < p.tokens.count, p.tokens[i + 1].text.isEmpty, let w = p.tokens[i + 1].identifier {
                    words.append(w)
                    i += 1
                }
                edits.append(Edit(range: t.range, replacement: words.joined(separator: " ")))
            case .string(let s) where p.valueTokens.contains(i):
                if let en = SurfacePhrases.valueToEnglish[s] { edits.append(Edit(range: t.range, replacement: "\"" + en + "\"")) }
            case .duration(let n, let unit) where !t.text.unicodeScalars.allSatisfy(\.isASCII):
                edits.append(Edit(range: t.range, replacement: numberPart(t.text) + englishUnit(unit, plural: n != 1)))
            default:
                break
            }
        }
        return edits
    }

    /// A Vietnamese keyword the file uses as a name (a field `quý`) is that name in either spelling.
    private static func keptAsName(_ t: Token, _ i: Int, _ p: ParsedSource) -> Bool {
        p.nameTokens.contains(i) && !t.text.contains(" ") && SurfacePhrases.nameToEnglish[t.text] == nil
    }

    private static func englishUnit(_ unit: DurationUnit, plural: Bool) -> String {
        let singular = unit == .workingDays ? "working day" : String(unit.rawValue.dropLast())
        return plural ? singular + "s" : singular
    }

    /// `2 ` of `2 working days`: the digits and the spaces the author put after them.
    private static func numberPart(_ text: String) -> String {
        let digits = text.prefix { $0.isNumber }
        return String(digits) + text.dropFirst(digits.count).prefix { $0 == " " || $0 == "\t" }
    }

    // MARK: - Writing

    private static func apply(_ edits: [Edit], to text: [Character]) -> String {
        // Offsets by line and column: in a literate file the parser's offsets are those of the rules it read.
        var lineStarts = [0, 0]
        for (k, c) in text.enumerated() where c == "\n" || c == "\r\n" { lineStarts.append(k + 1) }
        func offset(_ p: SourcePosition) -> Int { lineStarts[p.line] + p.column - 1 }
        var out = ""
        var at = 0
        for e in edits.sorted(by: { offset($0.range.start) < offset($1.range.start) }) {
            let start = offset(e.range.start), end = offset(e.range.end)
            guard start >= at else { continue }
            out += String(text[at..<start]) + e.replacement
            at = end
        }
        return out + String(text[at...])
    }
}
