import Foundation

/// `rules merge`: the JSON results of one regulation over parts of a log split by body (or over
/// several units), combined into one evaluation whose totals are those of judging everything at
/// once ([S-merge]). A body's findings are its own and are taken as written; what spans bodies is
/// computed again from the parts' data: a target's count of bodies, and a rule for a kind as a
/// whole from its totals (`WholeTotals`).
public struct FindingsMerge {
    public struct Problem: Error, Sendable {
        public var file: String
        public var message: Localized
    }

    public let regulation: Regulation

    public init(regulation: Regulation) {
        self.regulation = regulation
    }

    /// The parts, in the order given; each a `rules evaluate --format json` document.
    public func merge(_ parts: [(file: String, text: String)]) -> Result<(evaluation: Evaluation, recordErrors: RecordErrors), Problem> {
        var read: [Part] = []
        for (file, text) in parts {
            switch Part.read(file: file, text: text, regulation: regulation) {
            case .failure(let p): return .failure(p)
            case .success(let part): read.append(part)
            }
        }
        guard let first = read.first else { return .failure(Problem(file: "", message: MergeMessages.noParts)) }
        for p in read {
            // Each refusal is a part whose bodies or verdicts are not those a whole run would have.
            if p.digest != regulation.digest { return .failure(Problem(file: p.file, message: MergeMessages.otherText)) }
            if let selected = p.selected { return .failure(Problem(file: p.file, message: MergeMessages.bodiesSelected(selected))) }
            if (p.population?.roster == nil) != (first.population?.roster == nil), first.population != nil, p.population != nil {
                return .failure(Problem(file: p.file, message: MergeMessages.rosterMixed(first.file)))
            }
            if let e = p.recordErrors.listed.first(where: { $0.code == DiagnosticCode.E25.rawValue || $0.code == DiagnosticCode.E26.rawValue }) {
                return .failure(Problem(file: p.file, message: MergeMessages.offRoster(e.message)))
            }
        }
        for p in read {
            if let (body, status, listed, counted) = p.findingsUncounted() {
                return .failure(Problem(file: p.file, message: MergeMessages.findingsUncounted(body, status, listed: listed, counted: counted)))
            }
            // Kept checks listed in one part and only counted in another would be listed for some bodies only.
            if p.keptListed != first.keptListed { return .failure(Problem(file: p.file, message: MergeMessages.keptMixed(first.file))) }
        }
        for p in read.dropFirst() {
            for (what, a, b) in [("regulation", first.regulation, p.regulation), ("from", "\(first.from)", "\(p.from)"),
                                 ("to", "\(first.to)", "\(p.to)"), ("as_of", "\(first.asOf)", "\(p.asOf)")] where a != b {
                return .failure(Problem(file: p.file, message: MergeMessages.notComparable(what, a, b, first: first.file)))
            }
        }
        // A body judged in two parts would be counted twice.
        var owner: [String: String] = [:]
        for p in read {
            for body in p.bodies.sorted() {
                if let other = owner[body] { return .failure(Problem(file: p.file, message: MergeMessages.bodyTwice(body, other))) }
                owner[body] = p.file
            }
        }
        return .success(combine(read))
    }

