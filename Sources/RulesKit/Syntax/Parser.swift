/// Recursive-descent parser. On an error it reports, unwinds to the nearest declaration
/// boundary and goes on, so one run shows every syntax error. Every loop consumes a token
/// or stops, and nesting is bounded, so no input can make it hang or overflow the stack.
public struct Parser {
    static let maxDepth = 200

    /// Thrown to unwind to a synchronisation point; the diagnostic is already recorded.
    struct Recover: Error {}

    var tokens: [Token]
    var index = 0
    var depth = 0
    public internal(set) var diagnostics: DiagnosticBag
    /// The spelling the file is written in: messages name its words as it does.
    let surface: Surface
    /// Indices of the identifier tokens read as names and of the strings read as values; every
    /// other identifier is a word of the language. `rules fmt --to` spells each by its role.
    var nameTokens: [Int] = []
    var valueTokens: [Int] = []
    /// In a literate file, the lines whose text the reader wrote (the provision heads).
    var headLines: Set<Int> = []

    public init(tokens: [Token], diagnostics: DiagnosticBag = DiagnosticBag(), surface: Surface = .english) {
        self.tokens = tokens
        self.diagnostics = diagnostics
        self.surface = surface
    }

    /// Lexes and parses a whole file.
    public static func parse(_ text: String) -> (SyntaxFile, [Diagnostic]) {
        let parsed = read(text)
        return (parsed.syntax, parsed.diagnostics)
    }

    /// Lexes and parses a whole file, in either spelling, and says how each token was read.
    static func read(_ text: String, headLines: Set<Int> = []) -> ParsedSource {
        var lexer = Lexer(text)
        let (tokens, surface) = Surface.read(lexer.tokenize())
        var parser = Parser(tokens: tokens, diagnostics: lexer.diagnostics, surface: surface)
        parser.headLines = headLines
        let decls = parser.parseFile()
        return ParsedSource(syntax: SyntaxFile(declarations: decls), diagnostics: parser.diagnostics.sorted, surface: surface,
                            tokens: tokens,
                            nameTokens: Set(parser.nameTokens), valueTokens: Set(parser.valueTokens))
    }

    // MARK: - Cursor

    var current: Token { tokens[index] }
    var previous: Token { tokens[max(0, index - 1)] }

    func peek(_ k: Int) -> Token { tokens[min(index + k, tokens.count - 1)] }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    func at(_ k: Keyword) -> Bool { current.identifier == k.rawValue }
    func at(_ k: Keyword, offset: Int) -> Bool { peek(offset).identifier == k.rawValue }
    func atSymbol(_ s: String) -> Bool { current.isSymbol(s) }

    mutating func accept(_ k: Keyword) -> Bool {
        guard at(k) else { return false }
        advance()
        return true
    }

    mutating func acceptSymbol(_ s: String) -> Bool {
        guard atSymbol(s) else { return false }
        advance()
        return true
    }

    mutating func fail(_ what: Localized, hint: Localized? = nil) -> Recover {
        // The lexer has already reported what it could not read, and an unterminated string
        // swallows the rest of the file: a parser error there would say nothing new.
        if current.kind == .invalid { return Recover() }
        if current.kind == .endOfFile, diagnostics.items.contains(where: { $0.id == .L002 }) { return Recover() }
        // When the line ended too early, point just after its last token, not at the next line.
        // A line ending in `{` or `}` did not end too early; nor did a provision head a literate
        // file's reader wrote on a prose line: then the error is at the token that is wrong.
        let endOfLine = index > 0 && startsLine && current.kind != .endOfFile && !headLines.contains(previous.range.end.line)
            && !previous.isSymbol("{") && !previous.isSymbol("}")
        let r = endOfLine || (current.kind == .endOfFile && index > 0) ? SourceRange(previous.range.end, previous.range.end) : current.range
        let found = endOfLine ? SyntaxMessages.endOfLine
            : SyntaxMessages.describe(current)
        // One error per position: a cascade at the same token says nothing new.
        if diagnostics.items.last?.range.start != r.start {
            // The words expected in the file's spelling; what was found, as the file wrote it.
            diagnostics.add(Diagnostic(.P001, at: r, SyntaxMessages.expected(surface.respell(what, names: false), found: found),
                                       hint: hint.map { surface.respell($0, names: false) } ?? nearVietnamesePhrase()))
        }
        return Recover()
    }

