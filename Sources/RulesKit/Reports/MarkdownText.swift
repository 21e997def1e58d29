/// Text from an event log or a rules file placed in Markdown: it must read as the same characters,
/// never as markup (`<img onerror=…>`, `[link](…)`, `**`, a table's `|`).
enum MarkdownText {
    /// Backslash-escapes the ASCII punctuation that Markdown or embedded HTML would act on (CommonMark
    /// allows escaping any of it); an underscore between letters or digits is left alone, since it never
    /// starts emphasis there and identifiers such as `ty_le_du_hop` stay readable. Line breaks become spaces.
    static func text(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\n", "\r":
                out.append(" ")
            case "_" where i > 0 && i + 1 < scalars.count && wordy(scalars[i - 1]) && wordy(scalars[i + 1]):
                out.append(c)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "!", "#":
                out.append("\\")
                out.append(c)
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// A code span that holds `s` literally: fenced by one more backtick than its longest run of
    /// backticks, padded when it starts or ends with one. Not for table cells (a `|` would end the cell).
    static func code(_ s: String) -> String {
        let flat = String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        var longest = 0, run = 0
        for c in flat {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.first == "`" || flat.last == "`" ? " " : ""
        return fence + pad + flat + pad + fence
    }

    private static func wordy(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}