    private func combine(_ parts: [Part]) -> (evaluation: Evaluation, recordErrors: RecordErrors) {
        let first = parts[0]
        var findings: [Finding] = [], tallies: [RuleTally] = []
        for p in parts {
            findings += p.findings.filter { !$0.ofKind && !$0.wholeRule && !$0.isTarget }
            tallies += p.tallies.filter { !p.kindLevel.contains(RuleBody(rule: $0.rule, body: $0.body)) }
        }
        // Bodies in name order, as one run writes them.
        findings = findings.enumerated().sorted { ($0.element.body, $0.offset) < ($1.element.body, $1.offset) }.map(\.element)
        var kindLevel: [Finding] = [], notes: [Finding] = []
        // Each rule that decided nothing in any part says so once; one that decided something in a part does not.
        let decided = Set(parts.flatMap { $0.findings.filter { !$0.wholeRule && $0.status != .warning }.map(\.rule) })
        var noted: Set<String> = []
        for p in parts {
            for f in p.findings where f.wholeRule && !decided.contains(f.rule) && noted.insert(f.rule).inserted { notes.append(note(f, parts)) }
        }
        let (targetResults, targetFindings) = targets(parts)
        kindLevel += targetFindings
        kindLevel += whole(parts.map { $0.findings.filter(\.ofKind) })
        findings += kindLevel
        tallies += kindLevel.map(RuleTally.init)
        // A rule whose checks were all warnings has them counted already: its note adds no check.
        findings += notes
        tallies += notes.filter { if case .judgedNothing(.allWarnings, _) = $0.detail { false } else { true } }.map(RuleTally.init)
        var order: [String] = []
        for v in regulation.chain.versions { for r in v.model.rules where !order.contains(r.name) { order.append(r.name) } }
        var e = Evaluation(regulation: first.regulation, from: first.from, to: first.to, asOf: first.asOf, findings: findings,
                           tallies: Evaluator.merged(tallies, ruleOrder: order), targets: targetResults,
                           eventsEvaluated: parts.reduce(0) { $0 + $1.evaluated })
        e.recordsRead = parts.reduce(0) { $0 + $1.recordsRead }
        e.recordsRejected = parts.reduce(0) { $0 + $1.recordsRejected }
        e.asOfBasis = first.asOfBasis
        e.title = regulation.chain.base.model.regulation?.title
        e.ruleVersions = regulation.chain.ruleVersions
        e.byParent = whole(parts.map(\.byParent), byBody: true)
        for p in parts { e.parentNames.merge(p.parentNames) { a, _ in a } }
        e.digest = regulation.digest
        // The parts have one window (checked): its ends and their reasons, when every part says the same.
        e.window = parts.allSatisfy { $0.window == first.window } ? first.window : nil
        // Kept checks are listed only if every part listed its own.
        e.keptListed = parts.allSatisfy(\.keptListed)
        e.unresolved = parts.flatMap(\.unresolved)
        e.bodiesWithoutRules = parts.flatMap(\.uncovered).sorted { $0.body < $1.body }
        // A value is absent from the whole log only if every part lacks it.
        e.absentValues = first.absent.filter { a in parts.allSatisfy { $0.absent.contains { ($0.rule, $0.field, $0.value) == (a.rule, a.field, a.value) } } }
        if let kinds = first.population?.kinds {
            let rosters = parts.compactMap { $0.population?.roster }
            e.population = Population(roster: rosters.count == parts.count ? rosters.joined(separator: " + ") : nil,
                                      kinds: kinds.map { k in
                                          Population.Kind(kind: k.kind, bodies: parts.reduce(0) { n, p in
                                              n + (p.population?.kinds.first { $0.kind == k.kind }?.bodies ?? 0)
                                          })
                                      })
        }
        var errors = RecordErrors()
        for p in parts { errors.add(contentsOf: p.recordErrors) }
        return (e, errors)
    }

    /// A rule that decided nothing, said of the whole log: the warnings of all parts, or the events
    /// its filter matched none of in all parts (a part with none of the type adds none), not one
    /// part's count.
    private func note(_ f: Finding, _ parts: [Part]) -> Finding {
        let details = parts.flatMap { $0.findings.filter { $0.wholeRule && $0.rule == f.rule } }.compactMap { g in
            g.readBack.flatMap { try? JSONSerialization.jsonObject(with: Data($0.detailJSON.utf8)) as? [String: Any] }
        }
        let matchedNone = details.filter { $0["why"] as? String == "filter_matched_none" }
        var n = f
        if let type = matchedNone.first?["type"] as? String {
            n.detail = .judgedNothing(.filterMatchedNone(type: type, events: matchedNone.reduce(0) { $0 + ($1["events"] as? Int ?? 0) }), absent: [])
        } else if details.first?["why"] as? String == "all_warnings" {
            let warnings = parts.flatMap(\.tallies).filter { $0.rule == f.rule }.reduce(0) { $0 + $1.warnings }
            n.detail = .judgedNothing(.allWarnings(warnings), absent: [])
        } else {
            return f
        }
        n.readBack = nil
        return n
    }

