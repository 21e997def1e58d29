/// Findings as JSON, in the stable shape that `docs/findings.schema.json` documents.
///
/// The document is written as it is judged: its schema, then the findings body by body, then what
/// is known only at the end (tallies, targets, counts). Kept checks are counted in the tallies and
/// listed only when asked (`--kept`): they are most checks.
public enum JSONReport {
    public static let schemaVersion = "rules-findings/8"
    /// One finding a line (`--format jsonl`): the schema's line, the findings, then `summary`.
    public static let linesSchemaVersion = "rules-findings-lines/1"

    /// The whole document at once; `rules evaluate` writes the same in pieces (`opening`,
    /// `streamed`, `closing`).
    public static func render(_ e: Evaluation, recordErrors: RecordErrors = RecordErrors(), unknownFields: [UnknownField] = [], unlistedUnknownFields: Int = 0) -> String {
        opening + streamed(e.findings).dropFirst()
            + closing(e, recordErrors: recordErrors, unknownFields: unknownFields, unlistedUnknownFields: unlistedUnknownFields)
    }

    public static var opening: String { "{" + JSONText.string("schema") + ":" + JSONText.string(schemaVersion) + "," + JSONText.string("findings") + ":[" }

    /// A body's findings as `rules evaluate` streams them: each after a comma, the first of the
    /// document's without (its writer drops that comma).
    public static func streamed(_ findings: [Finding]) -> String {
        // Appended to one text: a body with a quarter of a million findings holds it once, not twice.
        var out = ""
        for f in findings {
            out += ","
            out += finding(f)
        }
        return out
    }

    /// The end of the `findings` array and the rest of the document.
    /// `recordErrors`: the records `--skip-invalid` left out, each with where and why.
    /// `unknownFields`: keys the log has that their event type does not (warning W20), with the
    /// count of further ones not listed.
    public static func closing(_ e: Evaluation, recordErrors: RecordErrors = RecordErrors(), unknownFields: [UnknownField] = [], unlistedUnknownFields: Int = 0) -> String {
        "]," + members(e, recordErrors: recordErrors, unknownFields: unknownFields, unlistedUnknownFields: unlistedUnknownFields) + "}\n"
    }

    /// The JSON Lines form's first line: its schema, and that of the JSON document it spells out.
    public static var linesOpening: String {
        JSONText.object([("schema", JSONText.string(linesSchemaVersion)), ("document_schema", JSONText.string(schemaVersion))]) + "\n"
    }

    /// A body's findings, one a line.
    public static func lines(_ findings: [Finding]) -> String {
        var out = ""
        for f in findings {
            out += finding(f)
            out += "\n"
        }
        return out
    }

    /// The JSON Lines form's last line: every member of the JSON document but its schema and findings.
    public static func linesClosing(_ e: Evaluation, recordErrors: RecordErrors = RecordErrors(), unknownFields: [UnknownField] = [], unlistedUnknownFields: Int = 0) -> String {
        "{" + JSONText.string("summary") + ":{"
            + members(e, recordErrors: recordErrors, unknownFields: unknownFields, unlistedUnknownFields: unlistedUnknownFields) + "}}\n"
    }