    /// "did you mean 'ít nhất'?" for a Vietnamese phrase mistyped (`ít nhât`) or typed without its
    /// marks (`ap dung cho`), starting at this token or the one before it on the line.
    func nearVietnamesePhrase() -> Localized? {
        for start in [index, index - 1] where start >= 0 && tokens[start].identifier != nil && start <= index {
            var words: [String] = []
            var j = start
            while j < tokens.count, words.count < SurfacePhrases.longest, tokens[j].identifier != nil, !tokens[j].text.isEmpty,
                  j == start || tokens[j].range.start.line == tokens[j - 1].range.end.line {
                words.append(tokens[j].text)
                j += 1
            }
            // Longest first, and only phrases of as many words: `ít` alone is no typo of `ít nhất`.
            for n in stride(from: words.count, through: 1, by: -1) {
                let typed = words[0..<n].joined(separator: " ")
                guard SurfacePhrases.toEnglishTable[typed] == nil, !Parser.keywords.contains(typed) else { break }
                let phrases = SurfacePhrases.phrases(ofWords: n)
                if let near = Suggestions.closest(to: typed, in: phrases) { return Suggestions.hint(near, [near]) }
            }
        }
        return nil
    }

    /// A declaration word at the start of a line always begins a new declaration, so a line
    /// that ends too early never swallows the next one.
    var atDeclarationStart: Bool {
        startsLine && current.identifier.map(Keyword.declarationStarts.contains) == true
    }

    mutating func expect(_ k: Keyword) throws(Recover) -> Token {
        // `fail` says the word in the file's spelling.
        guard at(k) else { throw fail(SyntaxMessages.word(k.rawValue)) }
        return advance()
    }

    mutating func expectSymbol(_ s: String) throws(Recover) -> Token {
        guard atSymbol(s) else { throw fail(SyntaxMessages.word(s)) }
        return advance()
    }

    /// `anyWord` admits a declaration word at the start of a line: a field named `kind`.
    /// `word` is a name the language itself gives (a period, a type): not a name the file chose.
    mutating func expectName(anyWord: Bool = false, word: Bool = false) throws(Recover) -> Name {
        guard let s = current.identifier, anyWord || !atDeclarationStart else { throw fail(SyntaxMessages.name) }
        if !word { nameTokens.append(index) }
        return Name(text: word ? s : nameText(current), range: advance().range)
    }

    /// A Vietnamese word of the language where the file names something — a field `quý` of an
    /// event it declares, a rule named `tháng` — is that name as written; a standard name's
    /// Vietnamese alias (`loại`) is the standard name.
    func nameText(_ t: Token) -> String {
        guard let id = t.identifier else { return t.text }
        guard surface == .vietnamese, t.text != id, !t.text.isEmpty, !t.text.contains(" "),
              SurfacePhrases.nameToEnglish[t.text] == nil else { return id }
        return t.text
    }

    mutating func expectString() throws(Recover) -> TextLiteral {
        guard case .string(let s) = current.kind else { throw fail(SyntaxMessages.string) }
        return TextLiteral(value: s, range: advance().range)
    }

    mutating func optionalString() -> TextLiteral? {
        guard case .string(let s) = current.kind else { return nil }
        return TextLiteral(value: s, range: advance().range)
    }

    mutating func expectDate() throws(Recover) -> (DateLiteral, SourceRange) {
        guard case .date(let d) = current.kind else { throw fail(SyntaxMessages.date) }
        return (d, advance().range)
    }

