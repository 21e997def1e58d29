/// `rules versions`: which version was in force when, and what each amendment changed,
/// provision by provision.
public enum VersionsReport {
    public static func render(_ chain: RegulationChain, language: Language) -> String {
        func t(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }
        var out = ""
        for (i, v) in chain.versions.enumerated() {
            let until = i + 1 < chain.versions.count ? "\(chain.versions[i + 1].effective.adding(days: -1))"
                : (v.model.regulation?.term.map { "\($0.upperBound)" } ?? "…")
            out += "\(v.code)  \(t("hiệu lực", "in force")) \(v.effective) – \(until)"
            if let amends = v.model.regulation?.amends { out += "  (\(t("sửa đổi", "amends")) \(amends))" }
            out += "\n"
            if i == 0 {
                out += "  " + (v.model.regulation?.title ?? "") + "\n"
                out += "  " + t("\(v.model.provisions.count) điều, \(v.model.rules.count) quy tắc",
                                "\(v.model.provisions.count) articles, \(v.model.rules.count) rules") + "\n"
            }
            for c in v.changes {
                let verb = switch c.action {
                case .replace: t("thay thế", "replaces")
                case .add: t("bổ sung", "adds")
                case .repeal: t("bãi bỏ", "repeals")
                }
                out += "  \(verb) \(c.target.text(language))"
                if let text = c.text { out += ": \"\(text)\"" }
                if !c.rules.isEmpty { out += " [\(c.rules.joined(separator: ", "))]" }
                out += "\n"
            }
        }
        return out
    }
}
