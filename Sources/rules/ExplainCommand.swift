import RulesKit

/// `rules explain RULES… EVENTS… --rule R [--body B] [--date D | --event ID] [--as-of D] [--format text|json]`
enum ExplainCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "explain")
        let lang = try a.language()
        let format = try a.choice("format", ["text", "json"], default: "text")
        guard let rule = a.value("rule") else {
            throw .init(message: Localized(vi: "cần --rule TÊN_QUY_TẮC", en: "give --rule RULE_NAME"))
        }
        let date = try a.date("date")
        guard let evaluation = try EvaluationInput.load(a, lang: lang, explain: true, listKept: true)?.evaluate() else { return 2 }
        let findings = evaluation.findings.filter { f in
            f.rule == rule
                && a.value("event").map { f.eventId == $0 } ?? true
                && date.map { d in f.date == d || (f.period.map { Periods.contains(label: $0, d) } ?? false) } ?? true
        }
        guard !findings.isEmpty else {
            // Say which part of the selection matched nothing, with the nearest name.
            let rules = Set(evaluation.findings.map(\.rule))
            guard rules.contains(rule) else {
                throw .init(message: Localized(vi: "--rule: không có quy tắc '\(rule)'", en: "--rule: no rule '\(rule)'")
                                     + Suggestions.aside(Suggestions.closest(to: rule, in: rules)))
            }
            if let event = a.value("event") {
                let ids = Set(evaluation.findings.filter { $0.rule == rule }.compactMap(\.eventId))
                if !ids.contains(event) {
                    throw .init(message: Localized(vi: "--event: quy tắc '\(rule)' không đánh giá sự kiện '\(event)'",
                                                   en: "--event: rule '\(rule)' judged no event '\(event)'")
                                         + Suggestions.aside(Suggestions.closest(to: event, in: ids)))
                }
            }
            Terminal.writeError(Localized(vi: "không có kết luận nào của quy tắc '\(rule)' khớp với lựa chọn",
                                          en: "no verdict of rule '\(rule)' matches the selection").text(lang) + "\n")
            return 2
        }
        let report = ExplainReport(language: lang)
        Terminal.write(format == "json" ? report.json(findings) : report.text(findings))
        return findings.contains { $0.status == .violation } ? 1 : 0
    }
}
