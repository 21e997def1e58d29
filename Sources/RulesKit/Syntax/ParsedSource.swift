/// A file as the parser read it: the tree, and how each token was read, for the tools that
/// rewrite the file's words (`rules fmt --to`).
struct ParsedSource {
    var syntax: SyntaxFile
    var diagnostics: [Diagnostic]
    var surface: Surface
    /// As the parser saw them: a Vietnamese phrase is one token per English word.
    var tokens: [Token]
    var nameTokens: Set<Int>
    var valueTokens: Set<Int>
}

extension Parser {
    /// A `.rules` file, or a literate regulation (`.rules.md`) read as the rules it contains.
    static func read(_ file: SourceFile) -> ParsedSource {
        guard LiterateRegulation.isLiterate(file.path) else { return read(file.text) }
        let literate = LiterateRegulation(markdown: file.text)
        return read(literate.rulesText, headLines: literate.headLines)
    }

    public static func parse(_ file: SourceFile) -> (SyntaxFile, [Diagnostic]) {
        let parsed = read(file)
        return (parsed.syntax, parsed.diagnostics)
    }
}
