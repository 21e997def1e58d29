import RulesKit

/// `rules codes [CODE…] [--format text|markdown]`: what a diagnostic code means.
enum CodesCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "codes")
        let lang = try a.language()
        let format = try a.choice("format", ["text", "markdown"], default: "text")
        var codes = DiagnosticCode.allCases
        var reading = RawReadError.Code.allCases
        if !a.positionals.isEmpty {
            (codes, reading) = ([], [])
            let readingNames = RawReadError.Code.allCases.map(\.diagnosticName)
            for name in a.positionals {
                if let code = RawReadError.Code.allCases.first(where: { $0.diagnosticName.lowercased() == name.lowercased() }) {
                    reading.append(code)
                    continue
                }
                guard let code = DiagnosticCode(rawValue: name.uppercased()) else {
                    let near = name.uppercased().hasPrefix("R-") ? Suggestions.closest(to: name, in: readingNames)
                                                                   : Suggestions.closest(to: name.uppercased(), in: DiagnosticCode.allCases.map(\.rawValue))
                    throw .init(message: Localized(vi: "không có mã '\(name)'", en: "no code '\(name)'") + Suggestions.aside(near))
                }
                codes.append(code)
            }
        }
        Terminal.write(format == "markdown" ? DiagnosticCodesReport.markdown(codes, reading: reading)
                                            : DiagnosticCodesReport.text(codes, reading: reading, language: lang))
        return 0
    }
}
