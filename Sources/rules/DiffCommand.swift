import RulesKit

/// `rules diff A.rules B.rules [--events E…] [--as-of D] [--skip-invalid] [--format text|markdown|json] [--lang vi|en]`
enum DiffCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "diff")
        let lang = try a.language()
        let format = try a.choice("format", ["text", "markdown", "json"], default: "text")
        // `--events E1 E2 …`: the first file follows the option, the rest are positionals after A and B.
        let eventPaths = (a.value("events").map { [$0] } ?? []) + a.positionals.dropFirst(2)
        guard a.positionals.count >= 2, a.value("events") != nil || a.positionals.count == 2 else {
            throw .init(message: Localized(vi: "cách dùng: rules diff A.rules B.rules", en: "usage: rules diff A.rules B.rules"))
        }
        try EventPaths.checkDistinct(eventPaths)
        guard let ra = RulesFrontEnd.loadRegulation([a.positionals[0]], lang: lang),
              let rb = RulesFrontEnd.loadRegulation([a.positionals[1]], lang: lang) else {
            return 2
        }
        let (ma, mb) = (ra.model, rb.model)
        let pairs = RegulationDiff(ma, mb).compare()
        let report = DiffReport(language: lang)
        var outcome: DifferentialEvaluation.Outcome?
        if !eventPaths.isEmpty {
            // Each side reads the events with its own vocabulary; a record either side rejects is reported.
            var log = Regulation.eventLog(for: [ra, rb])
            try a.intake(&log)
            for path in eventPaths {
                if case .file(let failure)? = log.read(path: path) {
                    Terminal.writeError(failure.message(lang) + "\n")
                    return 2
                }
            }
            log.finish()
            guard BadRecords.accept(log, skipInvalid: a.has("skip-invalid"), lang: lang) else { return 2 }
            // As `evaluate`: by default the log's last record, or today if the log runs later.
            let today = Today.inVietnam()
            let asOf = try a.date("as-of") ?? min(today, log.store.dates?.upperBound ?? today)
            outcome = DifferentialEvaluation.run(pairs, a: ra, b: rb, log: log, asOf: asOf)
        }
        switch format {
        case "markdown": Terminal.write(report.markdown(pairs, a: ma, b: mb) + (outcome.map { "\n" + report.differencesText($0, markdown: true) } ?? ""))
        case "json": Terminal.write(report.json(pairs, a: ma, b: mb, outcome: outcome))
        default: Terminal.write(report.text(pairs, a: ma, b: mb) + (outcome.map { "\n" + report.differencesText($0) } ?? ""))
        }
        return 0
    }
}
