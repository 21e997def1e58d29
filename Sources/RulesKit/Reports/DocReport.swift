/// `rules doc`: the regulation as a readable document for a training session — each article's
/// own text, and under it, in plain words, what the tool checks.
public struct DocReport: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    private func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    public func markdown(_ model: Model) -> String {
        let describe = RuleDescription(model: model)
        let rules = Dictionary(model.rules.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "# \(model.regulation?.code ?? "")" + (model.regulation?.title.map { " — \($0)" } ?? "") + "\n\n"
        if let r = model.regulation {
            var facts: [String] = []
            if let i = r.issuer { facts.append(i) }
            if let d = r.effective { facts.append(t("hiệu lực từ \(d)", "in force from \(d)")) }
            if let term = r.term { facts.append(t("nhiệm kỳ \(term.lowerBound) – \(term.upperBound)", "term \(term.lowerBound) – \(term.upperBound)")) }
            out += facts.joined(separator: "; ") + "\n\n"
        }
        if !model.bodyOrder.isEmpty {
            out += "## " + t("Cơ quan, tổ chức", "Bodies") + "\n\n"
            for name in model.bodyOrder {
                let b = model.bodies[name]!
                out += "- `\(name)`" + (b.label.map { " — \($0)" } ?? "")
                if let n = b.members.entries.last?.value { out += t(": \(n) thành viên", ": \(n) members") }
                out += "\n"
            }
            out += "\n"
        }
        func provision(_ p: Provision, depth: Int) {
            let word = switch (p.level, language) {
            case (.article, .vi): "Điều"
            case (.clause, .vi): "Khoản"
            case (.point, .vi): "Điểm"
            case (.article, .en): "Article"
            case (.clause, .en): "Clause"
            case (.point, .en): "Point"
            }
            let heading = String(repeating: "#", count: min(depth + 2, 6))
            if p.level == .article {
                out += "\(heading) \(word) \(p.number)." + (p.text.map { " \($0)" } ?? "") + "\n\n"
            } else {
                out += "\(heading) \(word) \(p.number)\n\n" + (p.text.map { "> \($0)\n\n" } ?? "")
            }
            if !p.rules.isEmpty {
                out += "_" + t("Công cụ kiểm tra:", "What the tool checks:") + "_\n\n"
                for name in p.rules {
                    guard let r = rules[name] else { continue }
                    out += "- " + (r.label.map { "\($0) " } ?? "") + "(`\(name)`): " + describe.describe(r).text(language) + "\n"
                }
                out += "\n"
            }
            for c in p.children { provision(c, depth: depth + 1) }
        }
        for p in model.provisions { provision(p, depth: 0) }
        return out
    }
}
