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

extension IllustrativeSize {
    /// The note a report shows where the body is named.
    public var note: Localized {
        let n = members.map { String($0) } ?? "?"
        return Localized(vi: "\(body): số thành viên tệp quy chế ghi (\(n)) là minh họa: \(why); bản ghi membership trong nhật ký thay thế từ ngày của nó",
                         en: "\(body): the size the rules file gives (\(n) members) is illustrative: \(why); a membership record in the log replaces it from its date")
    }
}
