/// Reads a roster from CSV (a spreadsheet saved as CSV: a UTF-8 BOM and `;` or tab separators
/// are accepted). One row per body, with a further row for each change of its members:
///
///     id,name,kind,parent,members,members_from,active_from,active_to
///     cb-01,Chi bộ Phòng Tổ chức,chi_bo,dbcs-1,12,,2020-01-01,
///     cb-01,,,,14,2024-03-01,,
///
/// A later row of a body may leave name, kind, parent and active days empty; where it gives
/// them they must agree with the first row. Every problem is an error with its line and column.
public enum RosterReader {
    public static let columns = ["id", "name", "kind", "parent", "members", "members_from", "active_from", "active_to"]

    /// The roster, or every error found in it (an unreadable file is one error, at line 0).
    public static func read(path: String) -> Result<Roster, RosterErrors> {
        if let p = SourceLoader.problem(with: path) {
            let message = Localized(vi: p.message(.vi), en: p.message(.en))
            return .failure(RosterErrors(errors: [EventError(source: EventSource(file: path, line: 0), column: nil, field: nil, code: .E24,
                                                             message: message)]))
        }
        return read(.file(path), file: path)
    }

    public static func read(text: String, file: String = "roster.csv") -> Result<Roster, RosterErrors> {
        read(.bytes(Array(text.utf8)), file: file)
    }

    static func read(_ source: RawSource, file: String) -> Result<Roster, RosterErrors> {
        var roster = Roster(file: file)
        var errors: [EventError] = []
        func fail(_ line: Int, _ column: Int?, _ field: String?, _ message: Localized) {
            errors.append(EventError(source: EventSource(file: file, line: line), column: column, field: field, code: .E24, message: message))
        }
        var records = CSVReader(source: source).makeIterator()
        var headerChecked = false
        /// Bodies whose members were given without a date: only one such row per body.
        var undated: Set<String> = []
        while let r = records.next() {
            if !headerChecked, let header = records.header {
                headerChecked = true
                for name in header where !columns.contains(name) {
                    fail(1, nil, name, RosterMessages.unknownColumn(name, suggestion: Suggestions.closest(to: name, in: columns)))
                }
                for name in ["id", "kind"] where !header.contains(name) { fail(1, nil, name, RosterMessages.missingColumn(name)) }
                if !errors.isEmpty { return .failure(RosterErrors(errors: errors)) }
            }
            let raw: RawRecord
            switch r {
            case .failure(let e):
                fail(e.line, e.column, nil, Localized(vi: e.message(vi: true), en: e.message(vi: false)))
                continue
            case .success(let record): raw = record
            }
            func text(_ key: String) -> String? {
                guard case .string(let t)? = raw[key]?.value else { return nil }
                let trimmed = t.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            func day(_ key: String) -> (ok: Bool, day: Day?) {
                guard let t = text(key) else { return (true, nil) }
                guard let d = Day.parse(t) else {
                    fail(raw.line, raw[key]?.column, key, EventMessages.badDate(t))
                    return (false, nil)
                }
                return (true, d)
            }
            guard let id = text("id") else {
                fail(raw.line, nil, "id", RosterMessages.missingValue("id"))
                continue
            }
            let (fromOK, from) = day("active_from"), (toOK, to) = day("active_to"), (sinceOK, since) = day("members_from")
            guard fromOK, toOK, sinceOK else { continue }
            var members: Int64?
            if let m = text("members") {
                guard let n = Int64(m), n > 0 else {
                    fail(raw.line, raw["members"]?.column, "members", RosterMessages.badMembers(m))
                    continue
                }
                members = n
            } else if since != nil {
                fail(raw.line, raw["members_from"]?.column, "members_from", RosterMessages.dateWithoutMembers)
                continue
            }
            if let from, let to, from > to {
                fail(raw.line, raw["active_to"]?.column, "active_to", RosterMessages.endsBeforeStart(from, to))
                continue
            }
            let given = Roster.Body(id: id, name: text("name"), kind: text("kind") ?? "", parent: text("parent"), from: from, to: to,
                                    line: raw.line)
            if let first = roster.body(id) {
                // A further row of a body: what it repeats must agree with its first row.
                let differs: [(String, String?, String?)] = [
                    ("name", given.name, first.name), ("kind", text("kind"), first.kind), ("parent", given.parent, first.parent),
                    ("active_from", from.map(\.description), first.from?.description), ("active_to", to.map(\.description), first.to?.description),
                ].filter { $0.1 != nil && $0.1 != $0.2 }
                if let (field, value, was) = differs.first {
                    fail(raw.line, raw[field]?.column, field, RosterMessages.disagrees(id: id, field: field, value: value ?? "", was: was ?? "",
                                                                                        line: first.line))
                    continue
                }
            } else {
                guard !given.kind.isEmpty else {
                    fail(raw.line, nil, "kind", RosterMessages.missingValue("kind"))
                    continue
                }
                _ = roster.add(given)
            }
            if let members {
                if since == nil, !undated.insert(id).inserted {
                    fail(raw.line, raw["members"]?.column, "members_from", RosterMessages.secondUndatedMembers(id))
                    continue
                }
                roster.update(id) { b in
                    b.members.entries.append((from: since, value: members))
                    // Undated first, then by date: `Timeline.value(on:)` takes the last that applies.
                    b.members.entries.sort { ($0.from ?? .first) < ($1.from ?? .first) }
                }
            }
        }
        for b in roster.bodies {
            guard let parent = b.parent else { continue }
            if roster.body(parent) == nil {
                fail(b.line, nil, "parent", RosterMessages.unknownParent(parent, id: b.id))
            } else if roster.ancestors(of: b.id) == nil {
                fail(b.line, nil, "parent", RosterMessages.cycle(b.id))
            }
        }
        return errors.isEmpty ? .success(roster) : .failure(RosterErrors(errors: errors.sorted { $0.source.line < $1.source.line }))
    }
}

public struct RosterErrors: Error, Sendable {
    public var errors: [EventError]
}

/// A roster kind the regulation does not declare [W21]: its bodies are judged by no rule, which is
/// right for the levels a regulation does not speak of and wrong for a misspelt kind.
public struct RosterWarning: Sendable {
    public var file: String
    public var line: Int
    public var kind: String
    public var bodies: Int
    public var suggestion: String?

