/// Test cases written beside a regulation, in `NAME.test` next to `NAME.rules`:
///
///     test "Quorum: 7 of 11 is not enough, 8 is"
///     as-of 2024-06-30
///     events
///       {"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":$present}
///     cases present | ty_le_du_hop m
///       7 | violation
///       8 | kept
///
/// A first line `rules A.rules B.rules …` names the regulation and its amendments (relative to the
/// test file) when the file tests an amendment; otherwise `NAME.rules` beside it is used.
/// Each `cases` row is one test: its values replace `$name` in the events, and each expected
/// column names a rule and the event id or period it judges. Without `cases`, `expect RULE AT
/// STATUS` lines state the findings. `expect no other violations` checks that nothing else broke.
/// Without `as-of`, the evaluation date is the last event's, as for `rules evaluate`.
public struct RuleTestFile: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var line: Int
        /// `as-of`; without it, as `evaluate`: the day of the last event.
        public var asOf: Day?
        /// The events, each on its line of the test file (blank lines between), so that an error
        /// in one points at the test file's own line.
        public var events: String
        /// (rule, event id or period, expected status)
        public var expectations: [(rule: String, at: String, status: Finding.Status)]
        public var noOtherViolations: Bool
        /// Lines of the test that could not be read: the test fails with them, never passes.
        public var problems: [Localized] = []
    }

    public var cases: [Case] = []
    public var errors: [Localized] = []
    /// `rules …`: the files of the regulation under test, when it is a chain.
    public var rulesFiles: [String] = []

    public init(text: String, path: String) {
        var current: (name: String, line: Int, asOf: Day?, events: [(Int, String)], expect: [(String, String, Finding.Status)],
                      columns: [String], rows: [(Int, [String])], noOther: Bool, problems: [Localized], casesLine: Int)?
        var inEvents = false, inCases = false
        func flush() {
            guard let c = current else { return }
            if c.rows.isEmpty {
                cases.append(Case(name: c.name, line: c.line, asOf: c.asOf, events: Self.placed(c.events),
                                  expectations: c.expect, noOtherViolations: c.noOther, problems: c.problems))
            }
            let split = c.columns.firstIndex(of: "|") ?? c.columns.count
            let variables = Array(c.columns[..<split])
            let targets = c.columns[(min(split + 1, c.columns.count))...].joined(separator: " ").split(separator: ",").map {
                $0.split(separator: " ").map(String.init)
            }
            // A column named twice, or never used in the events, would let a row claim what it never set.
            var headerProblems: [Localized] = []
            for v in Set(variables).sorted() where variables.count(where: { $0 == v }) > 1 {
                headerProblems.append(.same("\(path):\(c.casesLine): ") + Localized(vi: "cột '\(v)' có hai lần trong tiêu đề 'cases'",
                                                                                   en: "column '\(v)' is named twice in the 'cases' header"))
            }
            let template = Self.placed(c.events)
            for v in variables where !Self.uses(template, v) {
                headerProblems.append(.same("\(path):\(c.casesLine): ") + Localized(vi: "cột '\(v)' của 'cases' không được dùng ('$\(v)') trong các sự kiện",
                                                                                   en: "column '\(v)' of 'cases' is never used ('$\(v)') in the events"))
            }
            let shape = "\(variables.joined(separator: " ")) | " + Array(repeating: "STATUS", count: targets.count).joined(separator: " ")
            for (line, row) in c.rows {
                let values = row.prefix { $0 != "|" }, expected = row.drop { $0 != "|" }.dropFirst()
                var problems = c.problems + headerProblems
                guard values.count == variables.count, expected.count == targets.count else {
                    problems.append(.same("\(path):\(line): ") + Localized(
                        vi: "số cột không khớp tiêu đề 'cases': cần \(variables.count) giá trị, '|', rồi \(targets.count) kết luận (\(shape)); nhiều kết luận trong tiêu đề cách nhau bằng dấu phẩy",
                        en: "the row's columns do not match the 'cases' header: \(variables.count) value(s), '|', then \(targets.count) status(es) (\(shape)); several expectations in the header are separated by commas"))
                    cases.append(Case(name: "\(c.name) [\(path):\(line)]", line: line, asOf: c.asOf, events: "", expectations: [],
                                      noOtherViolations: false, problems: problems))
                    continue
                }
                let events = Self.substitute(Self.placed(c.events), Dictionary(zip(variables, Array(values))) { x, _ in x },
                                             line: line, path: path, problems: &problems)
                var expectations = c.expect
                for (t, status) in zip(targets, expected) {
                    guard t.count == 2, let s = Finding.Status(rawValue: status) else {
                        problems.append(.same("\(path):\(line): ") + Self.notAStatus(status, t.joined(separator: " ")))
                        continue
                    }
                    expectations.append((t[0], t[1], s))
                }
                let label = zip(variables, values).map { "\($0)=\($1)" }.joined(separator: ", ")
                cases.append(Case(name: "\(c.name) [\(label)]", line: line, asOf: c.asOf, events: events,
                                  expectations: expectations, noOtherViolations: c.noOther, problems: problems))
            }
            current = nil
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = n + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(separator: " ").map(String.init)
            if words.first == "rules", current == nil, cases.isEmpty {
                rulesFiles = Array(words.dropFirst())
                continue
            }
            if line.hasPrefix("test ") {
                flush()
                let name = String(line.dropFirst(5)).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
                current = (name, number, nil, [], [], [], [], false, [], number)
                inEvents = false; inCases = false
                continue
            }
            guard current != nil else {
                errors.append(.same("\(path):\(number): ") + Localized(vi: "cần 'test \"tên\"' trước", en: "expected 'test \"name\"' first"))
                continue
            }
            if words.first == "as-of", words.count == 2, let d = Day.parse(words[1]) {
                current!.asOf = d
            } else if line == "events" {
                inEvents = true; inCases = false
            } else if words.first == "cases" {
                current!.columns = Array(words.dropFirst())
                current!.casesLine = number
                inCases = true; inEvents = false
            } else if line == "expect no other violations" {
                current!.noOther = true
            } else if words.first == "expect", words.count == 4 {
                if let s = Finding.Status(rawValue: words[3]) {
                    current!.expect.append((words[1], words[2], s))
                } else {
                    current!.problems.append(.same("\(path):\(number): ") + Self.notAStatus(words[3], words[1] + " " + words[2]))
                }
                inEvents = false
            } else if inEvents, line.hasPrefix("{") {
                current!.events.append((number, line))
            } else if inCases {
                current!.rows.append((number, words))
            } else {
                current!.problems.append(.same("\(path):\(number): ") + Localized(vi: "không hiểu dòng này", en: "cannot read this line") + .same(": \(line)"))
            }
        }
        flush()
        if cases.isEmpty && errors.isEmpty {
            errors.append(.same("\(path): ") + Localized(vi: "tệp không có kiểm thử nào ('test \"tên\"')", en: "the file has no test ('test \"name\"')"))
        }
    }

    /// Whether `$name` occurs in the text as a whole name.
    static func uses(_ text: String, _ name: String) -> Bool {
        var problems: [Localized] = []
        return substitute(text, [name: "\u{0}"], line: 0, path: "", problems: &problems).contains("\u{0}")
    }

    static func placed(_ lines: [(Int, String)]) -> String {
        var out = "", at = 1
        for (n, text) in lines {
            while at < n { out += "\n"; at += 1 }
            out += text
        }
        return out
    }

    /// `$name` replaced by its value: a whole name only (`$p` is not the start of `$p2`), and a
    /// `$name` the header does not declare is a problem of the row, not text left in the events.
    static func substitute(_ text: String, _ values: [String: String], line: Int, path: String, problems: inout [Localized]) -> String {
        var out = "", i = text.startIndex
        func isNameCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
        while let dollar = text[i...].firstIndex(of: "$") {
            out += text[i..<dollar]
            let nameStart = text.index(after: dollar)
            let nameEnd = text[nameStart...].firstIndex { !isNameCharacter($0) } ?? text.endIndex
            let name = String(text[nameStart..<nameEnd])
            if let v = values[name] {
                out += v
            } else {
                out += "$" + name
                if !name.isEmpty {
                    problems.append(.same("\(path):\(line): ") + Localized(
                        vi: "'$\(name)' không có trong tiêu đề 'cases' (\(values.keys.sorted().joined(separator: ", ")))",
                        en: "'$\(name)' is not a column of the 'cases' header (\(values.keys.sorted().joined(separator: ", ")))"))
                }
            }
            i = nameEnd
        }
        return out + text[i...]
    }

    /// The status words a test may expect: those of the findings.
    static func notAStatus(_ word: String, _ target: String) -> Localized {
        let words = Finding.Status.allCases.map(\.rawValue)
        return Localized(vi: "'\(word)' không phải kết luận (\(target)); các kết luận: \(words.joined(separator: ", "))",
                         en: "'\(word)' is not a status (\(target)); the statuses are \(words.joined(separator: ", "))")
            + (Suggestions.hint(word, words).map { .same(" — ") + $0 } ?? .same(""))
    }
}

