/// The verdict for a terminal or a text file: grouped by body, then by article, problems only,
/// then a table of checks kept and broken per rule and body.
public struct TextReport: Sendable {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    private var paint: Paint { Paint(enabled: color) }

    public func render(_ e: Evaluation, model: Model) -> String {
        var all = ""
        render(e, model: model) { all += $0 }
        return all
    }

    /// The report in pieces, one body at a time: a province's report need not be held whole.
    public func render(_ e: Evaluation, model: Model, write: (String) -> Void) {
        write(heading(regulation: e.regulation, title: e.title ?? model.regulation?.title, from: e.from, to: e.to, asOf: e.asOf,
                      notes: WindowText.notes(window: e.window, problem: e.windowProblem, asOf: e.asOf, basis: e.asOfBasis, population: e.population)
                        + model.illustrativeSizes.map(\.note)))
        sections(e.findings, model: model, write: write)
        write(closing(e))
    }

    /// The sections of the bodies these findings are about, in body name order; rules that judged
    /// nothing are for `closing`.
    public func sections(_ all: [Finding], model: Model, write: (String) -> Void) {
        let f = all.filter { !$0.wholeRule }
        let byBody = f.indices.sorted { f[$0].body < f[$1].body }
        var start = 0
        while start < byBody.count {
            var end = start
            while end < byBody.count && f[byBody[end]].body == f[byBody[start]].body { end += 1 }
            write(section(body: f[byBody[start]].body, findings: byBody[start..<end].map { f[$0] }, model: model))
            start = end
        }
    }

    public func heading(regulation: String, title: String?, from: Day, to: Day, asOf: Day, notes: [Localized] = []) -> String {
        var out = paint(language.pick("Quy chế", "Regulation") + " \(regulation)", "1")
        if let title { out += " — \(title)" }
        out += "\n" + language.pick("Đánh giá ", "Evaluated ") + WindowText.span(from: from, to: to, asOf: asOf).text(language) + "\n"
        for n in notes { out += n.text(language).wrapped(indent: "  ") + "\n" }
        return out
    }