    /// Every member after `findings`, without braces.
    static func members(_ e: Evaluation, recordErrors: RecordErrors, unknownFields: [UnknownField], unlistedUnknownFields: Int) -> String {
        let s = JSONText.string
        func opt(_ v: String?) -> String? { v.map(s) }
        let tallies = e.tallies.map { t in
            JSONText.object([("rule", s(t.rule)), ("regulation", s(t.regulation)), ("body", s(t.body)), ("kept", "\(t.kept)"), ("violation", "\(t.violated)"),
                             ("excused", "\(t.excused)"), ("warning", "\(t.warnings)"), ("pending", "\(t.pending)"), ("not_judged", "\(t.notJudged)")])
        }
        let targets = e.targets.map { t in
            JSONText.object([("rule", s(t.rule)), ("kind", s(t.kind)), ("kept_rule", s(t.keptRule)), ("period", s(t.period)),
                             ("bodies_meeting", "\(t.bodiesMeeting)"), ("bodies", "\(t.bodies)"),
                             ("target", s(t.target.description)), ("met", t.met ? "true" : "false"), ("status", s(t.status.rawValue)),
                             ("by_parent", t.byParent.isEmpty ? nil : JSONText.array(t.byParent.map { p in
                                 JSONText.object([("parent", s(p.parent)), ("name", p.name.map(s)), ("bodies_meeting", "\(p.bodiesMeeting)"),
                                                  ("bodies", "\(p.bodies)")])
                             }))])
        }
        return JSONText.members([
            ("regulation", s(e.regulation)),
            ("from", s(e.from.description)),
            ("to", s(e.to.description)),
            ("as_of", s(e.asOf.description)),
            ("as_of_basis", s(basis(e.asOfBasis))),
            ("window", e.window.map { w in
                JSONText.object([("requested_from", s(w.requested.lowerBound.description)), ("requested_to", s(w.requested.upperBound.description)),
                                 ("from_bound", s(bound(w.start))), ("to_bound", s(bound(w.end)))])
            }),
            ("window_problem", e.windowProblem.map { p in
                JSONText.object([("vi", s(WindowText.problem(p).vi)), ("en", s(WindowText.problem(p).en))])
            }),
            ("population", e.population.map { p in
                JSONText.object([("source", s(p.roster == nil ? "log" : "roster")), ("roster", p.roster.map(s)),
                                 ("kinds", JSONText.array(p.kinds.map { JSONText.object([("kind", s($0.kind)), ("bodies", "\($0.bodies)")]) })),
                                 ("undeclared_kinds", p.undeclared.isEmpty ? nil
                                     : JSONText.array(p.undeclared.map { JSONText.object([("kind", s($0.kind)), ("bodies", "\($0.bodies)")]) }))])
            }),
            ("regulation_digest", e.digest.map(s)),
            ("illustrative_sizes", e.illustrativeSizes.isEmpty ? nil : JSONText.array(e.illustrativeSizes.map { i in
                JSONText.object([("body", s(i.body)), ("members", i.members.map { String($0) }), ("why", s(i.why))])
            })),
            ("bodies_selected", e.selectedBodies.map { JSONText.array($0.map(s)) }),
            ("parents", e.parentNames.isEmpty ? nil : JSONText.array(e.parentNames.sorted { $0.key < $1.key }.map {
                JSONText.object([("id", s($0.key)), ("name", s($0.value))])
            })),
            ("records", JSONText.object([("read", "\(e.recordsRead)"), ("evaluated", "\(e.eventsEvaluated)"),
                                         ("rejected", "\(e.recordsRejected)"), ("not_judged", "\(e.eventsNotJudged)")])),
            ("violations", "\(e.violations)"),
            ("absent_values", JSONText.array(e.absentValues.map { a in
                JSONText.object([("rule", s(a.rule)), ("type", s(a.type)), ("field", s(a.field)), ("value", s(a.value)),
                                 ("seen", JSONText.array(a.seen.map { JSONText.object([("value", s($0.value)), ("count", "\($0.count)")]) }))])
            })),
            ("bodies_without_rules", JSONText.array(e.bodiesWithoutRules.map { u in
                JSONText.object([("body", s(u.body)), ("events", "\(u.events)"), ("suggestion", u.suggestion.map(s))])
            })),
            ("unresolved_references", JSONText.array(e.unresolved.map { u in
                JSONText.object([("file", s(u.source.file)), ("line", "\(u.source.line)"), ("field", s(u.field)), ("id", s(u.id)),
                                 ("type", s(u.type)), ("rejected_line", u.rejected.map { "\($0.line)" })])
            })),
            ("record_errors", recordErrorsJSON(recordErrors.listed)),
            ("record_errors_unlisted", unlistedJSON(recordErrors)),
            ("unknown_fields", JSONText.array(unknownFields.map { u in
                JSONText.object([("type", s(u.type)), ("field", s(u.field)), ("file", s(u.first.file)), ("line", "\(u.first.line)"),
                                 ("column", "\(u.column)"), ("records", "\(u.count)"), ("suggestion", u.suggestion.map(s))])
            })),
            ("unknown_fields_unlisted", "\(unlistedUnknownFields)"),
            ("kept_listed", e.keptListed ? "true" : "false"),
            ("by_parent", e.byParent.isEmpty ? nil : JSONText.array(e.byParent.map(finding))),
            ("tallies", JSONText.array(tallies)),
            ("targets", JSONText.array(targets)),
        ])
    }