/// Runs a test file against its regulation: each case's events evaluated, each expectation held
/// against the actual finding.
public struct RuleTestRunner: Sendable {
    public struct Outcome: Sendable {
        public var name: String
        public var failures: [Localized]
    }

    public let regulation: Regulation
    public var chain: RegulationChain { regulation.chain }

    public init(regulation: Regulation) {
        self.regulation = regulation
    }

    public init(model: Model) {
        let effective = model.regulation?.effective ?? .first
        regulation = Regulation(chain: RegulationChain(versions: [.init(code: model.regulation?.code ?? "", effective: effective, model: model, changes: [])]),
                                diagnostics: [])
    }

    public func run(_ file: RuleTestFile, path: String) -> [Outcome] {
        let ruleNames = Set(chain.versions.flatMap { $0.model.rules.map(\.name) })
        return file.cases.map { c in
            // The pruned store `rules evaluate` reads into, through the same front door.
            var log = regulation.eventLog()
            log.read(text: c.events, file: path)
            log.finish()
            var failures = c.problems + log.errors.map { Localized(vi: $0.render(.vi), en: $0.render(.en)) }
            if c.expectations.isEmpty && !c.noOtherViolations && c.problems.isEmpty {
                failures.append(Localized(vi: "kiểm thử không nêu kết luận nào được mong đợi ('expect' hoặc 'cases')",
                                          en: "the test states no expected finding ('expect' or 'cases')"))
            }
            let asOf = c.asOf ?? log.store.dates?.upperBound ?? .first
            let findings = regulation.evaluate(log, options: .init(asOf: asOf)).findings
            let ids = Set(log.events.compactMap(\.id))
            var expected: Set<String> = []
            for (rule, at, status) in c.expectations {
                expected.insert(rule + "\u{0}" + at)
                guard ruleNames.contains(rule) else {
                    failures.append(Localized(vi: "\(rule) \(at): không có quy tắc '\(rule)'", en: "\(rule) \(at): no rule is named '\(rule)'")
                                    + (Suggestions.hint(rule, ruleNames).map { .same(" — ") + $0 } ?? .same("")))
                    continue
                }
                let actual = findings.filter { $0.rule == rule && ($0.eventId == at || $0.period == at) }
                guard let f = actual.first else {
                    if !ids.contains(at) && !Periods.isLabel(at) {
                        failures.append(Localized(vi: "\(rule) \(at): '\(at)' không phải mã sự kiện nào của kiểm thử, cũng không phải tên kỳ (2023, 2023-05, 2023-Q2 …)",
                                                  en: "\(rule) \(at): '\(at)' is no event id of the test and no period (2023, 2023-05, 2023-Q2 …)")
                                        + (Suggestions.hint(at, ids).map { .same(" — ") + $0 } ?? .same("")))
                    } else {
                        failures.append(Localized(vi: "\(rule) \(at): mong đợi \(status.rawValue), thực tế quy tắc không có kết luận nào về \(at)",
                                                  en: "\(rule) \(at): expected \(status.rawValue), actual: the rule made no finding on \(at)"))
                    }
                    continue
                }
                if f.status != status {
                    failures.append(Localized(vi: "\(rule) \(at): mong đợi \(status.rawValue), thực tế \(f.status.rawValue) (\(f.compared ?? f.message.vi))",
                                              en: "\(rule) \(at): expected \(status.rawValue), actual \(f.status.rawValue) (\(f.compared ?? f.message.en))"))
                }
            }
            if c.noOtherViolations {
                for f in findings where f.status == .violation && !expected.contains(f.rule + "\u{0}" + (f.eventId ?? f.period ?? "")) {
                    failures.append(Localized(vi: "không mong đợi: \(f.rule) \(f.eventId ?? f.period ?? "") vi phạm (\(f.compared ?? ""))",
                                              en: "unexpected: \(f.rule) \(f.eventId ?? f.period ?? "") violation (\(f.compared ?? ""))"))
                }
            }
            return Outcome(name: c.name, failures: failures)
        }
    }

    /// Rules no expectation names, with their citation: what no test exercises.
    /// The rules no case names. `writtenIn`: an amending file of the chain — then only the rules
    /// its amendments write count, since the base regulation's own tests answer for the rest.
    public func uncovered(_ files: [RuleTestFile], writtenIn amending: SourceFile? = nil) -> [CheckedRule] {
        let named = Set(files.flatMap { $0.cases.flatMap { $0.expectations.map(\.rule) } })
        let own: Set<String>? = amending.flatMap { RegulationChain.header($0) }.flatMap { h in
            chain.versions.first { $0.code == h.code && h.amends != nil }.map { Set($0.changes.flatMap(\.rules)) }
        }
        var seen: Set<String> = []
        return chain.versions.flatMap(\.model.rules).filter {
            !named.contains($0.name) && (own?.contains($0.name) ?? true) && seen.insert($0.name).inserted
        }
    }
}

import Foundation