    /// One body's problems, by article, in date order; empty when it has none to show.
    public func section(body: String, findings: [Finding], model: Model) -> String {
        let order = Dictionary(model.rules.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let f = findings
        // Not judged periods are shown: a supervisor must see why a period has no verdict.
        let shown = f.indices.filter { f[$0].status != .kept && f[$0].status != .pending }.sorted { i, j in
            let (ri, rj) = (order[f[i].rule, default: 0], order[f[j].rule, default: 0])
            if ri != rj { return ri < rj }
            if f[i].rule != f[j].rule { return f[i].rule < f[j].rule }
            return (f[i].date, f[i].eventId ?? "") < (f[j].date, f[j].eventId ?? "")
        }
        guard !shown.isEmpty else { return "" }
        var out = TextBuffer()
        out.add("\n", paint(body + (model.bodies[body]?.label.map { " — \($0)" } ?? ""), "1"), "\n")
        var from = 0
        while from < shown.count {
            let first = f[shown[from]]
            var to = from
            // One heading per rule and wording: an amended rule's findings under each version's own title.
            while to < shown.count && f[shown[to]].rule == first.rule && f[shown[to]].regulation == first.regulation { to += 1 }
            defer { from = to }
            // With amendments, the version applied is part of the citation: `02-QC/ĐU, Điều 8, khoản 3`.
            let cite = first.citation.text(language, in: first.regulation)
            out.add("  ", paint(cite + " — " + first.rule, "1"), first.ruleLabel.map { " (\($0))" } ?? "", "\n")
            for reason in first.citation.reasons(language) { out.add("    ", paint(reason, "2"), "\n") }
            for k in shown[from..<to] {
                let f = f[k]
                let mark = switch f.status {
                case .violation: paint("✗", "31")
                case .excused: paint("~", "36")
                case .notJudged: paint("–", "2")
                default: paint("!", "33")
                }
                out.add("    ", mark, " ")
                if let id = f.eventId { out.add(f.date.description, " ", id) } else { out.add(f.period ?? f.date.description) }
                out.add(": ")
                let (message, compared) = f.sentences(in: language)
                out.add(f.status.word.text(language), ": ", message)
                if let c = Finding.beside(message, compared, f.status, language) { out.add(" [", c, "]") }
                if let s = f.source { out.add(" (", s.file, ":", String(s.line), ")") }
                out.add("\n")
            }
        }
        return out.text
    }

    /// The targets, the references to events not in the log, then the table of checks.
    public func closing(_ e: Evaluation) -> String {
        var out = unjudgedRules(e) + absent(e) + uncovered(e) + unresolved(e)
        if !e.targets.isEmpty {
            out += "\n" + paint(language.pick("Chỉ tiêu", "Targets"), "1") + "\n"
            for r in e.targets {
                let share = r.share.percentText
                let verdict = paint(VerdictText.target(r).text(language), r.status == .kept ? "32" : r.status == .violation ? "31" : "33")
                out += "  \(r.rule) \(r.period): \(r.bodiesMeeting)/\(r.bodies) \(r.kind) \(language.pick("đạt", "kept")) \(r.keptRule) = \(share), "
                out += "\(language.pick("chỉ tiêu", "target")) \(r.target.percentText): \(verdict)\n"
            }
        }
        // One buffer for the end of the report: a national summary table is tens of megabytes.
        var text = TextBuffer()
        text.add(out, "\n")
        summary(e, into: &text)
        return text.text
    }

    /// The rules that made no check, each with why.
    func unjudgedRules(_ e: Evaluation) -> String {
        let rules = e.findings.filter(\.wholeRule)
        guard !rules.isEmpty else { return "" }
        var out = "\n" + paint(language.pick("Quy tắc không đánh giá được gì", "Rules that judged nothing"), "1") + "\n"
        for f in rules {
            out += "  " + paint("–", "2") + " \(f.citation.text(language, in: f.regulation)) — \(f.rule) (\(f.body)): "
            out += (f.why ?? f.message).text(language) + "\n"
        }
        return out
    }

    /// Texts the rules look for that the log never has, with the values it does have.
    func absent(_ e: Evaluation) -> String {
        guard !e.absentValues.isEmpty else { return "" }
        var out = "\n" + paint(language.pick("Giá trị quy tắc tìm mà nhật ký không có", "Values the rules look for that the log never has"), "1") + "\n"
        for a in e.absentValues { out += "  \(a.rule): " + FindingText.both.absentText(a).text(language) + "\n" }
        return out
    }

    /// The log's bodies no rule applies to, each with its events and the declared body it may mean.
    func uncovered(_ e: Evaluation) -> String {
        guard !e.bodiesWithoutRules.isEmpty else { return "" }
        var out = "\n" + paint(language.pick("Cơ quan trong nhật ký không có quy tắc nào áp dụng", "Bodies in the log no rule applies to"), "1") + "\n"
        for u in e.bodiesWithoutRules {
            out += "  \(u.body): " + language.pick("\(u.events) sự kiện", "\(u.events) event(s)")
            out += Suggestions.aside(u.suggestion).text(language)
            out += "\n"
        }
        return out
    }

    /// At most `shown` lines of references to ids the log does not have, and how many more.
    func unresolved(_ e: Evaluation, shown: Int = 20) -> String {
        guard !e.unresolved.isEmpty else { return "" }
        var out = "\n" + paint(language.pick("Tham chiếu tới sự kiện không có trong nhật ký", "References to events not in the log"), "1") + "\n"
        out += language.pick("  (coi như sự kiện chưa diễn ra; một mã gõ sai cũng trông như vậy)\n",
                             "  (taken as events not yet held; a mistyped id looks the same)\n")
        for u in e.unresolved.prefix(shown) {
            out += "  \(u.source.file):\(u.source.line)  \(u.field) → '\(u.id)' (\(u.type))"
            if let r = u.rejected {
                out += language.pick(" — bản ghi bị loại ở \(r.file):\(r.line)", " — its record was rejected at \(r.file):\(r.line)")
            }
            out += "\n"
        }
        if e.unresolved.count > shown {
            out += language.pick("  … và \(e.unresolved.count - shown) tham chiếu khác (--format json liệt kê đủ)\n",
                                 "  … and \(e.unresolved.count - shown) more (--format json lists them all)\n")
        }
        return out
    }

    /// One line per rule and body: "hop_thuong_ky  dang_uy  11 of 12 kept".
    public func summary(_ e: Evaluation) -> String {
        var out = TextBuffer()
        summary(e, into: &out)
        return out.text
    }

    func summary(_ e: Evaluation, into out: inout TextBuffer) {
        let header = [language.pick("cơ quan", "body"), language.pick("quy tắc", "rule")]
            + [Finding.Status.kept, .violation, .excused, .warning, .pending, .notJudged].map { $0.word.text(language) }
        // A rule amended in the window has a row per wording, each named by its version.
        var wordings: [String: Set<String>] = [:]
        for t in e.tallies { wordings[t.rule, default: []].insert(t.regulation) }
        func cells(_ r: RuleTally) -> [String] {
            let rule = wordings[r.rule, default: []].count > 1 ? "\(r.rule) (\(r.regulation))" : r.rule
            return [r.body, rule, "\(r.kept)/\(r.judged)", "\(r.violated)", "\(r.excused)", "\(r.warnings)", "\(r.pending)", "\(r.notJudged)"]
        }
        // Widths in characters; an ASCII cell (most are) is as wide as its bytes, known without
        // walking its characters. The widths are taken in a first pass and each row is written as it
        // is made: a national table has a million rows, too many to hold as cells.
        func width(_ s: String) -> Int { s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.count : s.count }
        var widths = header.map(width)
        for r in e.tallies { for (c, cell) in cells(r).enumerated() { widths[c] = max(widths[c], width(cell)) } }
        out.reserve(widths.reduce(2 * widths.count) { $0 + $1 } * (e.tallies.count + 1) + 1024)
        func line(_ row: [String]) {
            for (c, cell) in row.enumerated() {
                if c > 0 { out.spaces(2) }
                if c >= 2 { out.spaces(widths[c] - width(cell)) }
                out.add(cell)
                if c < 2 { out.spaces(widths[c] - width(cell)) }
            }
            out.add("\n")
        }
        line(header)
        for r in e.tallies { line(cells(r)) }
        out.add("\n", e.accounting.text(language), " ")
        let colour = switch VerdictText.exitStatus(e) {
        case 0: "32"
        case 1: "31"
        default: "33"
        }
        out.add(paint(VerdictText.sentence(e).text(language), colour))
        out.add("\n")
    }
}
