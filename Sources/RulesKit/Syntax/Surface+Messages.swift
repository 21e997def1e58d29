/// A message about a Vietnamese file names the language's words as the file writes them: the
/// parser and checker work in English words, so what they quote ('at least', 'meeting') is
/// respelled here, in both languages of the message.
extension Surface {
    /// `names`: a word that is both a keyword and a standard name (`members`) is read as the name
    /// (the checker speaks of names), else as the keyword (the parser speaks of keywords).
    func respell(_ message: Localized, names: Bool) -> Localized {
        Localized(vi: respell(message.vi, names: names), en: respell(message.en, names: names))
    }

    /// Each quoted span ('…') with its English words of the language in this spelling.
    func respell(_ text: String, names: Bool) -> String {
        guard self == .vietnamese else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "'") {
            out += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "'") else { break }
            out += "'" + respellWords(rest[after..<close], names: names) + "'"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Longest keyword phrase first; with `names`, a word alone that is a standard name is read as
    /// the name (`'kind'` in "did you mean 'kind'" is the field).
    private func respellWords(_ quoted: Substring, names: Bool) -> String {
        let words = quoted.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if names, words.count == 1, let name = SurfacePhrases.nameToVietnamese[words[0]] { return name }
        var out: [String] = []
        var i = 0
        while i < words.count {
            var matched = false
            for length in stride(from: min(4, words.count - i), through: 1, by: -1) {
                let phrase = words[i..<(i + length)].joined(separator: " ")
                if let vi = SurfacePhrases.keywordToVietnamese[phrase] ?? (length == 1 ? SurfacePhrases.nameToVietnamese[phrase] : nil) {
                    out.append(vi)
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out.append(words[i])
                i += 1
            }
        }
        return out.joined(separator: " ")
    }
}

extension Diagnostic {
    func respelled(_ surface: Surface, names: Bool) -> Diagnostic {
        var d = self
        d.message = surface.respell(message, names: names)
        d.hint = hint.map { surface.respell($0, names: names) }
        return d
    }
}
