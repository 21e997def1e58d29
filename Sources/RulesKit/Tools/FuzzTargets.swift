/// What the fuzzers (`scripts/fuzz.sh`) run on arbitrary bytes, and what the regression test replays
/// on every input a fuzzer once crashed: the language front end, and the event readers with an
/// evaluation of whatever they accept. A crash, a trap or a failed precondition is the finding.
public enum FuzzTargets {
    public static func rules(_ bytes: [UInt8]) {
        guard case .success(let text) = SourceLoader.decode(bytes, path: "fuzz.rules") else { return }
        // The same bytes as a rules file and as a literate regulation, in whichever spelling they are.
        for path in ["fuzz.rules", "fuzz.rules.md"] {
            let file = SourceFile(path: path, text: text)
            let (model, diagnostics) = Checker.check(file)
            let printer = DiagnosticPrinter(language: .vi)
            for d in diagnostics { _ = printer.render(d, in: file) }
            if let model {
                let regulation = Regulation(model: model)
                var log = regulation.eventLog()
                log.finish()
                _ = regulation.evaluate(log, options: .init(asOf: Day(year: 2024, month: 6, day: 30)!))
                _ = DocReport(language: .vi).markdown(model)
            }
            _ = RegulationChain.build([file])
            _ = SurfaceConversion.convert(file, to: .vietnamese)
            _ = SurfaceConversion.convert(file, to: .english)
        }
        _ = Formatter.format(text)
    }

    public static func events(_ bytes: [UInt8]) {
        for format in [EventFileFormat.jsonLines, .csv] {
            var log = EventLog(types: eventsModel.eventTypes)
            log.read(bytes: bytes, file: "fuzz", format: format)
            log.finish()
            precondition(log.events.count + log.recordsRejected == log.recordsRead, "a record was lost")
            let e = Regulation(model: eventsModel).evaluate(log, options: .init(asOf: Day(year: 2024, month: 6, day: 30)!))
            _ = JSONReport.render(e)
            _ = CSVReport.render(e, language: .vi)
            _ = MarkdownReport(language: .en).render(e, model: eventsModel)
        }
    }

    /// Every rule form, so that any accepted event reaches some evaluation path.
    static let eventsModel: Model = Checker.check(path: "fuzz-model.rules", text: """
        regulation "F" { effective 2020-01-01 term 2020-01-01 to 2025-12-31 }
        body dang_uy { members 11 }
        kind chi_bo { bodies "chi-bo-*" }
        article 1 {
          rule a for dang_uy, chi_bo: every month: at least 1 meeting where kind == "regular"
          rule b for dang_uy, chi_bo: each meeting m unless m.special: m.present >= 2/3 of members
          rule c for dang_uy: each meeting m: document d where d.meeting == m.id at least 2 working days before m
          rule d for dang_uy: each consultation c: adopted requires c.approve > 1/2 of members
          rule e for chi_bo: no gap longer than 2 months between meeting
          rule f for chi_bo: target 80% keep a every year
          rule g for dang_uy: whenever proposal p where p.supporters > 1/2 of members: meeting after p
          rule h for chi_bo: each meeting m where has m.end: m.end - m.start >= 2 hours
        }
        """).0!
}
