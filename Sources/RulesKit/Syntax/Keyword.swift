/// Every word the grammar gives a meaning to. Keywords are contextual: `kind` starts a
/// declaration at the top level but is an ordinary field name in `m.kind`.
/// `Grammar/rules.ebnf` must name exactly these words (a test holds the two together).
public enum Keyword: String, CaseIterable, Sendable {
    // header
    case regulation, title, issuer, issued, effective, term, amends, illustrative, numbering, reading, calendar, to
    // calendar
    case holiday, workday, source
    // bodies
    case body, kind, members, exempt, from, bodies
    // event types
    case event, required, ref, one, integer, number, boolean, text, date, time, duration, id
    // provisions and amendments
    case article, clause, point, replace, add, repeal
    // rules
    case rule, `for`, `as`, a, whole, every, at, least, most, exactly, `where`, by, no, gap, longer, than, between
    case each, unless, whenever, before, after, within, target, keep, adopted, requires, when, prorated, the, next, end
    // periods (term is above)
    case week, month, quarter, halfYear = "half-year", year
    // expressions
    case and, or, not, `in`, of, `true`, `false`, count, exists, has, sum, min, max, average, over
    // months, for `by 31 October`
    case January, February, March, April, May, June, July, August, September, October, November, December

    public static let months: [Keyword] = [.January, .February, .March, .April, .May, .June, .July,
                                           .August, .September, .October, .November, .December]

    /// Words that start a declaration: where the parser resumes after an error.
    static let declarationStarts: Set<String> = ["regulation", "calendar", "body", "kind", "event",
                                                 "article", "clause", "point", "rule", "replace", "add", "repeal"]
}