    public func render(_ lang: Language) -> String {
        "\(file):\(line): \(lang.pick("cảnh báo", "warning")): "
            + lang.pick("loại tổ chức '\(kind)' (\(bodies) cơ quan) không được quy chế khai báo: không quy tắc nào áp dụng cho chúng",
                        "the kind '\(kind)' (\(bodies) bod\(bodies == 1 ? "y" : "ies")) is not declared by the regulation: no rule applies to them")
            + Suggestions.aside(suggestion).text(lang) + " [W21]"
    }
}

extension Roster {
    /// Its parent, its parent's parent… up the roster; nil when the chain comes back to a body.
    public func ancestors(of id: String) -> [String]? {
        var chain: [String] = [], seen: Set<String> = [id], at = body(id)?.parent
        while let p = at {
            guard seen.insert(p).inserted else { return nil }
            chain.append(p)
            at = body(p)?.parent
        }
        return chain
    }
}

enum RosterMessages {
    static func unknownColumn(_ name: String, suggestion: String?) -> Localized {
        Localized(vi: "danh sách tổ chức không có cột '\(name)' (các cột: \(RosterReader.columns.joined(separator: ", ")))",
                  en: "a roster has no column '\(name)' (columns: \(RosterReader.columns.joined(separator: ", ")))") + Suggestions.aside(suggestion)
    }
    static func missingColumn(_ name: String) -> Localized {
        Localized(vi: "dòng tiêu đề của danh sách tổ chức thiếu cột '\(name)'", en: "the roster's header has no '\(name)' column")
    }
    static func missingValue(_ name: String) -> Localized {
        Localized(vi: "dòng không có '\(name)'", en: "the row has no '\(name)'")
    }
    static func badMembers(_ text: String) -> Localized {
        Localized(vi: "'\(text)' không phải số đảng viên (số nguyên từ 1 trở lên)", en: "'\(text)' is not a number of members (a whole number, 1 or more)")
    }
    static let dateWithoutMembers = Localized(vi: "có 'members_from' mà không có 'members'", en: "'members_from' without 'members'")
    static func endsBeforeStart(_ from: Day, _ to: Day) -> Localized {
        Localized(vi: "ngày kết thúc \(to) trước ngày bắt đầu \(from)", en: "active to \(to), before active from \(from)")
    }
    static func disagrees(id: String, field: String, value: String, was: String, line: Int) -> Localized {
        Localized(vi: "'\(id)' đã có \(field) '\(was)' ở dòng \(line), dòng này ghi '\(value)'",
                  en: "'\(id)' has \(field) '\(was)' on line \(line); this row says '\(value)'")
    }
    static func secondUndatedMembers(_ id: String) -> Localized {
        Localized(vi: "'\(id)' đã có số đảng viên không ghi ngày: số đảng viên thay đổi cần 'members_from'",
                  en: "'\(id)' already has members with no date: a change of members needs 'members_from'")
    }
    static func unknownParent(_ parent: String, id: String) -> Localized {
        Localized(vi: "cấp trên '\(parent)' của '\(id)' không có trong danh sách", en: "the parent '\(parent)' of '\(id)' is not on the roster")
    }
    static func cycle(_ id: String) -> Localized {
        Localized(vi: "'\(id)' là cấp trên của chính nó (vòng lặp cấp trên)", en: "'\(id)' is its own ancestor (a loop of parents)")
    }
    static func notListed(_ id: String, roster: String, events: Int) -> Localized {
        Localized(vi: "cơ quan '\(id)' không có trong danh sách tổ chức \(roster): \(events) sự kiện của nó không được đánh giá",
                  en: "the body '\(id)' is not on the roster \(roster): its \(events) event(s) are not judged")
    }
    static func outsideActive(_ id: String, _ body: Roster.Body, events: Int, first: Day) -> Localized {
        let from = body.from.map(\.description) ?? "…", to = body.to.map(\.description) ?? "…"
        return Localized(vi: "\(events) sự kiện của '\(id)' đề ngày ngoài thời gian hoạt động trong danh sách (\(from) – \(to)), sự kiện đầu ngày \(first)",
                         en: "\(events) event(s) of '\(id)' are dated outside its active days on the roster (\(from) to \(to)), the first on \(first)")
    }
}
