import Foundation

extension FindingsMerge {
    /// One part: a JSON result of `rules evaluate`, read back (`docs/findings.schema.json`).
    struct Part {
        var file: String
        var regulation: String
        var from: Day, to: Day, asOf: Day
        var asOfBasis: AsOfBasis
        var findings: [Finding] = []
        var tallies: [RuleTally] = []
        var targets: [TargetResult] = []
        var targetFindings: [TargetKey: (Finding, TargetDetail)] = [:]
        var byParent: [Finding] = []
        /// Tallies of what is about a kind or a rule, not one body: made again from the merged findings.
        var kindLevel: Set<RuleBody> = []
        /// The bodies this part judged.
        var bodies: Set<String> = []
        var evaluated = 0, recordsRead = 0, recordsRejected = 0
        var unresolved: [UnresolvedReference] = []
        var uncovered: [UncoveredBody] = []
        var absent: [AbsentValue] = []
        var population: Population?
        var recordErrors = RecordErrors()
        var digest: String?
        var keptListed = false
        var window: EvaluationWindow?
        var selected: [String]?
        var parentNames: [String: String] = [:]

        /// A body and status whose findings listed are not the checks its tallies count: a part
        /// cut inside its findings, or with findings repeated or added, is not the result it says.
        /// Not judged is left out: a rule whose every check was a warning has a note no tally counts.
        func findingsUncounted() -> (body: String, status: Finding.Status, listed: Int, counted: Int)? {
            let statuses: [Finding.Status] = [.violation, .excused, .warning, .pending] + (keptListed ? [.kept] : [])
            struct Key: Hashable { let body: String, status: Finding.Status }
            var listed: [Key: Int] = [:], counted: [Key: Int] = [:]
            for f in findings where statuses.contains(f.status) { listed[Key(body: f.body, status: f.status), default: 0] += 1 }
            for t in tallies {
                for (status, n) in [(Finding.Status.violation, t.violated), (.excused, t.excused), (.warning, t.warnings), (.pending, t.pending), (.kept, t.kept)]
                where n > 0 && statuses.contains(status) { counted[Key(body: t.body, status: status), default: 0] += n }
            }
            let key = Set(listed.keys).union(counted.keys).sorted { ($0.body, $0.status.rawValue) < ($1.body, $1.status.rawValue) }
                .first { listed[$0] != counted[$0] }
            return key.map { ($0.body, $0.status, listed[$0] ?? 0, counted[$0] ?? 0) }
        }

        /// A window end's reason as `JSONReport.bound` writes it.
        static func bound(_ text: String?) -> EvaluationWindow.Bound? {
            let all: [EvaluationWindow.Bound] = [.option, .events, .asOfYear, .effective, .termStart, .termEnd]
            return all.first { JSONReport.bound($0) == text }
        }

        /// A JSON Lines result (`--format jsonl`) as the JSON document it gives line by line; nil
        /// without its summary line.
        static func documentFromLines(_ text: String) -> String? {
            var lines = text.split(separator: "\n").dropFirst()
            let summary = "{" + JSONText.string("summary") + ":{"
            guard let last = lines.popLast(), last.hasPrefix(summary), last.hasSuffix("}}") else { return nil }
            return JSONReport.opening + lines.joined(separator: ",") + "]," + last.dropFirst(summary.count).dropLast(2) + "}"
        }

