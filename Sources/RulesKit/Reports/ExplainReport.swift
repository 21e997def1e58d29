/// `rules explain`: why a verdict is what it is, in sentences a supervisor can read — the
/// clause's own text, the events considered (file and line), every value computed, the conclusion.
public struct ExplainReport: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }


    public func text(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings {
            let cite = f.citation.text(language, in: f.regulation)
            out += "\(cite) — \(f.rule)" + (f.ruleLabel.map { " (\($0))" } ?? "") + "\n"
            if let q = f.citation.quote { out += "  \(language.pick("Văn bản", "Text")): \"\(q)\"\n" }
            out += "  \(language.pick("Cơ quan", "Body")): \(f.body); " + (f.eventId.map { language.pick("sự kiện \($0)", "event \($0)") }
                ?? f.period.map { language.pick(PeriodWords.vietnamese($0), "period \($0)") } ?? "\(f.date)") + "\n"
            if !f.considered.isEmpty {
                out += "  \(language.pick("Sự kiện đã xem xét", "Events considered")):\n"
                for s in f.considered { out += "    \(s.file):\(s.line)\n" }
            } else if !f.isTarget {
                // A target counts bodies, not events: its steps name them.
                out += "  " + language.pick("Không có sự kiện nào phù hợp.", "No matching event.") + "\n"
            }
            for s in f.stepTexts { out += "  \(s.text(language))\n" }
            // In Vietnamese the values are named in Vietnamese words, as the findings name them.
            if let c = f.compared {
                out += "  \(language.pick("Giá trị so sánh", "Values compared")): \(language == .vi ? Surface.vietnamese(expression: c) : c)\n"
            }
            if let r = f.reason { out += "  \(language.pick("Lý do ngoại lệ", "Exception claimed")): \(r)\n" }
            if let w = f.why { out += "  \(language.pick("Không đánh giá vì", "Not judged because")): \(w.text(language))\n" }
            // "kept — kept" says it twice: the message only when it adds to the status.
            let word = f.status.word.text(language), message = f.message.text(language)
            out += "  \(language.pick("Kết luận", "Conclusion")): \(word)" + (message == word ? "" : " — \(message)") + "\n\n"
        }
        return out
    }

    public func json(_ findings: [Finding]) -> String {
        let s = JSONText.string
        return JSONText.array(findings.map { f in
            JSONText.object([
                ("regulation", s(f.regulation)), ("rule", s(f.rule)), ("citation", s(f.citation.text(language))),
                ("quote", f.citation.quote.map(s)), ("body", s(f.body)), ("event_id", f.eventId.map(s)), ("period", f.period.map(s)),
                ("considered", JSONText.array(f.considered.map { JSONText.object([("file", s($0.file)), ("line", "\($0.line)")]) })),
                ("steps", JSONText.array(f.stepTexts.map { s($0.text(language)) })),
                ("compared", f.compared.map(s)), ("status", s(f.status.rawValue)), ("message", s(f.message.text(language))),
                ("detail", FindingJSON.detail(f.detail)), ("values", f.values.map(FindingJSON.values)),
            ])
        }) + "\n"
    }
}
