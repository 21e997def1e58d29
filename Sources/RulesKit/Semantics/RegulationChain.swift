/// A regulation and the regulations that amend it, as versions in force one after another.
/// Each version is a consolidated model: the base text with every amendment up to it applied.
public struct RegulationChain: Sendable {
    public struct Change: Sendable {
        public var action: AmendmentDecl.Action
        /// `Điều 8, khoản 3` or the rule's name.
        public var target: Localized
        /// The new text, for replace and add.
        public var text: String?
        public var rules: [String]
        /// Why the new content is illustrative (`illustrative "…"` on it or its regulation), if it is.
        public var illustrative: String? = nil
    }

    public struct Version: Sendable {
        public var code: String
        public var effective: Day
        public var model: Model
        public var changes: [Change]
    }

    /// By effective date.
    public var versions: [Version]

    public var base: Version { versions[0] }

    /// The version in force on a day; nil before the first takes effect.
    public func version(on day: Day) -> Version? { versions.last { $0.effective <= day } }

    /// The header of a file, read before it can be checked (an amendment needs its base first).
    struct Header {
        var code: String
        var amends: String?
        var effective: Day?
        var range: SourceRange
    }

    static func header(_ file: SourceFile) -> Header? {
        let (syntax, _) = Parser.parse(file)
        for case .regulation(let r) in syntax.declarations {
            var h = Header(code: r.code.value, range: r.code.range)
            for item in r.items {
                if case .text(let t) = item.value, item.key.text == "amends" { h.amends = t.value }
                if case .date(let d, _) = item.value, item.key.text == "effective" { h.effective = Day(year: d.year, month: d.month, day: d.day) }
            }
            return h
        }
        return nil
    }

    /// Checks a set of files together: each base regulation with the files that amend it.
    /// Returns the chains that checked clean and every file's diagnostics.
    public static func build(_ files: [SourceFile]) -> (chains: [RegulationChain], diagnostics: [(SourceFile, [Diagnostic])]) {
        var diagnostics: [String: [Diagnostic]] = [:]
        let headers = files.map(header)
        var byCode: [String: Int] = [:]
        for (i, h) in headers.enumerated() { if let h, byCode[h.code] == nil { byCode[h.code] = i } }
        // Which base each amendment belongs to, following `amends` links; a cycle is an error.
        var baseOf: [Int: Int] = [:]
        for (i, h) in headers.enumerated() {
            guard let h, h.amends != nil else { continue }
            var seen: Set<Int> = [i], cursor = i
            while let target = headers[cursor]?.amends {
                guard let next = byCode[target] else {
                    if cursor == i {
                        diagnostics[files[i].path, default: []].append(Diagnostic(.C042, at: h.range, ChainMessages.unknownAmended(target)))
                    }
                    break
                }
                if !seen.insert(next).inserted {
                    diagnostics[files[i].path, default: []].append(Diagnostic(.C043, at: h.range, ChainMessages.cycle(h.code)))
                    break
                }
                cursor = next
                if headers[next]?.amends == nil { baseOf[i] = next }
            }
        }
        var chains: [RegulationChain] = []
        for (b, h) in headers.enumerated() where h == nil || h?.amends == nil {
            let (model, d) = Checker.check(files[b])
            diagnostics[files[b].path, default: []] += d
            let amendments = baseOf.filter { $0.value == b }.map(\.key)
                .sorted { (headers[$0]?.effective ?? .first, $0) < (headers[$1]?.effective ?? .first, $1) }
            // Amendments of a base with errors cannot be checked against it; the base's errors say why.
            guard var current = model else { continue }
            let effective = current.regulation?.effective ?? .first
            var versions = [Version(code: current.regulation?.code ?? "", effective: effective, model: current, changes: [])]
            var ok = true
            for a in amendments {
                let (amending, d) = Checker.check(files[a], context: current)
                var fileDiagnostics = d
                guard let amending else { ok = false; diagnostics[files[a].path, default: []] += fileDiagnostics; continue }
                let headerRange = amending.regulation?.range ?? .none
                guard let eff = amending.regulation?.effective else {
                    fileDiagnostics.append(Diagnostic(.C048, at: headerRange, ChainMessages.noEffectiveDate))
                    diagnostics[files[a].path, default: []] += fileDiagnostics
                    ok = false
                    continue
                }
                // The amended text's own date, from its header: it may not have been applied yet.
                let amendedCode = amending.regulation?.amends ?? ""
                let amendedEffective = byCode[amendedCode].flatMap { headers[$0]?.effective }
                if versions.contains(where: { $0.effective == eff }) {
                    let other = versions.first { $0.effective == eff }!.code
                    fileDiagnostics.append(Diagnostic(.C044, at: headerRange, ChainMessages.sameDay(other, eff)))
                } else if let amendedEffective, eff < amendedEffective {
                    fileDiagnostics.append(Diagnostic(.C045, at: headerRange, ChainMessages.beforeAmended(amendedCode, amendedEffective)))
                }
                var changes: [Change] = []
                current = apply(amending, to: current, changes: &changes, diagnostics: &fileDiagnostics)
                diagnostics[files[a].path, default: []] += fileDiagnostics
                if fileDiagnostics.contains(where: { $0.severity == .error }) { ok = false }
                versions.append(Version(code: current.regulation?.code ?? "", effective: eff, model: current, changes: changes))
            }
            if ok { chains.append(RegulationChain(versions: versions)) }
        }
        return (chains, files.map { ($0, (diagnostics[$0.path] ?? []).inSourceOrder) })
    }

