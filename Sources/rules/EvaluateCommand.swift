import Foundation
import RulesKit

/// `rules evaluate RULES… EVENTS… [--from D] [--to D] [--term] [--as-of D] [--body B]
///  [--format text|json|jsonl|markdown|html|csv] [--kept] [--jobs N] [--lang vi|en] [--skip-invalid]`
/// Several `.rules` files are a regulation and its amendments: each event is judged by the
/// version in force on its date.
enum EvaluateCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "evaluate")
        let format = try a.choice("format", ["text", "json", "jsonl", "markdown", "html", "csv"], default: "text")
        // Reports meant to be handed over are Vietnamese unless asked otherwise.
        let lang = a.value("lang") == nil && (format == "markdown" || format == "html") ? .vi : try a.language()
        // Kept checks are counted; they are listed only on request. The HTML calendars colour a
        // month kept from its first kept check.
        guard let input = try EvaluationInput.load(a, lang: lang, listKept: a.has("kept") && format != "html", keptOnePerMonth: format == "html")
        else { return 2 }
        if a.has("kept") && !["json", "jsonl", "csv"].contains(format) {
            Terminal.writeError(Localized(vi: "lưu ý: --kept chỉ liệt kê các lần kiểm tra đạt trong json, jsonl và csv; báo cáo \(format) chỉ đếm chúng",
                                          en: "note: --kept lists the checks kept in json, jsonl and csv only; the \(format) report counts them").text(lang) + "\n")
        }
        let model = input.chain.versions.last!.model
        let extras = (errors: input.log.recordErrors, unknown: input.log.unknownFields, unlisted: input.log.unlistedUnknownFields)
        // Text, JSON, JSON Lines and CSV are written body by body as each is judged: a province's
        // findings are never all held.
        switch format {
        case "text":
            let report = TextReport(language: lang, color: Terminal.colorOnStdout())
            let (codes, window) = input.heading
            Terminal.write(report.heading(regulation: codes, title: input.chain.base.model.regulation?.title, from: window.range.lowerBound,
                                          to: window.range.upperBound, asOf: input.options.asOf,
                                          notes: WindowText.notes(window: window, problem: nil, asOf: input.options.asOf,
                                                                  basis: input.options.asOfBasis,
                                                                  population: input.regulation.population(input.log))
                                              + model.illustrativeSizes.map(\.note)))
            let evaluation = input.evaluate(streaming: Streaming(render: { body, findings in report.section(body: body, findings: findings, model: model) },
                                                                 write: Terminal.write))
            // Only the targets' findings, about kinds of bodies, are left: they come after the bodies.
            report.sections(evaluation.findings, model: model, write: Terminal.write)
            Terminal.write(report.closing(evaluation))
            return VerdictText.exitStatus(evaluation)
        case "json":
            Terminal.write(JSONReport.opening)
            // Each finding comes after a comma; the document's first does not.
            var first = true
            let write = { (text: String) in
                guard !text.isEmpty else { return }
                Terminal.write(first ? String(text.dropFirst()) : text)
                first = false
            }
            let evaluation = input.evaluate(streaming: Streaming(render: { _, findings in JSONReport.streamed(findings) }, write: write))
            write(JSONReport.streamed(evaluation.findings))
            Terminal.write(JSONReport.closing(evaluation, recordErrors: extras.errors, unknownFields: extras.unknown, unlistedUnknownFields: extras.unlisted))
            return VerdictText.exitStatus(evaluation)
        case "jsonl":
            Terminal.write(JSONReport.linesOpening)
            let evaluation = input.evaluate(streaming: Streaming(render: { _, findings in JSONReport.lines(findings) }, write: Terminal.write))
            Terminal.write(JSONReport.lines(evaluation.findings)
                           + JSONReport.linesClosing(evaluation, recordErrors: extras.errors, unknownFields: extras.unknown, unlistedUnknownFields: extras.unlisted))
            return VerdictText.exitStatus(evaluation)
        case "csv":
            // The spreadsheet's separator, given or found in a CSV log, is the report's too.
            let separator = Character(Unicode.Scalar(input.log.csvDelimiterRead ?? UInt8(ascii: ",")))
            Terminal.write(CSVReport.header(delimiter: separator))
            let evaluation = input.evaluate(streaming: Streaming(render: { _, findings in CSVReport.rows(findings, language: lang, delimiter: separator) },
                                                                 write: Terminal.write))
            Terminal.write(CSVReport.rows(evaluation.findings, language: lang, delimiter: separator))
            return VerdictText.exitStatus(evaluation)
        case "markdown":
            // The report lists a few violations per rule and every open case: only those are kept.
            var listed = MarkdownFindings()
            let evaluation = input.evaluate(streaming: Streaming(render: { _, findings in findings.filter { $0.status != .kept } },
                                                                 write: { listed.add($0) }))
            listed.add(evaluation.findings)
            Terminal.write(MarkdownReport(language: lang).render(evaluation, model: model, listed: listed))
            return VerdictText.exitStatus(evaluation)
        default:
            // The summaries come first and need every body: the table's rows wait on disk, and only
            // the calendars of the bodies that will be drawn (the worst) are kept.
            let report = HTMLReport(language: lang)
            let window = input.heading.window.range
            let calendar = ReportSummary.Calendar(from: window.lowerBound, to: window.upperBound, asOf: input.options.asOf)
            let rows = SpillFile()
            var drawn: [ReportSummary.BodyLine] = []
            let evaluation = input.evaluate(streaming: Streaming(render: { body, findings, kept in
                (rows: report.rows(findings), line: calendar.line(body: body, findings, kept: kept, language: lang))
            }, write: { body in
                rows.append(body.rows)
                if let line = body.line { drawn.append(line) }
                if drawn.count > 2 * report.maxCalendars { drawn = ReportSummary.worst(drawn, report.maxCalendars) }
            }))
            let summary = ReportSummary(evaluation, model: model, language: lang, drawn: ReportSummary.worst(drawn, report.maxCalendars))
            Terminal.write(report.opening(evaluation, model: model, summary: summary))
            rows.drain(Terminal.write)
            Terminal.write(report.rows(evaluation.findings) + HTMLReport.closing)
            return VerdictText.exitStatus(evaluation)
        }
    }
}