    /// One finding, as `findings` and `by_parent` list them.
    static func finding(_ f: Finding) -> String {
        let s = JSONText.string
        func opt(_ v: String?) -> String? { v.map(s) }
        let (message, compared) = f.sentences
        return JSONText.object([
            ("status", s(f.status.rawValue)),
            ("regulation", s(f.regulation)),
            ("article", opt(f.citation.article)),
            ("clause", opt(f.citation.clause)),
            ("point", opt(f.citation.point)),
            ("citation", JSONText.object([("vi", s(f.citation.text(.vi))), ("en", s(f.citation.text(.en)))])),
            ("illustrative", opt(f.citation.illustrative)),
            ("numbering", opt(f.citation.numbering)),
            ("reading", opt(f.citation.reading)),
            ("quote", opt(f.citation.quote)),
            ("rule", s(f.rule)),
            ("rule_label", opt(f.ruleLabel)),
            ("body", s(f.body)),
            ("event_id", opt(f.eventId)),
            ("file", opt(f.source?.file)),
            ("line", f.source.map { "\($0.line)" }),
            ("period", opt(f.period)),
            ("date", s(f.date.description)),
            ("message", JSONText.object([("vi", s(message.vi)), ("en", s(message.en))])),
            ("compared", opt(compared)),
            ("detail", f.readBack?.detailJSON ?? FindingJSON.detail(f.detail)),
            ("values", f.readBack.map(\.valuesJSON) ?? f.values.map(FindingJSON.values)),
            ("reason", opt(f.reason)),
            ("why", f.why.map { JSONText.object([("vi", s($0.vi)), ("en", s($0.en))]) }),
            ("whole_rule", f.wholeRule ? "true" : nil),
            ("kind_as_a_whole", f.ofKind ? "true" : nil),
            ("totals", f.totals.map(FindingJSON.totals)),
        ])
    }

    /// The document `evaluate --format json` writes when bad records leave no verdict
    /// (`docs/no-verdict.schema.json`): why, and every bad record.
    public static func noVerdict(_ reason: Localized, recordErrors: RecordErrors) -> String {
        JSONText.object([
            ("schema", JSONText.string("rules-no-verdict/2")),
            ("reason", JSONText.object([("vi", JSONText.string(reason.vi)), ("en", JSONText.string(reason.en))])),
            ("record_errors", recordErrorsJSON(recordErrors.listed)),
            ("record_errors_unlisted", unlistedJSON(recordErrors)),
        ]) + "\n"
    }

    /// Past the first `RecordErrors.kept`, a count per code, codes in order.
    static func unlistedJSON(_ errors: RecordErrors) -> String {
        JSONText.array(errors.unlisted.sorted { $0.key < $1.key }.map { code, n in
            JSONText.object([("code", JSONText.string(code)), ("count", "\(n)")])
        })
    }

    static func recordErrorsJSON(_ errors: [EventError]) -> String {
        JSONText.array(errors.map { r in
            JSONText.object([("file", JSONText.string(r.source.file)), ("line", "\(r.source.line)"), ("column", r.column.map { "\($0)" }),
                             ("field", r.field.map(JSONText.string)), ("code", JSONText.string(r.code)),
                             ("message", JSONText.object([("vi", JSONText.string(r.message.vi)), ("en", JSONText.string(r.message.en))]))])
        })
    }

    static func basis(_ b: AsOfBasis) -> String {
        switch b {
        case .given: "given"
        case .today: "today"
        case .logEnd: "log_end"
        }
    }

    static func bound(_ b: EvaluationWindow.Bound) -> String {
        switch b {
        case .option: "option"
        case .events: "events"
        case .asOfYear: "as_of_year"
        case .effective: "effective"
        case .termStart: "term_start"
        case .termEnd: "term_end"
        }
    }
}