    /// The consolidated model after `amending`: its header, the provisions and rules it changes.
    static func apply(_ amending: Model, to base: Model, changes: inout [Change], diagnostics: inout [Diagnostic]) -> Model {
        var m = base
        var info = amending.regulation ?? base.regulation!
        info.title = info.title ?? base.regulation?.title
        // An amendment cites the base's provisions by the base's numbers.
        info.numbering = info.numbering ?? base.regulation?.numbering
        m.regulation = info
        m.file = amending.file
        m.amendments = []
        // The amendment was checked starting from the base's declarations: what it declared is added.
        m.eventTypes = amending.eventTypes
        m.bodies = amending.bodies
        m.bodyOrder = amending.bodyOrder
        m.calendarAdjustments = amending.calendarAdjustments
        func addRules(_ names: [String], _ range: SourceRange) -> Bool {
            for n in names where m.rules.contains(where: { $0.name == n }) {
                diagnostics.append(Diagnostic(.C047, at: range, ChainMessages.ruleInForce(n)))
                return false
            }
            m.rules += names.compactMap { newRules[$0] }
            return true
        }
        let newRules = Dictionary(amending.rules.map { r in
            var r = r
            r.citation.numbering = r.citation.numbering ?? info.numbering
            return (r.name, r)
        }, uniquingKeysWith: { a, _ in a })
        for a in amending.amendments {
            let target = Citation(parts: a.path).localized
            switch a.action {
            case .repeal where a.rule != nil:
                let name = a.rule!
                guard m.rules.contains(where: { $0.name == name }) else {
                    diagnostics.append(Diagnostic(.C040, at: a.pathRange, ChainMessages.noSuchRule(name)))
                    continue
                }
                m.rules.removeAll { $0.name == name }
                m.provisions = ProvisionTree.removingRule(name, from: m.provisions)
                changes.append(Change(action: .repeal, target: .same(name), text: nil, rules: [name]))
            case .replace, .repeal:
                guard let old = ProvisionTree.find(a.path, in: m.provisions) else {
                    diagnostics.append(Diagnostic(.C040, at: a.pathRange, ChainMessages.noSuchProvision(target)))
                    continue
                }
                let removed = ProvisionTree.ruleNames(old)
                m.rules.removeAll { removed.contains($0.name) }
                m.provisions = ProvisionTree.replacing(a.path, with: a.action == .replace ? a.provision : nil, in: m.provisions)
                let added = a.provision.map(ProvisionTree.ruleNames) ?? []
                guard addRules(added, a.range) else { continue }
                let touched = (removed + added).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                changes.append(Change(action: a.action, target: target, text: a.provision?.text, rules: touched,
                                      illustrative: a.provision?.illustrative ?? amending.regulation?.illustrative))
            case .add:
                if ProvisionTree.find(a.path, in: m.provisions) != nil {
                    diagnostics.append(Diagnostic(.C041, at: a.pathRange, ChainMessages.alreadyExists(target)))
                    continue
                }
                guard a.path.count == 1 || ProvisionTree.find(Array(a.path.dropLast()), in: m.provisions) != nil else {
                    diagnostics.append(Diagnostic(.C040, at: a.pathRange, ChainMessages.noSuchProvision(
                        Citation(parts: a.path.dropLast()).localized)))
                    continue
                }
                let added = ProvisionTree.ruleNames(a.provision!)
                guard addRules(added, a.range) else { continue }
                m.provisions = ProvisionTree.inserting(a.provision!, at: a.path, in: m.provisions)
                changes.append(Change(action: .add, target: target, text: a.provision?.text, rules: added,
                                      illustrative: a.provision?.illustrative ?? amending.regulation?.illustrative))
            }
        }
        return m
    }
}

