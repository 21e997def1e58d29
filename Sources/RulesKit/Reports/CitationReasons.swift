extension Citation {
    /// Why a citation carries its marks, as a report shows it under the citation: what is
    /// illustrative and what is the encoder's reading, each with the file's reason.
    func reasons(_ language: Language) -> [String] {
        var out: [String] = []
        if let why = illustrative { out.append(Self.illustrativeMark.text(language) + ": " + why) }
        if let why = reading, illustrative == nil { out.append(Self.readingMark.text(language) + ": " + why) }
        return out
    }
}