    mutating func expectInteger() throws(Recover) -> (Int64, SourceRange) {
        guard case .integer(let n) = current.kind else { throw fail(SyntaxMessages.integer) }
        return (n, advance().range)
    }

    /// Declarations begin lines; a keyword in mid-line (`where kind == …`) is a field name.
    var startsLine: Bool { index == 0 || tokens[index - 1].range.end.line < current.range.start.line }

    /// Runs `f` one nesting level deeper; past `maxDepth` it reports instead of recursing,
    /// so 10,000 nested parentheses give a diagnostic, not a stack overflow.
    mutating func nested<T>(_ what: Localized = SyntaxMessages.tooDeep, _ f: (inout Parser) throws(Recover) -> T) throws(Recover) -> T {
        var levels = 0
        defer { depth -= levels }
        try deepen(&levels, what)
        return try f(&self)
    }

    /// Each operator in a chain (`a and b and c`, `m.x.y`) nests the tree one level deeper:
    /// counted like parentheses, so a 100,000-term chain is a diagnostic, not a stack overflow.
    mutating func deepen(_ levels: inout Int, _ what: Localized = SyntaxMessages.tooDeep) throws(Recover) {
        depth += 1
        levels += 1
        guard depth < Parser.maxDepth else {
            if diagnostics.items.last?.id != .P004 {
                diagnostics.add(Diagnostic(.P004, at: current.range, what))
            }
            throw Recover()
        }
    }

    func range(from start: SourceRange) -> SourceRange { SourceRange(start.start, previous.range.end) }

    /// Skips to the next declaration keyword or closing brace, stepping over whole `{ … }` blocks.
    mutating func synchronize() {
        var nesting = 0
        while current.kind != .endOfFile {
            if nesting == 0, startsLine, let w = current.identifier, Keyword.declarationStarts.contains(w) { return }
            if atSymbol("{") { nesting += 1 }
            if atSymbol("}") {
                if nesting == 0 { return }
                nesting -= 1
            }
            advance()
        }
    }

    /// Parses `{ item* }` where each item is read by `item`; errors inside resume at the next item.
    mutating func block(_ item: (inout Parser) throws(Recover) -> Void) throws(Recover) {
        _ = try expectSymbol("{")
        while !atSymbol("}") && current.kind != .endOfFile {
            let before = index
            do {
                try item(&self)
            } catch {
                synchronize()
                if index == before, !atSymbol("}") { advance() }
            }
        }
        _ = try expectSymbol("}")
    }

    // MARK: - File

    mutating func parseFile() -> [Declaration] {
        var decls: [Declaration] = []
        while current.kind != .endOfFile {
            let before = index
            do {
                decls.append(try declaration())
            } catch {
                synchronize()
                if atSymbol("}") {
                    diagnostics.add(Diagnostic(.P002, at: current.range, SyntaxMessages.strayBrace))
                    advance()
                } else if index == before {
                    advance()
                }
            }
        }
        return decls
    }

    mutating func declaration() throws(Recover) -> Declaration {
        switch current.identifier {
        case "regulation": return .regulation(try regulation())
        case "calendar": return .calendar(try calendar())
        case "body", "kind": return .body(try body())
        case "event": return .event(try eventType())
        case "article", "clause", "point": return .provision(try provision())
        case "rule": return .rule(try rule())
        case "replace", "add", "repeal": return .amendment(try amendment())
        default:
            let word = current.identifier ?? current.text
            // An invalid token is already reported; a stray `}` is reported by the caller.
            if current.kind == .invalid || atSymbol("}") { throw Recover() }
            diagnostics.add(Diagnostic(.P003, at: current.range, SyntaxMessages.unknownDeclaration(word),
                                       hint: nearVietnamesePhrase() ?? surface.respell(SyntaxMessages.declarationHint, names: false)))
            throw Recover()
        }
    }
}