    /// [S-target] again over every part's bodies: counts add up, the verdict is made on the sums.
    private func targets(_ parts: [Part]) -> (results: [TargetResult], findings: [Finding]) {
        var order: [TargetKey] = []
        var sums: [TargetKey: (result: TargetResult, undecided: Int, pending: Bool, finding: Finding)] = [:]
        for p in parts {
            for r in p.targets {
                let key = TargetKey(r)
                guard let (f, d) = p.targetFindings[key] else { continue }
                guard var sum = sums[key] else {
                    order.append(key)
                    sums[key] = (r, d.undecided, f.status == .pending, f)
                    continue
                }
                sum.result.bodiesMeeting += r.bodiesMeeting
                sum.result.bodies += r.bodies
                for q in r.byParent {
                    if let i = sum.result.byParent.firstIndex(where: { $0.parent == q.parent }) {
                        sum.result.byParent[i].bodiesMeeting += q.bodiesMeeting
                        sum.result.byParent[i].bodies += q.bodies
                    } else {
                        sum.result.byParent.append(q)
                    }
                }
                sum.undecided += d.undecided
                sum.pending = sum.pending || f.status == .pending
                sums[key] = sum
            }
        }
        var results: [TargetResult] = [], findings: [Finding] = []
        for key in order {
            var (r, undecided, pending, f) = sums[key]!
            // As `Evaluator.targetFindings` decides it, on the sums.
            r.decide(undecided: undecided, pending: pending)
            f.readBack = nil
            (f.status, f.detail, f.values) = (r.status, r.detail(undecided: undecided), r.values)
            results.append(r)
            findings.append(f)
        }
        return (results, findings)
    }

    /// [S-whole] again: a period every part judged is judged on the sum of their totals; otherwise
    /// the part that decided it stands (a period not judged, then one not decidable, then one pending).
    private func whole(_ parts: [[Finding]], byBody: Bool = false) -> [Finding] {
        struct Key: Hashable { let rule: String, regulation: String, body: String, period: String }
        var order: [Key] = [], groups: [Key: [Finding]] = [:]
        for fs in parts {
            for f in fs {
                let key = Key(rule: f.rule, regulation: f.regulation, body: byBody ? f.body : "", period: f.period ?? "")
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(f)
            }
        }
        return order.map { key in
            let fs = groups[key]!
            for s in [Finding.Status.notJudged, .warning, .pending] {
                guard var f = fs.first(where: { $0.status == s }) else { continue }
                // One part's values are not the kind's: the verdict stands, its figures are not shown.
                if fs.count > 1, s == .warning { f.readBack?.compared = nil }
                return f
            }
            guard fs.allSatisfy({ $0.totals != nil }), let (rule, condition, model) = ruleAndCondition(key.rule, key.regulation) else {
                var f = fs[0]
                f.readBack = ReadBack(message: MergeMessages.totalsMissing, compared: nil, why: MergeMessages.totalsMissing,
                                      detailJSON: f.readBack?.detailJSON ?? "{}", valuesJSON: nil)
                f.status = .notJudged
                return f
            }
            var period = PeriodOutcome(fs[0].totals!)
            for f in fs.dropFirst() { period.merge(PeriodOutcome(f.totals!)) }
            var options = Evaluator.Options(asOf: fs[0].date)
            options.origins = [rule.name: key.regulation]
            let store = EventStore(types: model.eventTypes)
            var f = Evaluator(model: model).wholeFinding(rule, condition, key.period, period, store: store, options: options)
            f.body = fs[0].body
            return f
        }
    }

    /// The rule in the wording `regulation` gave it, with its condition and the version's model.
    private func ruleAndCondition(_ name: String, _ code: String) -> (CheckedRule, CExpr, Model)? {
        let chain = regulation.chain
        for i in chain.versions.indices.reversed() where chain.origins(version: i)[name] == code {
            let model = chain.versions[i].model
            guard let rule = model.rules.first(where: { $0.name == name }), case .periodic(_, let condition) = rule.form else { continue }
            return (rule, condition, model)
        }
        return nil
    }
}

/// A rule and a body, for tallies.
struct RuleBody: Hashable {
    let rule: String, body: String
}

/// A target's period for one kind.
struct TargetKey: Hashable {
    let rule: String, kind: String, period: String

