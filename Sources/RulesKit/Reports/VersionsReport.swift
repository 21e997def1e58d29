/// `rules versions`: which version was in force when, and what each amendment changed,
/// provision by provision.
public enum VersionsReport {
    public static func render(_ chain: RegulationChain, language: Language) -> String {
        var out = ""
        for (i, v) in chain.versions.enumerated() {
            let until = i + 1 < chain.versions.count ? "\(chain.versions[i + 1].effective.adding(days: -1))"
                : (v.model.regulation?.term.map { "\($0.upperBound)" } ?? "…")
            out += "\(v.code)  \(language.pick("hiệu lực", "in force")) \(v.effective) – \(until)"
            if let amends = v.model.regulation?.amends { out += "  (\(language.pick("sửa đổi", "amends")) \(amends))" }
            if let why = v.model.regulation?.illustrative { out += "  " + Citation.illustrativeMark.text(language) + ": \(why)" }
            if i == 0, let why = v.model.regulation?.numbering { out += "\n  " + Citation.numberingMark.text(language) + ": \(why)" }
            out += "\n"
            if i == 0 {
                out += "  " + (v.model.regulation?.title ?? "") + "\n"
                out += "  " + language.pick("\(v.model.provisions.count) điều, \(v.model.rules.count) quy tắc",
                                "\(v.model.provisions.count) articles, \(v.model.rules.count) rules") + "\n"
            }
            for c in v.changes {
                let verb = switch c.action {
                case .replace: language.pick("thay thế", "replaces")
                case .add: language.pick("bổ sung", "adds")
                case .repeal: language.pick("bãi bỏ", "repeals")
                }
                out += "  \(verb) \(c.target.text(language))"
                if let text = c.text { out += ": \"\(text)\"" }
                if !c.rules.isEmpty { out += " [\(c.rules.joined(separator: ", "))]" }
                if let why = c.illustrative { out += "\n    " + Citation.illustrativeMark.text(language) + ": \(why)" }
                out += "\n"
            }
        }
        return out
    }
}
