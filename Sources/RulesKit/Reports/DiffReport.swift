/// `rules diff` as text, Markdown or JSON.
public struct DiffReport: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func name(_ r: CheckedRule?) -> String { r.map { $0.name } ?? "—" }

    private func cite(_ r: CheckedRule?) -> String { r.map { $0.citation.text(language) } ?? "" }

    public func text(_ pairs: [RegulationDiff.Pair], a: Model, b: Model) -> String {
        var out = "A: \(a.regulation?.code ?? a.file.path)\nB: \(b.regulation?.code ?? b.file.path)\n\n"
        // One column as wide as the longest verdict in this language.
        let width = max(18, (pairs.map { $0.verdict.localized.text(language).count }.max() ?? 0) + 1)
        for p in pairs {
            let label = p.a?.name == p.b?.name || p.b == nil ? name(p.a ?? p.b) : "\(name(p.a)) ~ \(name(p.b))"
            out += "\(p.verdict.localized.text(language).padding(toLength: width, withPad: " ", startingAt: 0)) \(label)"
            let c = cite(p.a ?? p.b)
            if !c.isEmpty { out += "  (\(c))" }
            out += "\n"
            for d in p.details { out += "    \(d.text(language))\n" }
        }
        return out
    }

    public func markdown(_ pairs: [RegulationDiff.Pair], a: Model, b: Model) -> String {
        var out = "| A: \(MarkdownText.text(a.regulation?.code ?? "")) | B: \(MarkdownText.text(b.regulation?.code ?? "")) | " + language.pick("Kết luận | Chi tiết", "Verdict | Details") + " |\n"
        out += "|---|---|---|---|\n"
        for p in pairs {
            let cell = { (r: CheckedRule?) in r.map { "`\($0.name)` \(MarkdownText.text($0.citation.text(language)))" } ?? "—" }
            out += "| \(cell(p.a)) | \(cell(p.b)) | \(p.verdict.localized.text(language)) | "
                + p.details.map { MarkdownText.text($0.text(language)) }.joined(separator: "<br>") + " |\n"
        }
        return out
    }

    /// The violations only one side finds in the same events, after the rules that saw nothing.
    /// `markdown` escapes the event text and makes the lines a list.
    public func differencesText(_ outcome: DifferentialEvaluation.Outcome, markdown: Bool = false) -> String {
        func t(_ s: String) -> String { markdown ? MarkdownText.text(s) : s }
        let item = markdown ? "- " : "  "
        var out = ""
        if !outcome.judgedNothing.isEmpty {
            out += language.pick("Quy tắc không đánh giá được gì trên các sự kiện này:", "Rules that judged nothing in these events:") + "\n"
            for d in outcome.judgedNothing {
                out += "\(item)\(d.side): \(t(d.finding.rule)): \(t((d.finding.why ?? d.finding.message).text(language)))\n"
            }
        }
        let ds = outcome.differences
        out += language.pick("Vi phạm chỉ một bên phát hiện: \(ds.count)", "Violations only one side finds: \(ds.count)") + "\n"
        for d in ds {
            let f = d.finding
            let (message, compared) = f.sentences(in: language)
            out += "\(item)\(d.side): \(t(f.rule)) \(t(f.body)) \(t(f.eventId ?? f.period ?? f.date.description)): \(t(message))"
            if let c = Finding.beside(message, compared, f.status, language) { out += " [\(t(c))]" }
            if d.contradictsVerdict { out += language.pick(" — mâu thuẫn với kết luận so sánh ở trên", " — contradicts the verdict above") }
            out += "\n"
        }
        return out
    }

    public func json(_ pairs: [RegulationDiff.Pair], a: Model, b: Model, outcome: DifferentialEvaluation.Outcome? = nil) -> String {
        let items = pairs.map { p in
            JSONText.object([
                ("a", p.a.map { JSONText.string($0.name) }),
                ("b", p.b.map { JSONText.string($0.name) }),
                ("verdict", JSONText.string(p.verdict.rawValue)),
                ("citation", JSONText.string((p.a ?? p.b)?.citation.text(.en) ?? "")),
                ("details", JSONText.array(p.details.map(Self.localized))),
            ])
        }
        let nothing = outcome.map { o in
            JSONText.array(o.judgedNothing.map { d in
                JSONText.object([("side", JSONText.string(d.side)), ("rule", JSONText.string(d.finding.rule)),
                                 ("why", Self.localized(d.finding.why ?? d.finding.message))])
            })
        }
        let diffs = outcome.map(\.differences).map { ds in
            JSONText.array(ds.map { d in
                JSONText.object([("side", JSONText.string(d.side)), ("rule", JSONText.string(d.finding.rule)),
                                 ("body", JSONText.string(d.finding.body)),
                                 ("at", JSONText.string(d.finding.eventId ?? d.finding.period ?? d.finding.date.description)),
                                 ("compared", d.finding.compared.map(JSONText.string)),
                                 ("contradicts_verdict", d.contradictsVerdict ? "true" : "false")])
            })
        }
        return JSONText.object([("a", JSONText.string(a.regulation?.code ?? "")), ("b", JSONText.string(b.regulation?.code ?? "")),
                                ("pairs", JSONText.array(items)), ("judged_nothing", nothing), ("differences", diffs)]) + "\n"
    }

    private static func localized(_ l: Localized) -> String {
        JSONText.object([("vi", JSONText.string(l.vi)), ("en", JSONText.string(l.en))])
    }
}
