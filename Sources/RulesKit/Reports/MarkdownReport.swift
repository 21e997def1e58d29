/// A report in the shape of a supervision conclusion (seed 004): what was kept (Ưu điểm), what
/// was broken (Hạn chế), excused cases with their reasons, targets. Causes and tasks are the
/// supervisors' judgement: the report leaves them as headings to fill in, it does not invent them.
public struct MarkdownReport: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }


    private func ruleTitle(_ r: ReportSummary.RuleLine, versioned: Bool) -> String {
        let cite = r.citation.text(language, in: versioned ? r.regulation : "")
        // A rule without a label is named by its name alone, not by an empty label and its name.
        return (cite.isEmpty ? "" : "**\(MarkdownText.text(cite))** — ") + (r.label.map { "\(MarkdownText.text($0)) (`\(r.rule)`)" } ?? "`\(r.rule)`")
            + r.citation.reasons(language).map { " — _\(MarkdownText.text($0))_" }.joined()
    }

    public func render(_ e: Evaluation, model: Model) -> String {
        render(e, model: model, listed: MarkdownFindings(e.findings))
    }

    /// `listed`: the findings the report lists, gathered as the bodies were judged (the
    /// evaluation's own `findings` are then only those left after the bodies).
    public func render(_ e: Evaluation, model: Model, listed: MarkdownFindings) -> String {
        let summary = ReportSummary(e, model: model, language: language)
        let title = e.title ?? model.regulation?.title ?? e.regulation
        var out = "# " + language.pick("Kết quả kiểm tra việc thực hiện", "Supervision of") + " \(MarkdownText.text(e.regulation))\n\n"
        out += "\(MarkdownText.text(title))\n\n"
        out += language.pick("Thời gian kiểm tra: ", "Period examined: ") + WindowText.span(from: e.from, to: e.to, asOf: e.asOf).text(language) + ". "
        for n in WindowText.notes(window: e.window, problem: e.windowProblem, asOf: e.asOf, basis: e.asOfBasis, population: e.population)
            + e.illustrativeSizes.map(\.note) { out += MarkdownText.text(n.text(language)) + " " }
        out += e.accounting.text(language) + " "
        out += language.pick("\(summary.bodies.count) cơ quan, tổ chức được đánh giá.", "\(summary.bodies.count) bodies judged.") + " "
        out += VerdictText.sentence(e).text(language) + "\n\n"

        var section = 0
        func heading(_ vi: String, _ en: String) -> String {
            section += 1
            return "## \(section). " + language.pick(vi, en) + "\n\n"
        }
        // Per rule, the bodies that broke it among those it judged: "broken by 212 of 1,117 cells".
        var judgedBodies: [String: (all: Set<String>, broke: Set<String>)] = [:]
        for t in e.tallies where t.kept + t.violated > 0 {
            judgedBodies[t.rule, default: ([], [])].all.insert(t.body)
            if t.violated > 0 { judgedBodies[t.rule]!.broke.insert(t.body) }
        }
        /// A strength is a rule kept well: in 95% of its checks and by 90% of the bodies it judged.
        /// A rule a fifth of the cells broke is a limitation, however many checks it passed.
        func keptWell(_ r: ReportSummary.RuleLine) -> Bool {
            guard r.kept > 0, let rate = r.rate, !(rate < Self.keptWell) else { return false }
            guard let b = judgedBodies[r.rule], let share = Rational(Int64(b.all.count - b.broke.count), Int64(max(b.all.count, 1))) else { return true }
            return !(share < Self.keptWellByBodies)
        }
        out += heading("Ưu điểm", "Strengths (kept)")
        // An empty heading would read as an omission: say that no rule reached the bar, and what it is.
        if !summary.rules.contains(where: keptWell) {
            out += language.pick("Không quy tắc nào đạt ở ít nhất \(Self.keptWell.percentText) số lần kiểm tra và \(Self.keptWellByBodies.percentText) số cơ quan.\n",
                                 "No rule was kept in at least \(Self.keptWell.percentText) of its checks and by \(Self.keptWellByBodies.percentText) of its bodies.\n")
        }
        for r in summary.rules where keptWell(r) {
            // "All kept" only when nothing of the rule is left undecided.
            let open = r.pending + r.notJudged + r.warnings
            let all = r.broken == 0 && open == 0 ? language.pick(" — đạt toàn bộ", " — all kept") : ""
            var tail = ""
            if r.notJudged > 0 { tail += language.pick("; \(r.notJudged) không đánh giá", "; \(r.notJudged) not judged") }
            if r.pending > 0 { tail += language.pick("; \(r.pending) chưa đến hạn", "; \(r.pending) pending") }
            if r.warnings > 0 { tail += language.pick("; \(r.warnings) cảnh báo", "; \(r.warnings) warning(s)") }
            out += "- \(ruleTitle(r, versioned: summary.versioned)): " + language.pick("\(r.kept)/\(r.kept + r.broken) lần kiểm tra đạt", "\(r.kept) of \(r.kept + r.broken) checks kept") + "\(all)\(tail)\(rates(r.rule, e)).\n"
        }

        out += "\n" + heading("Hạn chế, khuyết điểm", "Limitations (violations)")
        if e.violations == 0 { out += VerdictText.sentence(e).text(language) + "\n" }
        for r in summary.rules where r.broken > 0 {
            var counts = language.pick("\(r.broken) vi phạm", "\(r.broken) violation(s)")
            if let rate = r.rate, r.kept + r.broken > 1 { counts += language.pick(", đạt \(r.kept)/\(r.kept + r.broken) lần kiểm tra (\(rate.percentText))",
                                                           ", \(r.kept) of \(r.kept + r.broken) checks kept (\(rate.percentText))") }
            if let b = judgedBodies[r.rule], b.all.count > 1, let share = Rational(Int64(b.broke.count), Int64(b.all.count)) {
                counts += language.pick("; \(b.broke.count)/\(b.all.count) cơ quan vi phạm (\(share.percentText))",
                                        "; broken by \(b.broke.count) of \(b.all.count) bodies (\(share.percentText))")
            }
            out += "- \(ruleTitle(r, versioned: summary.versioned)): " + counts + rates(r.rule, e) + "\n"
            // The text of the version that judged these violations: an amendment may reword the clause.
            let (judged, count) = listed.violations(rule: r.rule, regulation: r.regulation)
            if let quote = judged.first?.citation.quote ?? r.citation.quote {
                out += "  > \(MarkdownText.text(quote)) (\(MarkdownText.text(r.citation.text(language, in: r.regulation))))\n"
            }
            for f in judged { out += "  - \(line(f))\n" }
            if count > judged.count {
                out += "  - " + language.pick("… và \(count - judged.count) vi phạm khác (đủ cả trong --format csv hoặc json)",
                                              "… and \(count - judged.count) more (all of them in --format csv or json)") + "\n"
            }
        }

        if !listed.excused.isEmpty {
            out += "\n" + heading("Trường hợp đặc biệt (được miễn)", "Excused (special cases)")
            for f in listed.excused { out += "- \(line(f))\n" }
        }

        if !e.targets.isEmpty {
            out += "\n" + heading("Chỉ tiêu", "Targets")
            out += "| " + [language.pick("Chỉ tiêu", "Target"), language.pick("Kỳ", "Period"), language.pick("Đạt", "Met by"), language.pick("Tỷ lệ", "Share"),
                          language.pick("Chỉ tiêu", "Target"), language.pick("Kết quả", "Result")].joined(separator: " | ") + " |\n"
            out += "|---|---|---|---|---|---|\n"
            for r in e.targets {
                let share = r.share.percentText
                out += "| `\(r.rule)` (`\(r.keptRule)`) | \(r.period) | \(r.bodiesMeeting)/\(r.bodies) \(r.kind) | \(share) | "
                    + "\(r.target.percentText) | \(r.status == .violation ? "**\(VerdictText.target(r).text(language))**" : VerdictText.target(r).text(language)) |\n"
            }
            out += byParent(e.targets)
        }
        if !e.byParent.isEmpty {
            out += "\n" + language.pick("Quy tắc tính chung cho cả loại tổ chức, tính lại riêng cho từng tổ chức cấp trên (số liệu tham khảo, không phải kết luận):",
                                         "Rules for a kind as a whole, figured again for each parent's bodies alone (figures, not verdicts):") + "\n\n"
            out += "| " + [language.pick("Cấp trên", "Parent"), language.pick("Quy tắc", "Rule"), language.pick("Kỳ", "Period"),
                           language.pick("Kết quả", "Result"), language.pick("Tỷ lệ", "Rate"), language.pick("Số liệu", "Figures")]
                .joined(separator: " | ") + " |\n|---|---|---|---|---|---|\n"
            for f in e.byParent {
                let name = e.parentNames[f.body] ?? f.body
                let figures = f.compared ?? ""
                let rate = ComparedText.rate(f.values)?.percentText ?? "—"
                out += "| \(MarkdownText.text(name)) | `\(f.rule)` | \(MarkdownText.text(f.period ?? "")) | \(levelWord(f.status)) | \(rate) | \(MarkdownText.text(figures)) |\n"
            }
        }

        let other = listed.open
        if !other.isEmpty || !e.unresolved.isEmpty || !e.bodiesWithoutRules.isEmpty || !e.absentValues.isEmpty {
            out += "\n" + heading("Chưa kết luận được", "Not yet decided")
            // Each entry says which provision it is about: these are the open questions of the conclusion.
            for f in other {
                let cite = f.citation.text(language, in: summary.versioned ? f.regulation : "")
                out += "- \(f.status.word.text(language)): " + (cite.isEmpty ? "" : "**\(MarkdownText.text(cite))**, ") + "`\(f.rule)` — \(line(f))\n"
            }
            for a in e.absentValues {
                out += "- " + language.pick("giá trị không có trong nhật ký", "value the log never has") + ": `\(a.rule)` — "
                    + MarkdownText.text(FindingText.both.absentText(a).text(language)) + "\n"
            }
            for u in e.bodiesWithoutRules {
                out += "- " + language.pick("cơ quan không có quy tắc nào áp dụng", "body no rule applies to")
                    + ": \(MarkdownText.code(u.body)), " + language.pick("\(u.events) sự kiện", "\(u.events) event(s)")
                    + (u.suggestion.map { language.pick(" (có phải \(MarkdownText.code($0))?)", " (did you mean \(MarkdownText.code($0))?)") } ?? "") + "\n"
            }
            for u in e.unresolved {
                out += "- " + language.pick("tham chiếu tới sự kiện không có trong nhật ký", "reference to an event not in the log")
                    + ": \(MarkdownText.text(u.source.file)):\(u.source.line), `\(u.field)` → \(MarkdownText.code(u.id))"
                    + (u.rejected.map { language.pick(" (bản ghi bị loại ở dòng \($0.line))", " (its record was rejected at line \($0.line))") } ?? "") + "\n"
            }
        }

        out += "\n## " + language.pick("Nguyên nhân", "Causes") + "\n\n" + language.pick("_(Đoàn kiểm tra nhận định.)_", "_(For the supervisors to state.)_") + "\n"
        out += "\n## " + language.pick("Nhiệm vụ, giải pháp", "Tasks") + "\n\n" + language.pick("_(Đoàn kiểm tra đề xuất.)_", "_(For the supervisors to state.)_") + "\n"
        return out
    }

    /// At least this share of a rule's decided checks kept, and of the bodies it judged keeping it
    /// throughout, makes it a strength.
    static let keptWell = Rational(19, 20)!, keptWellByBodies = Rational(9, 10)!
    /// Violations listed under one rule; the rest are counted (every format but text and Markdown lists all).
    public static let listedPerRule = 20

    /// A kind's rate as a whole, period by period: "; 2024: tỷ lệ ≈95.71%".
    private func rates(_ rule: String, _ e: Evaluation) -> String {
        e.findings.filter { $0.rule == rule && $0.ofKind }.compactMap { f in
            ComparedText.rate(f.values).map { "; \(f.period ?? ""): " + language.pick("tỷ lệ \($0.percentText)", "rate \($0.percentText)") }
        }.joined()
    }

    /// A parent's figure is measured against the kind's rule, not judged by it.
    private func levelWord(_ s: Finding.Status) -> String {
        switch s {
        case .kept: language.pick("đạt mức", "at the level")
        case .violation: language.pick("**dưới mức**", "**below the level**")
        default: s.word.text(language)
        }
    }

    /// Each target again under each parent of the roster (a base organisation's cells): the
    /// appendix a bloc's report gives per base organisation. One table per period, a column per target.
    private func byParent(_ targets: [TargetResult]) -> String {
        var out = ""
        for period in targets.map(\.period).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } } {
            let ts = targets.filter { $0.period == period && !$0.byParent.isEmpty }
            guard let first = ts.first else { continue }
            out += "\n" + language.pick("Theo tổ chức cấp trên, kỳ \(period):", "By parent, period \(period):") + "\n\n"
            out += "| " + ([language.pick("Cấp trên", "Parent"), first.kind] + ts.map { "`\($0.keptRule)`" }).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: ts.count + 2) + "\n"
            for p in first.byParent {
                let name = MarkdownText.text(p.name ?? p.parent)
                let cells = ts.map { t -> String in
                    guard let q = t.byParent.first(where: { $0.parent == p.parent }) else { return "—" }
                    return "\(q.bodiesMeeting)/\(q.bodies) (\(q.share.percentText))"
                }
                out += "| \(name) | \(p.bodies) | " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    private func line(_ f: Finding) -> String {
        var s = "\(f.date), \(MarkdownText.text(f.body))"
        if let id = f.eventId { s += ", \(MarkdownText.code(id))" } else if let p = f.period { s += ", \(MarkdownText.text(p))" }
        let (message, compared) = f.sentences(in: language)
        s += ": \(MarkdownText.text(message))"
        if let c = Finding.beside(message, compared, f.status, language) { s += " (\(MarkdownText.text(c)))" }
        if f.status == .excused, f.citation.text(language).isEmpty == false { s += " — \(MarkdownText.text(f.citation.text(language))), `\(f.rule)`" }
        return s
    }
}