        static func read(file: String, text: String, regulation: Regulation) -> Result<Part, Problem> {
            func fail(_ why: Localized) -> Result<Part, Problem> { .failure(Problem(file: file, message: MergeMessages.unreadable(why))) }
            var text = text
            if text.hasPrefix(JSONReport.linesOpening) {
                guard let document = documentFromLines(text) else {
                    return fail(Localized(vi: "kết quả JSON Lines thiếu dòng tổng kết (summary) ở cuối: tệp bị cắt?",
                                          en: "a JSON Lines result without its last line, the summary: cut short?"))
                }
                text = document
            }
            guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)), let o = json as? [String: Any] else {
                return fail(Localized(vi: "không đọc được JSON", en: "not JSON"))
            }
            guard o.string("schema") == JSONReport.schemaVersion else {
                let found = o.string("schema") ?? "—"
                return fail(Localized(vi: "lược đồ \(found), cần \(JSONReport.schemaVersion)", en: "schema \(found), \(JSONReport.schemaVersion) expected"))
            }
            guard let code = o.string("regulation"), let from = o.day("from"), let to = o.day("to"), let asOf = o.day("as_of") else {
                return fail(Localized(vi: "thiếu regulation, from, to hay as_of", en: "no regulation, from, to or as_of"))
            }
            let basis: AsOfBasis = switch o.string("as_of_basis") { case "today": .today; case "log_end": .logEnd; default: .given }
            var part = Part(file: file, regulation: code, from: from, to: to, asOf: asOf, asOfBasis: basis)
            let versions = regulation.chain.ruleVersions
            for (key, list) in [("findings", \Part.findings), ("by_parent", \Part.byParent)] as [(String, WritableKeyPath<Part, [Finding]>)] {
                for f in o.objects(key) {
                    guard let finding = Self.finding(f, versions) else {
                        let rule = f.string("rule") ?? "—", version = f.string("regulation") ?? "—"
                        let unreadable = MergeMessages.unreadable(Localized(vi: "kết luận về '\(rule)'", en: "a finding of '\(rule)'"))
                        return .failure(Problem(file: file, message: versions.contains { $0.rule == rule } ? unreadable : MergeMessages.unknownRule(rule, version)))
                    }
                    part[keyPath: list].append(finding)
                }
            }
            for t in o.objects("tallies") {
                var tally = RuleTally(rule: t.string("rule") ?? "", body: t.string("body") ?? "", regulation: t.string("regulation") ?? "")
                (tally.kept, tally.violated, tally.excused) = (t.int("kept"), t.int("violation"), t.int("excused"))
                (tally.warnings, tally.pending, tally.notJudged) = (t.int("warning"), t.int("pending"), t.int("not_judged"))
                part.tallies.append(tally)
            }
            for t in o.objects("targets") {
                guard let target = t.rational("target") else { return fail(Localized(vi: "chỉ tiêu không đọc được", en: "a target not readable")) }
                var r = TargetResult(rule: t.string("rule") ?? "", kind: t.string("kind") ?? "", keptRule: t.string("kept_rule") ?? "",
                                     period: t.string("period") ?? "", bodiesMeeting: t.int("bodies_meeting"), bodies: t.int("bodies"),
                                     target: target, met: t["met"] as? Bool ?? false)
                r.byParent = t.objects("by_parent").map {
                    ParentShare(parent: $0.string("parent") ?? "", name: $0.string("name"), bodiesMeeting: $0.int("bodies_meeting"), bodies: $0.int("bodies"))
                }
                part.targets.append(r)
            }
            for f in part.findings {
                if case .target(let d) = f.detail { part.targetFindings[TargetKey(rule: f.rule, kind: d.kind, period: f.period ?? "")] = (f, d) }
            }
            let kindLevel = part.findings.filter { $0.ofKind || $0.wholeRule || $0.isTarget }
            part.kindLevel = Set(kindLevel.map { RuleBody(rule: $0.rule, body: $0.body) })
            part.bodies = Set(part.tallies.filter { !part.kindLevel.contains(RuleBody(rule: $0.rule, body: $0.body)) }.map(\.body))
            let records = o["records"] as? [String: Any] ?? [:]
            (part.recordsRead, part.evaluated, part.recordsRejected) = (records.int("read"), records.int("evaluated"), records.int("rejected"))
            part.unresolved = o.objects("unresolved_references").map { u in
                UnresolvedReference(source: EventSource(file: u.string("file") ?? "", line: u.int("line")), field: u.string("field") ?? "",
                                    id: u.string("id") ?? "", type: u.string("type") ?? "",
                                    rejected: u["rejected_line"] is Int ? EventSource(file: u.string("file") ?? "", line: u.int("rejected_line")) : nil)
            }
            part.uncovered = o.objects("bodies_without_rules").map {
                UncoveredBody(body: $0.string("body") ?? "", events: $0.int("events"), suggestion: $0.string("suggestion"))
            }
            part.absent = o.objects("absent_values").map { a in
                AbsentValue(rule: a.string("rule") ?? "", type: a.string("type") ?? "", field: a.string("field") ?? "", value: a.string("value") ?? "",
                            seen: a.objects("seen").map { AbsentValue.Seen(value: $0.string("value") ?? "", count: $0.int("count")) })
            }
            if let p = o["population"] as? [String: Any] {
                part.population = Population(roster: p.string("roster"),
                                             kinds: p.objects("kinds").map { Population.Kind(kind: $0.string("kind") ?? "", bodies: $0.int("bodies")) })
            }
            part.digest = o.string("regulation_digest")
            if let w = o["window"] as? [String: Any], let rf = w.day("requested_from"), let rt = w.day("requested_to"), rf <= rt,
               let start = bound(w.string("from_bound")), let end = bound(w.string("to_bound")) {
                part.window = EvaluationWindow(range: from...max(from, to), start: start, end: end, requested: rf...rt)
            }
            part.keptListed = o["kept_listed"] as? Bool ?? false
            part.selected = (o["bodies_selected"] as? [String])
            for p in o.objects("parents") { if let id = p.string("id") { part.parentNames[id] = p.string("name") } }
            let listed = o.objects("record_errors").map { r in
                let m = r["message"] as? [String: Any] ?? [:]
                return EventError(source: EventSource(file: r.string("file") ?? "", line: r.int("line")), column: r["column"] as? Int,
                                  field: r.string("field"), code: r.string("code") ?? "", message: Localized(vi: m.string("vi") ?? "", en: m.string("en") ?? ""))
            }
            var unlisted: [String: Int] = [:]
            for u in o.objects("record_errors_unlisted") { if let code = u.string("code") { unlisted[code, default: 0] += u.int("count") } }
            part.recordErrors = RecordErrors(listed: listed, unlisted: unlisted)
            return .success(part)
        }

        /// A finding as written: its sentences and data kept as they are; its citation is the rules
        /// files' own, so a report quotes and marks it as `evaluate` does.
        static func finding(_ o: [String: Any], _ versions: [RuleVersion]) -> Finding? {
            guard let status = o.string("status").flatMap(Finding.Status.init(rawValue:)), let rule = o.string("rule"),
                  let code = o.string("regulation"), let body = o.string("body"), let date = o.day("date"),
                  let version = versions.first(where: { $0.rule == rule && $0.regulation == code }) else { return nil }
            let message = o["message"] as? [String: Any] ?? [:], why = o["why"] as? [String: Any]
            var f = Finding(status: status, regulation: code, rule: rule, ruleLabel: version.label, citation: version.citation, body: body,
                            eventId: o.string("event_id"), source: o.string("file").map { EventSource(file: $0, line: o.int("line")) },
                            period: o.string("period"), date: date, detail: .undetermined, values: nil, reason: o.string("reason"))
            f.wholeRule = o["whole_rule"] as? Bool ?? false
            f.ofKind = o["kind_as_a_whole"] as? Bool ?? false
            let detail = o["detail"] as? [String: Any] ?? [:]
            f.readBack = ReadBack(message: Localized(vi: message.string("vi") ?? "", en: message.string("en") ?? ""), compared: o.string("compared"),
                                  why: why.map { Localized(vi: $0.string("vi") ?? "", en: $0.string("en") ?? "") },
                                  detailJSON: json(detail), valuesJSON: (o["values"] as? [String: Any]).map(json))
            if detail.string("kind") == "target", let target = detail.rational("target") {
                f.detail = .target(TargetDetail(met: detail.int("found"), undecided: detail.int("undecided"), total: detail.int("bodies"),
                                                kind: detail.string("population") ?? "", rule: detail.string("rule") ?? "", target: target,
                                                reached: detail["reached"] as? Bool ?? false))
            }
            if let t = o["totals"] as? [String: Any], let last = t.day("last") {
                f.totals = WholeTotals(last: last, parts: t.objects("parts").map { p in
                    WholeTotals.Part(key: p.string("key") ?? "", count: p.int("count"), sum: p.rational("sum"), least: p.rational("least"),
                                     most: p.rational("most"))
                })
            }
            return f
        }

        private static func json(_ o: [String: Any]) -> String {
            (try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys, .withoutEscapingSlashes])).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
    }
}

extension Finding {
    /// A target's finding (about a kind's bodies, made from their checks of another rule).
    var isTarget: Bool { if case .target = detail { true } else { false } }
}

private extension Dictionary where Key == String, Value == Any {
    func string(_ k: String) -> String? { self[k] as? String }
    func int(_ k: String) -> Int { self[k] as? Int ?? 0 }
    func day(_ k: String) -> Day? { string(k).flatMap(Day.parse) }
    func objects(_ k: String) -> [[String: Any]] { self[k] as? [[String: Any]] ?? [] }
    /// `"4/5"`, `"1"`, `"-3/2"`: a fraction as `Rational.description` writes it.
    func rational(_ k: String) -> Rational? {
        guard let t = string(k) else { return nil }
        let parts = t.split(separator: "/")
        guard let n = parts.first.flatMap({ Int64($0) }) else { return nil }
        return parts.count == 2 ? Int64(parts[1]).flatMap { Rational(n, $0) } : Rational(n)
    }
}
