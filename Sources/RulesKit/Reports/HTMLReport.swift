/// One self-contained HTML file (inline CSS and SVG, no script, no external resource): a
/// population summary, a summary per rule, a compliance calendar per body (months across, rules
/// down, worst bodies first) and the table of findings. The markup is well-formed XML, so tests
/// (and other tools) can read it back.
public struct HTMLReport: Sendable {
    public var language: Language
    /// Calendars drawn at most; the rest of a large population is summarised, not drawn.
    public var maxCalendars: Int

    public init(language: Language, maxCalendars: Int = 60) {
        self.language = language
        self.maxCalendars = maxCalendars
    }


    static func escape(_ s: String) -> String {
        // Most texts have nothing to escape: returned whole, not rebuilt character by character.
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
        else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static let style = """
    body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:24px;color:#1d2430;max-width:1200px}
    h1{font-size:22px;margin-bottom:4px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccd}
    h3{font-size:15px;margin:18px 0 4px}table{border-collapse:collapse;font-size:13px;margin:8px 0}
    th,td{border:1px solid #ccd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#eef1f6}
    td.n{text-align:right}.meta{color:#556;font-size:13px}.bad{color:#b3261e;font-weight:bold}.ok{color:#1e7b34;font-weight:bold}.open{color:#8a5a00}
    .legend span{display:inline-block;margin-right:14px;font-size:12px}.sw{width:12px;height:12px;display:inline-block;vertical-align:middle;margin-right:4px;border:1px solid #999}
    rect.kept,.sw.kept{fill:#4caf50;background:#4caf50}rect.violation,.sw.violation{fill:#d93025;background:#d93025}
    rect.excused,.sw.excused{fill:#f2b600;background:#f2b600}rect.pending,.sw.pending{fill:#ffffff;background:#ffffff}rect.not-judged,.sw.not-judged{fill:#c8c8c8;background:#c8c8c8}rect.warning,.sw.warning{fill:#e8740c;background:#e8740c}
    rect.no-data,.sw.no-data{fill:#d7dbe2;background:#d7dbe2}rect{stroke:#8a93a3;stroke-width:0.5}
    svg text{font-size:11px;fill:#334}
    """

    public func render(_ e: Evaluation, model: Model) -> String {
        opening(e, model: model, summary: ReportSummary(e, model: model, language: language)) + rows(e.findings) + Self.closing
    }

    /// Everything before the findings table's rows: `rules evaluate` writes the rows as the bodies
    /// are judged, keeps them aside, and writes them after this.
    public func opening(_ e: Evaluation, model: Model, summary s: ReportSummary) -> String {
        let esc = Self.escape
        let title = language.pick("Kết quả kiểm tra", "Supervision report") + " — \(e.regulation)"
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\"/>"
        out += "<title>\(esc(title))</title><style>\(Self.style)</style></head><body>\n"
        out += "<h1>\(esc(title))</h1>\n<p class=\"meta\">\(esc(e.title ?? model.regulation?.title ?? ""))<br/>"
        out += esc(WindowText.span(from: e.from, to: e.to, asOf: e.asOf).text(language).capitalizedFirst + ". ")
        for n in WindowText.notes(window: e.window, problem: e.windowProblem, asOf: e.asOf, basis: e.asOfBasis, population: e.population)
            + e.illustrativeSizes.map(\.note) { out += esc(n.text(language) + " ") }
        out += esc(e.accounting.text(language) + " " + VerdictText.sentence(e).text(language))
        out += "</p>\n"

        // Population first: a supervisor of 1,117 cells reads this before any single cell.
        let withViolations = s.bodies.filter { $0.broken > 0 }.count
        out += "<h2 id=\"population\">\(language.pick("Tổng quan", "Population"))</h2>\n<p>"
        out += esc(language.pick("\(s.bodies.count) cơ quan, tổ chức; \(withViolations) có vi phạm; \(e.violations) vi phạm tất cả.",
                     "\(s.bodies.count) bodies; \(withViolations) with violations; \(e.violations) violations in all."))
        out += "</p>\n"
        if !e.targets.isEmpty {
            out += "<table id=\"targets\"><tr><th>\(language.pick("Chỉ tiêu", "Target"))</th><th>\(language.pick("Kỳ", "Period"))</th><th>\(language.pick("Đạt", "Met by"))</th><th>\(language.pick("Tỷ lệ", "Share"))</th><th>\(language.pick("Chỉ tiêu", "Target"))</th><th>\(language.pick("Kết quả", "Result"))</th></tr>\n"
            for r in e.targets {
                let share = r.share.percentText
                out += "<tr class=\"target\"><td>\(esc(r.rule)) (\(esc(r.keptRule)))</td><td>\(esc(r.period))</td><td class=\"n\">\(r.bodiesMeeting)/\(r.bodies)</td>"
                out += "<td class=\"n\">\(esc(share))</td><td class=\"n\">\(esc(r.target.percentText))</td>"
                out += "<td class=\"\(r.status == .kept ? "ok" : r.status == .violation ? "bad" : "open")\">\(esc(VerdictText.target(r).text(language)))</td></tr>\n"
            }
            out += "</table>\n"
        }

        out += "<h2 id=\"rules\">\(language.pick("Theo quy tắc", "By rule"))</h2>\n<table><tr><th>\(language.pick("Điều khoản", "Provision"))</th><th>\(language.pick("Quy tắc", "Rule"))</th>"
        for status in [Finding.Status.kept, .violation, .excused, .warning, .pending, .notJudged] { out += "<th>\(esc(status.word.text(language)))</th>" }
        out += "<th>\(language.pick("Tỷ lệ đạt", "Rate"))</th><th>\(language.pick("Chỉ tiêu", "Target"))</th></tr>\n"
        for r in s.rules {
            let cite = r.citation.text(language, in: s.versioned ? r.regulation : "")
            let reasons = r.citation.reasons(language).map { "<br/><small>\(esc($0))</small>" }.joined()
            out += "<tr class=\"rule\" data-rule=\"\(esc(r.rule))\"><td>\(esc(cite))\(reasons)</td><td>\(esc(r.label ?? r.rule))<br/><code>\(esc(r.rule))</code></td>"
            for n in [r.kept, r.broken, r.excused, r.warnings, r.pending, r.notJudged] { out += "<td class=\"n\">\(n)</td>" }
            out += "<td class=\"n\">\(esc(r.rate?.percentRounded ?? "—"))</td><td class=\"n\">\(esc(r.target?.percentText ?? ""))</td></tr>\n"
        }
        out += "</table>\n"

        out += calendars(s, model: model)

        out += "<h2 id=\"findings\">\(language.pick("Các phát hiện", "Findings"))</h2>\n<table><tr><th>\(language.pick("Tình trạng", "Status"))</th><th>\(language.pick("Ngày", "Date"))</th>"
        out += "<th>\(language.pick("Cơ quan", "Body"))</th><th>\(language.pick("Sự kiện / kỳ", "Event / period"))</th><th>\(language.pick("Điều khoản", "Provision"))</th><th>\(language.pick("Nội dung", "Finding"))</th></tr>\n"
        return out
    }

    /// The findings table's rows: every finding but the kept checks.
    public func rows(_ findings: [Finding]) -> String {
        let esc = Self.escape
        var out = ""
        for f in findings where f.status != .kept {
            out += "<tr class=\"finding\" data-status=\"\(f.status.rawValue)\" data-rule=\"\(esc(f.rule))\" data-body=\"\(esc(f.body))\" data-at=\"\(esc(f.eventId ?? f.period ?? ""))\">"
            out += "<td>\(esc(f.status.word.text(language)))</td><td>\(f.date)</td><td>\(esc(f.body))</td><td>\(esc(f.eventId ?? f.period ?? ""))</td>"
            // The version applied is part of the citation: an amended clause has another text.
            out += "<td>\(esc(f.citation.text(language, in: f.regulation)))"
            let (message, compared) = f.sentences(in: language)
            out += "<br/><code>\(esc(f.rule))</code></td><td>\(esc(message))"
            if let c = compared { out += "<br/><code>\(esc(c))</code>" }
            out += "</td></tr>\n"
        }
        return out
    }

    public static let closing = "</table>\n</body></html>\n"

    /// The cells speak the findings' own status words.
    private func cellWord(_ c: ReportSummary.Cell) -> String {
        c.status?.word.text(language) ?? language.pick("không có dữ liệu", "no data")
    }

    /// Months across, rules down, one coloured cell each; the findings on hover via `<title>`.
    private func calendars(_ s: ReportSummary, model: Model) -> String {
        let esc = Self.escape
        var out = "<h2 id=\"calendars\">\(language.pick("Lịch tuân thủ", "Compliance calendar"))</h2>\n<p class=\"legend\">"
        for cell in [ReportSummary.Cell.kept, .violation, .excused, .noData, .pending, .notJudged, .warning] {
            out += "<span><i class=\"sw \(cell.rawValue)\"></i>\(cellWord(cell))</span>"
        }
        out += "</p>\n"
        if s.months.isEmpty && s.windowMonths > ReportSummary.calendarMonths {
            return out + "<p class=\"meta\">" + esc(language.pick(
                "Khoảng thời gian kiểm tra dài \(s.windowMonths) tháng; lịch tuân thủ chỉ vẽ cho tối đa \(ReportSummary.calendarMonths) tháng (chọn --from/--to hoặc --term). Các phát hiện có trong bảng dưới.",
                "The window spans \(s.windowMonths) months; the compliance calendar is drawn for at most \(ReportSummary.calendarMonths) (choose --from/--to or --term). The findings are in the table below.")) + "</p>\n"
        }
        let ruleNames = s.rules.map(\.rule)
        let cellW = 26, cellH = 16, labelW = 200, headH = 18
        for b in s.bodies.prefix(maxCalendars) {
            let rows = ruleNames.filter { b.grid[$0] != nil }
            let width = labelW + cellW * s.months.count + 4, height = headH + cellH * rows.count + 4
            out += "<h3 class=\"body\" data-body=\"\(esc(b.body))\">\(esc(b.body))\(model.bodies[b.body]?.label.map { " — " + esc($0) } ?? "")"
            out += " <small>(" + language.pick("\(b.broken) vi phạm", "\(b.broken) violation\(b.broken == 1 ? "" : "s")") + ")</small></h3>\n"
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\">"
            for (i, m) in s.months.enumerated() {
                out += "<text x=\"\(labelW + i * cellW + 3)\" y=\"12\">\(m.month < 10 ? "0" : "")\(m.month)</text>"
            }
            for (r, rule) in rows.enumerated() {
                let y = headH + r * cellH
                out += "<text x=\"0\" y=\"\(y + 12)\">\(esc(String(rule.prefix(28))))</text>"
                for (i, cell) in b.grid[rule]!.enumerated() {
                    let month = s.months[i]
                    var tip = "\(rule) \(month.year)-\(month.month < 10 ? "0" : "")\(month.month): \(cellWord(cell))"
                    for n in b.notes["\(rule)#\(i)"] ?? [] { tip += "\n" + n }
                    out += "<rect class=\"\(cell.rawValue)\" x=\"\(labelW + i * cellW)\" y=\"\(y)\" width=\"\(cellW - 2)\" height=\"\(cellH - 2)\"><title>\(esc(tip))</title></rect>"
                }
            }
            out += "</svg>\n"
        }
        if s.bodies.count > maxCalendars {
            out += "<p class=\"meta\">" + esc(language.pick("Còn \(s.bodies.count - maxCalendars) cơ quan, tổ chức ít vi phạm hơn; các phát hiện của họ có trong bảng dưới.",
                                               "\(s.bodies.count - maxCalendars) more bodies with fewer violations; their findings are in the table below.")) + "</p>\n"
        }
        return out
    }
}