/// What `evaluate` and `explain` share: rules files and event files from the positionals, the
/// window options, bad records reported; then the evaluation.
struct EvaluationInput {
    var regulation: Regulation
    var log: EventLog
    var options: Evaluator.Options

    var chain: RegulationChain { regulation.chain }

    /// The window was checked when the input was loaded: it is in force.
    var heading: (regulation: String, window: EvaluationWindow) {
        let (codes, window) = regulation.heading(log, options: options)
        return (codes, try! window.get())
    }

    func evaluate() -> Evaluation { regulation.evaluate(log, options: options) }

    /// With `streaming`, each body's findings go there as it is judged (see `ChainEvaluator`).
    func evaluate<Output>(streaming: Streaming<Output>) -> Evaluation {
        regulation.evaluate(log, options: options, streaming: streaming)
    }

    /// nil after printing why (unusable input: exit 2).
    static func load(_ a: Arguments, lang: Language, explain: Bool = false, listKept: Bool,
                     keptOnePerMonth: Bool = false) throws(Arguments.UsageError) -> EvaluationInput? {
        let rulesPaths = a.positionals.filter { RulesPath.isRules($0) }
        let eventPaths = a.positionals.filter { !RulesPath.isRules($0) }
        guard !rulesPaths.isEmpty, !eventPaths.isEmpty else {
            throw .init(message: Localized(vi: "cần một tệp .rules và ít nhất một tệp sự kiện",
                                           en: "give a .rules file and at least one events file"))
        }
        try EventPaths.checkDistinct(eventPaths)
        let givenAsOf = try a.date("as-of")
        var options = Evaluator.Options(from: try a.date("from"), to: try a.date("to"), asOf: givenAsOf ?? Today.inVietnam(),
                                        bodies: a.value("body").map { Set($0.split(separator: ",").map(String.init)) })
        if let from = options.from, let to = options.to, from > to {
            throw .init(message: WindowText.problem(.backwards(from: from, to: to)))
        }
        options.explain = explain
        options.jobs = try a.jobs()
        options.listKept = listKept
        options.keptOnePerMonth = keptOnePerMonth
        guard var regulation = RulesFrontEnd.loadRegulation(rulesPaths, lang: lang) else { return nil }
        var roster: Roster?
        if let path = a.value("roster") {
            switch RosterReader.read(path: path) {
            case .failure(let found):
                for e in found.errors.prefix(BadRecords.listed) { Terminal.writeError(e.render(lang) + "\n") }
                if found.errors.count > BadRecords.listed { Terminal.writeError(BadRecords.rest(found.errors.dropFirst(BadRecords.listed), lang) + "\n") }
                return nil
            case .success(let r):
                for w in regulation.undeclaredKinds(in: r) { Terminal.writeError(w.render(lang) + "\n") }
                regulation = regulation.with(roster: r)
                roster = r
            }
        }
        let chain = regulation.chain
        if a.has("term") {
            guard chain.base.model.regulation?.term != nil else {
                throw .init(message: Localized(vi: "--term: quy chế không khai báo nhiệm kỳ", en: "--term: the regulation declares no term"))
            }
            options.wholeTerm = true
        }
        var log = regulation.eventLog()
        // More parts than cores only costs: every part after the first is interned again when taken in.
        log.jobs = min(options.jobs, BodyBlocks.available)
        try a.intake(&log)
        let progress = Progress(language: lang)
        log.progress = { n in progress.report(n) }
        // Input that leaves no verdict: said on stderr, and for a pipeline reading JSON, in a
        // no-verdict document on stdout as bad records are (`BadRecords`).
        let json = ["json", "jsonl"].contains(a.value("format") ?? "")
        func noVerdict(_ why: Localized) -> EvaluationInput? {
            Terminal.writeError(why.text(lang) + "\n")
            if json { Terminal.write(JSONReport.noVerdict(why, recordErrors: RecordErrors())) }
            return nil
        }
        for path in eventPaths {
            if case .file(let failure)? = log.read(path: path) { return noVerdict(Localized(vi: failure.message(.vi), en: failure.message(.en))) }
        }
        log.finish()
        if let roster { log.check(against: roster) }
        progress.done()
        guard BadRecords.accept(log, skipInvalid: a.has("skip-invalid"), lang: lang, json: json) else { return nil }
        // `--body` naming no body of the log or the regulation would judge nothing, and say so only
        // as "Nothing was judged": a usage error names it.
        if let wanted = options.bodies {
            let known = Set(log.store.bodyNames).union(chain.versions.flatMap { $0.model.bodies.values.filter { !$0.isKind }.map(\.name) })
                .union(roster?.bodies.map(\.id) ?? [])
            for name in wanted.sorted() where !known.contains(name) {
                throw .init(message: Localized(vi: "--body: không có cơ quan '\(name)' trong nhật ký, quy chế hay danh sách tổ chức",
                                               en: "--body: no body '\(name)' in the log, the regulation or the roster")
                                     + Suggestions.aside(Suggestions.closest(to: name, in: known)))
            }
        }
        // A part of a split log whose cells all sent nothing is still judged on its roster, over
        // the window given: silent cells are what a roster is for.
        let given = options.from.flatMap { from in options.to.map { from...$0 } }
        guard let dates = log.store.dates ?? (roster != nil ? given : nil) else {
            return noVerdict(Localized(vi: "nhật ký không có sự kiện nào: không có gì để đánh giá (với --roster, dùng --from và --to để đánh giá các cơ quan trong danh sách dù không có bản ghi)",
                                       en: "the log has no events: there is nothing to judge (with --roster, give --from and --to to judge its bodies on no records)"))
        }
        // Without --as-of, the log is known to its last record (or to today, if it reaches it).
        if givenAsOf == nil {
            (options.asOf, options.asOfBasis) = dates.upperBound < options.asOf ? (dates.upperBound, .logEnd) : (options.asOf, .today)
        }
        if case .failure(let problem) = regulation.heading(log, options: options).window { return noVerdict(WindowText.problem(problem)) }
        return EvaluationInput(regulation: regulation, log: log, options: options)
    }
}

