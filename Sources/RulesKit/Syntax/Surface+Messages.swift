/// A message about a Vietnamese file names the language's words as the file writes them: the
/// parser and checker work in English words, so what they quote ('at least', 'meeting') is
/// respelled here, in both languages of the message.
extension Surface {
    func respell(_ message: Localized) -> Localized {
        Localized(vi: respell(message.vi), en: respell(message.en))
    }

    /// Each quoted span ('…') with its English words of the language in this spelling.
    func respell(_ text: String) -> String {
        guard self == .vietnamese else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "'") {
            out += rest[..<open]
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "'") else { break }
            out += "'" + respellWords(rest[after..<close]) + "'"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Longest keyword phrase first; a word alone that is a standard name is read as the name
    /// (`'kind'` in "did you mean 'kind'" is the field).
    private func respellWords(_ quoted: Substring) -> String {
        let words = quoted.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count == 1, let name = SurfacePhrases.nameToVietnamese[words[0]] { return name }
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
    func respelled(_ surface: Surface) -> Diagnostic {
        var d = self
        d.message = surface.respell(message)
        d.hint = hint.map(surface.respell)
        return d
    }
}
