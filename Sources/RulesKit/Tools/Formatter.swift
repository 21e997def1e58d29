/// `rules fmt`: one canonical layout. It keeps the author's line breaks and every token and
/// comment as written, and the file's line ends; it sets indentation (two spaces per `{`, bracket and rule continuation),
/// the spaces between tokens, at most one blank line in a row, and a final newline. The tokens
/// are the same before and after, so the meaning is too; formatting twice changes nothing.
public enum Formatter {
    /// nil when the file has syntax errors: a broken file is left as it is.
    public static func format(_ text: String) -> String? {
        let (_, diagnostics) = Parser.parse(text)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        var lexer = Lexer(text)
        // Read as English words (a Vietnamese phrase is its first token; the empty ones are skipped).
        let tokens = Surface.read(lexer.tokenize()).tokens.filter { $0.kind != .endOfFile && !$0.text.isEmpty }
        // Tokens and comments, in source order, grouped by the line they start on.
        var pieces: [(line: Int, offset: Int, piece: Piece)] = tokens.map { ($0.range.start.line, $0.range.start.offset, .token($0)) }
        pieces += lexer.comments.map { ($0.range.start.line, $0.range.start.offset, .comment($0)) }
        pieces.sort { $0.offset < $1.offset }

        var out: [String] = []
        var braces = 0, brackets = 0
        var inRule = false, ruleIndent = 0, continuation = 0
        var previousLine = 0
        var lastLineEndsOpen = false
        var i = 0
        while i < pieces.count {
            let line = pieces[i].line
            var j = i
            while j < pieces.count, pieces[j].line == line { j += 1 }
            let row = pieces[i..<j]
            i = j
            if previousLine > 0, line - previousLine > 1, out.last != "" { out.append("") }
            previousLine = lastLine(of: row)

            let firstToken: Token? = row.compactMap { if case .token(let t) = $0.piece { t } else { nil } }.first
            let opensWithClose = firstToken.map { $0.isSymbol("}") } ?? false
            let closesBracket = firstToken.map { $0.isSymbol(")") || $0.isSymbol("]") } ?? false
            let startsDeclaration = firstToken?.identifier.map { Keyword.declarationStarts.contains($0) } ?? false
            if startsDeclaration || opensWithClose { inRule = false; continuation = 0 }

            var indent = 2 * (braces - (opensWithClose ? 1 : 0)) + 2 * max(0, brackets - (closesBracket ? 1 : 0))
            if inRule, firstToken != nil, !startsDeclaration, !opensWithClose {
                if lastLineEndsOpen { continuation += 2 }
                // A line that begins with `and`/`or` continues the condition above it: one step in.
                let hanging = firstToken?.identifier == "and" || firstToken?.identifier == "or" ? 2 : 0
                indent = ruleIndent + continuation + hanging + 2 * max(0, brackets - (closesBracket ? 1 : 0))
            }
            if firstToken?.identifier == "rule" {
                inRule = true
                ruleIndent = indent
                continuation = 0
            }

            var text = ""
            var previous: Token?, beforePrevious: Token?
            for p in row {
                switch p.piece {
                case .comment(let c):
                    text += (text.isEmpty ? "" : "  ") + c.text
                case .token(let t):
                    if let prev = previous, spaced(beforePrevious, prev, t) { text += " " }
                    text += t.text
                    beforePrevious = previous
                    previous = t
                    if t.isSymbol("{") { braces += 1 }
                    if t.isSymbol("}") { braces = max(0, braces - 1) }
                    if t.isSymbol("(") || t.isSymbol("[") { brackets += 1 }
                    if t.isSymbol(")") || t.isSymbol("]") { brackets = max(0, brackets - 1) }
                }
            }
            if let last = previous { lastLineEndsOpen = last.isSymbol(":") }
            out.append(String(repeating: " ", count: max(0, indent)) + text)
        }
        // Line ends stay as the file has them (its first one decides): a Windows editor's CRLF is kept.
        let newline = text.firstIndex { $0 == "\n" || $0 == "\r\n" }.map { String(text[$0]) } ?? "\n"
        return out.joined(separator: newline) + newline
    }

    private static func lastLine(of row: ArraySlice<(line: Int, offset: Int, piece: Piece)>) -> Int {
        row.map { p -> Int in
            switch p.piece {
            case .token(let t): t.range.end.line
            case .comment(let c): c.range.end.line
            }
        }.max() ?? 0
    }

    private enum Piece { case token(Token), comment(Comment) }

    /// Whether a space goes between tokens `a` and `b` on one line (`before` precedes `a`).
    static func spaced(_ before: Token?, _ a: Token, _ b: Token) -> Bool {
        if b.isSymbol(",") || b.isSymbol(":") || b.isSymbol(".") || b.isSymbol(")") || b.isSymbol("]") || b.isSymbol(";") { return false }
        if a.isSymbol(".") || a.isSymbol("(") || a.isSymbol("[") { return false }
        if b.isSymbol("("), let word = a.identifier, word == "count" || Aggregate(rawValue: word) != nil { return false }
        // A minus after an operator, a bracket or a word an expression follows is a sign: `> -1`,
        // `(-2`, `of -1`. After a name — a field such as `m.date` or `m.end` too — it subtracts.
        if a.isSymbol("-") {
            guard let before else { return false }
            if case .symbol(let s) = before.kind { return s == ")" || s == "]" }
            if let w = before.identifier, expressionFollows.contains(w) { return false }
        }
        return true
    }

    /// Words of the language after which an expression starts.
    private static let expressionFollows: Set<String> = ["of", "and", "or", "not", "in", "requires", "when", "than", "least",
                                                         "most", "exactly", "within", "where", "unless", "has", "target"]
}