/// Loads and checks rules files for the commands that run them; prints their diagnostics.
enum RulesFrontEnd {
    /// A regulation and its amendments, checked together; nil (after printing why) unless they
    /// form exactly one clean chain.
    static func loadChain(_ paths: [String], lang: Language) -> RegulationChain? {
        loadRegulation(paths, lang: lang)?.chain
    }

    static func loadRegulation(_ paths: [String], lang: Language) -> Regulation? {
        let printer = DiagnosticPrinter(language: lang, color: Terminal.colorOnStderr())
        func show(_ diagnostics: [(file: SourceFile, diagnostics: [Diagnostic])]) {
            for (file, ds) in diagnostics { for d in ds { Terminal.writeError(printer.render(d, in: file)) } }
        }
        switch Regulation.load(paths: paths) {
        case .success(let r):
            show(r.diagnostics)
            return r
        case .failure(.unreadable(let f)):
            Terminal.writeError(f.message(lang) + "\n")
        case .failure(.invalid(let diagnostics)):
            show(diagnostics)
        case .failure(.notOneRegulation(let diagnostics)):
            show(diagnostics)
            Terminal.writeError(Localized(vi: "các tệp .rules phải là một quy chế và các văn bản sửa đổi nó",
                                          en: "the .rules files must be one regulation and the regulations amending it").text(lang) + "\n")
        }
        return nil
    }

    static func load(_ path: String, lang: Language) -> Model? {
        switch SourceLoader.load(path) {
        case .failure(let f):
            Terminal.writeError(f.message(lang) + "\n")
            return nil
        case .success(let file):
            let (model, diagnostics) = Checker.check(file)
            let printer = DiagnosticPrinter(language: lang, color: Terminal.colorOnStderr())
            for d in diagnostics { Terminal.writeError(printer.render(d, in: file)) }
            return model
        }
    }
}

/// A progress line on stderr for long runs: only on a terminal, only after the first second.
final class Progress: @unchecked Sendable {
    private let start = Date()
    private let enabled = Terminal.isTerminal(2)
    private let language: Language
    private var shown = false

    init(language: Language) {
        self.language = language
    }

    func report(_ records: Int) {
        guard enabled, Date().timeIntervalSince(start) > 1 else { return }
        shown = true
        Terminal.writeError(Localized(vi: "\r… đã đọc \(records) bản ghi", en: "\r… \(records) records read").text(language))
    }

    func done() {
        if shown { Terminal.writeError("\r\u{1B}[K") }
    }
}

enum Today {
    /// Today's date in Vietnam (UTC+7), whatever the machine's time zone.
    static func inVietnam() -> Day {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return Day(ordinal: Int32(seconds / 86_400))
    }
}
