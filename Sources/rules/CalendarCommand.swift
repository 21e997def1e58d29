import RulesKit

/// `rules calendar YEAR [RULES] [--lang vi|en]`: the year's days off and working-day count,
/// to hold against the government's official schedule. With a rules file, its adjustments apply.
enum CalendarCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "calendar")
        let lang = try a.language()
        guard let first = a.positionals.first, let year = Int(first), (1...9999).contains(year), a.positionals.count <= 2 else {
            throw .init(message: Localized(vi: "cách dùng: rules calendar NĂM [TỆP.rules]", en: "usage: rules calendar YEAR [FILE.rules]"))
        }
        var calendar = WorkingCalendar()
        if a.positionals.count == 2 {
            guard let model = RulesFrontEnd.load(a.positionals[1], lang: lang) else { return 2 }
            calendar = Evaluator(model: model).calendar
        }
        Terminal.write(CalendarReport.render(calendar, year: year, language: lang))
        return 0
    }
}