    init(_ r: TargetResult) { (rule, kind, period) = (r.rule, r.kind, r.period) }
    init(rule: String, kind: String, period: String) { (self.rule, self.kind, self.period) = (rule, kind, period) }
}

enum MergeMessages {
    static let noParts = Localized(vi: "không có tệp kết quả nào để gộp", en: "no results to merge")
    static func notComparable(_ what: String, _ a: String, _ b: String, first: String) -> Localized {
        Localized(vi: "không gộp được: '\(what)' là \(b), còn ở \(first) là \(a) (các phần phải cùng quy chế, cùng khoảng và ngày đánh giá: dùng cùng --from, --to và --as-of cho mọi phần)",
                  en: "cannot merge: '\(what)' is \(b), but \(a) in \(first) (the parts must have one regulation, window and evaluation date: give every part the same --from, --to and --as-of)")
    }
    static func findingsUncounted(_ body: String, _ status: Finding.Status, listed: Int, counted: Int) -> Localized {
        Localized(vi: "các kết luận của phần này không khớp với bảng tổng hợp của nó: \(body) có \(listed) kết luận '\(status.word.vi)' được liệt kê nhưng \(counted) được đếm (tệp bị cắt, có dòng lặp lại hay thêm vào?)",
                  en: "its findings do not match its own tallies: \(body) has \(listed) '\(status.word.en)' findings listed but \(counted) counted (lines lost, repeated or added?)")
    }
    static func keptMixed(_ first: String) -> Localized {
        Localized(vi: "không gộp được: phần này và \(first) khác nhau về --kept (một phần liệt kê các lần kiểm tra đạt, phần kia chỉ đếm): đánh giá lại mọi phần cùng một cách",
                  en: "cannot merge: this part and \(first) differ in --kept (one lists the checks kept, the other only counts them): judge every part the same way")
    }
    static func bodyTwice(_ body: String, _ other: String) -> Localized {
        Localized(vi: "cơ quan '\(body)' đã được đánh giá trong \(other): gộp sẽ tính hai lần (chia nhật ký và danh sách tổ chức theo cơ quan)",
                  en: "the body '\(body)' was judged in \(other) too: merging would count it twice (split the log and the roster by body)")
    }
    static func unreadable(_ why: Localized) -> Localized {
        Localized(vi: "không phải kết quả JSON của rules evaluate (\(why.vi))", en: "not a JSON result of rules evaluate (\(why.en))")
    }
    static let otherText = Localized(vi: "phần này được đánh giá theo một văn bản quy chế khác với các tệp .rules đã cho (regulation_digest khác)",
                                     en: "this part was judged by another text than the .rules files given (its regulation_digest differs)")
    static func bodiesSelected(_ bodies: [String]) -> Localized {
        Localized(vi: "phần này chỉ đánh giá \(bodies.joined(separator: ", ")) (--body): các số tính trên cả loại tổ chức của nó không đầy đủ; đánh giá phần đó không dùng --body",
                  en: "this part judged only \(bodies.joined(separator: ", ")) (--body): its counts over a kind are not the kind's; evaluate the part without --body")
    }
    static func rosterMixed(_ first: String) -> Localized {
        Localized(vi: "phần này và \(first) không cùng có hoặc cùng không có danh sách tổ chức (--roster): quần thể của chúng không cộng được",
                  en: "this part and \(first) are not both with or both without a roster (--roster): their populations do not add up")
    }
    static func offRoster(_ error: Localized) -> Localized {
        Localized(vi: "phần này đã loại sự kiện không khớp danh sách tổ chức của nó (\(error.vi)): chia nhật ký và danh sách tổ chức theo cùng một cách",
                  en: "this part refused events its roster does not account for (\(error.en)): split the log and the roster the same way")
    }
    static func unknownRule(_ rule: String, _ code: String) -> Localized {
        Localized(vi: "quy tắc '\(rule)' (\(code)) không có trong các tệp .rules đã cho", en: "the rule '\(rule)' (\(code)) is not in the .rules files given")
    }
    static let totalsMissing = Localized(vi: "các phần không ghi tổng số của kỳ (giá trị thiếu hoặc không phải số): không cộng lại được",
                                         en: "the parts carry no totals for the period (a value missing or not a number): they cannot be added up")
}