/// Finding, replacing and inserting provisions by their path (`article 8 clause 3`).
enum ProvisionTree {
    static func matches(_ p: Provision, _ part: Citation.Part) -> Bool { p.level == part.level && p.number == part.number }

    static func find(_ path: [Citation.Part], in nodes: [Provision]) -> Provision? {
        guard let first = path.first, let node = nodes.first(where: { matches($0, first) }) else { return nil }
        return path.count == 1 ? node : find(Array(path.dropFirst()), in: node.children)
    }

    static func replacing(_ path: [Citation.Part], with new: Provision?, in nodes: [Provision]) -> [Provision] {
        guard let first = path.first else { return nodes }
        return nodes.compactMap { n in
            guard matches(n, first) else { return n }
            if path.count == 1 { return new }
            var copy = n
            copy.children = replacing(Array(path.dropFirst()), with: new, in: n.children)
            return copy
        }
    }

    static func inserting(_ new: Provision, at path: [Citation.Part], in nodes: [Provision]) -> [Provision] {
        if path.count == 1 { return nodes + [new] }
        return nodes.map { n in
            guard matches(n, path[0]) else { return n }
            var copy = n
            copy.children = inserting(new, at: Array(path.dropFirst()), in: n.children)
            return copy
        }
    }

    static func ruleNames(_ p: Provision) -> [String] { p.rules + p.children.flatMap(ruleNames) }

    static func removingRule(_ name: String, from nodes: [Provision]) -> [Provision] {
        nodes.map { n in
            var copy = n
            copy.rules.removeAll { $0 == name }
            copy.children = removingRule(name, from: n.children)
            return copy
        }
    }
}

enum ChainMessages {
    static func unknownAmended(_ code: String) -> Localized {
        Localized(vi: "không tìm thấy văn bản '\(code)' được sửa đổi trong các tệp đã cho",
                  en: "the amended regulation '\(code)' is not among the files given")
    }
    static func cycle(_ code: String) -> Localized {
        Localized(vi: "chuỗi sửa đổi của '\(code)' quay vòng về chính nó", en: "the amendments of '\(code)' form a cycle")
    }
    static func sameDay(_ other: String, _ day: Day) -> Localized {
        Localized(vi: "cùng có hiệu lực ngày \(day) với '\(other)'", en: "takes effect on \(day), the same day as '\(other)'")
    }
    static func beforeAmended(_ code: String, _ day: Day) -> Localized {
        Localized(vi: "có hiệu lực trước văn bản được sửa đổi '\(code)' (\(day))",
                  en: "takes effect before the text it amends, '\(code)' (\(day))")
    }
    static func noSuchProvision(_ target: Localized) -> Localized {
        Localized(vi: "văn bản được sửa đổi không có \(target.vi)", en: "the amended text has no \(target.en)")
    }
    static func noSuchRule(_ name: String) -> Localized {
        Localized(vi: "văn bản được sửa đổi không có quy tắc '\(name)'", en: "the amended text has no rule '\(name)'")
    }
    static let noEffectiveDate = Localized(vi: "văn bản sửa đổi phải có ngày hiệu lực (effective)",
                                           en: "an amending regulation needs an effective date")
    static func ruleInForce(_ name: String) -> Localized {
        Localized(vi: "quy tắc '\(name)' đang có hiệu lực; bãi bỏ hoặc thay thế nó trước", en: "rule '\(name)' is already in force; repeal or replace it first")
    }
    static func alreadyExists(_ target: Localized) -> Localized {
        Localized(vi: "\(target.vi) đã có; dùng 'replace' để thay thế", en: "\(target.en) already exists; use 'replace' to change it")
    }
}
