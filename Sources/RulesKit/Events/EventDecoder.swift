/// Turns a raw record (JSON Lines or CSV) into a typed `Event`, checking it against the event
/// types the rules file knows. CSV cells arrive as text and are read by the declared type.
public struct EventDecoder: Sendable {
    public let types: [String: EventType]
    /// `--date-format dmy`: dates written day first (20/05/2024), as a Vietnamese spreadsheet shows them.
    public var dayFirstDates = false

    public init(types: [String: EventType]) {
        self.types = types
    }

    /// - Parameter textValues: CSV gives every cell as text; JSON has numbers and booleans of its
    ///   own, so a quoted number there is a mistake (`"present": "8"`).
    public func decode(_ record: RawRecord, file: String, textValues: Bool = false) -> Result<Event, EventError> {
        let source = EventSource(file: file, line: record.line)
        func fail(_ code: DiagnosticCode, _ field: RawField?, _ name: String?, _ m: Localized) -> Result<Event, EventError> {
            .failure(EventError(source: source, column: field?.column, field: name, code: code, message: m))
        }
        guard let typeField = record["type"], let typeName = Self.text(typeField.value) else {
            return fail(.E10, record["type"], "type", EventMessages.missingType)
        }
        guard let type = types[typeName] else {
            return fail(.E11, typeField, "type", EventMessages.unknownType(typeName, suggestion: Suggestions.closest(to: typeName, in: types.keys)))
        }
        let date: Day
        if let f = record["date"] {
            guard let s = Self.text(f.value), let d = Day.parse(s) ?? (dayFirstDates ? Day.parseDayFirst(s) : nil) else {
                let text = Self.text(f.value) ?? Self.shown(f.value)
                let dayFirst = !dayFirstDates && Day.parseDayFirst(text) != nil
                // The shape of the format read, but no real day (2023-02-30; 31/06/2024 with dmy): the day is at fault.
                let isoShaped = !text.contains("/") && !text.contains(".")
                let message = dayFirst ? EventMessages.dayFirstDate(text)
                    : Day.hasDateShape(text) && (dayFirstDates || isoShaped) ? EventMessages.noSuchDay(text) : EventMessages.badDate(text)
                return fail(.E13, f, "date", message)
            }
            date = d
        } else if let f = record["time"] {
            guard let s = Self.text(f.value), let d = Self.localDate(ofISOTime: s) else {
                return fail(.E13, f, "time", EventMessages.badDateTime(Self.text(f.value) ?? Self.shown(f.value)))
            }
            date = d
        } else {
            return fail(.E12, nil, "date", EventMessages.missingDate)
        }
        guard let bodyField = record["body"], let body = Self.text(bodyField.value), !body.isEmpty else {
            return fail(.E14, record["body"], "body", EventMessages.missingBody)
        }
        var id: String?
        if let f = record["id"] {
            switch f.value {
            case .string(let s) where !s.isEmpty: id = s
            case .number(let s): id = s
            default: return fail(.E15, f, "id", EventMessages.illTyped("id", "a text id", "một mã dạng văn bản", Self.shown(f.value)))
            }
        }
        var fields = EventFields()
        for f in record.fields {
            guard let info = type.fields[f.key] else { continue }
            if case .null = f.value { continue }
            switch Self.convert(f.value, to: info.type, dayFirst: dayFirstDates) {
            case .success(let v):
                // A number or a truth value in quotes reads as one only in CSV, where every cell is text.
                if !textValues, case .string(let s) = f.value, info.type == .integer || info.type == .number || info.type == .boolean {
                    // `08` is not a JSON number: the hint writes the integer as JSON would.
                    let written = if case .number(let q) = v, q.isInteger { q.description } else { s.trimmingCharacters(in: .whitespaces) }
                    return fail(.E15, f, f.key, EventMessages.numberAsText(f.key, s, written: written))
                }
                fields[f.key] = v
            case .failure(let m): return fail(m.code, f, f.key, m.message(f.key))
            }
        }
        var counts = Plausibility.Counts()
        for c in Plausibility.Count.allCases {
            if type.fields[c.name] != nil, case .number(let q)? = fields[c.name], q.isInteger { counts[c] = q.numerator }
        }
        if let p = Plausibility.problem(counts) { return fail(p.code, record[p.field], p.field, p.message) }
        for name in type.fieldOrder where type.fields[name]!.required && fields[name] == nil {
            return fail(.E18, nil, name, EventMessages.missingRequired(name))
        }
        return .success(Event(type: typeName, id: id, date: date, body: body, fields: fields, source: source))
    }

    struct ConversionFailure: Error {
        var code: DiagnosticCode
        var message: @Sendable (String) -> Localized
    }

    static func text(_ v: RawValue) -> String? {
        if case .string(let s) = v { return s }
        return nil
    }

    static func shown(_ v: RawValue) -> String {
        switch v {
        case .string(let s): "\"\(s)\""
        case .number(let s): s
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array: "[…]"
        case .object: "{…}"
        }
    }

    static func convert(_ raw: RawValue, to type: FieldType, dayFirst: Bool = false) -> Result<Value, ConversionFailure> {
        func illTyped(_ en: String, _ vi: String) -> Result<Value, ConversionFailure> {
            .failure(ConversionFailure(code: .E15) { EventMessages.illTyped($0, en, vi, shown(raw)) })
        }
        // CSV gives every cell as text; JSON gives numbers and booleans natively. Accept both.
        switch type {
        case .integer, .number:
            let literal: String
            switch raw {
            case .number(let s): literal = s
            case .string(let s): literal = s.trimmingCharacters(in: .whitespaces)
            default: return type == .integer ? illTyped("an integer", "một số nguyên") : illTyped("a number", "một số")
            }
            guard let q = Rational.parseDecimal(literal) else {
                if let problem = NumberProblem.problem(literal, integer: type == .integer) {
                    return .failure(ConversionFailure(code: .E20) { _ in problem })
                }
                return type == .integer ? illTyped("an integer", "một số nguyên") : illTyped("a number", "một số")
            }
            if type == .integer, !q.isInteger { return illTyped("an integer", "một số nguyên") }
            return .success(.number(q))
        case .boolean:
            switch raw {
            case .bool(let b): return .success(.boolean(b))
            // A spreadsheet writes TRUE/FALSE, or 1/0.
            case .string(let t) where ["true", "1"].contains(t.lowercased()): return .success(.boolean(true))
            case .string(let t) where ["false", "0"].contains(t.lowercased()): return .success(.boolean(false))
            default: return illTyped("true or false", "true hoặc false")
            }
        case .text(let values):
            guard case .string(let s) = raw else { return illTyped("text", "văn bản") }
            if !values.isEmpty, !values.contains(s) {
                return .failure(ConversionFailure(code: .E19) { EventMessages.notListed(s, $0, values) })
            }
            return .success(.text(s))
        case .id, .ref:
            switch raw {
            case .string(let s): return .success(.id(s))
            case .number(let s): return .success(.id(s))
            default: return illTyped("an id", "một mã")
            }
        case .date:
            guard case .string(let s) = raw, let d = Day.parse(s) ?? (dayFirst ? Day.parseDayFirst(s) : nil) else {
                if case .string(let s) = raw, !dayFirst, Day.parseDayFirst(s) != nil {
                    return .failure(ConversionFailure(code: .E13) { _ in EventMessages.dayFirstDate(s) })
                }
                return illTyped("a date (YYYY-MM-DD)", "một ngày (YYYY-MM-DD)")
            }
            return .success(.date(d))
        case .time:
            guard case .string(let s) = raw, let m = clockMinutes(s) else { return illTyped("a time (HH:MM)", "một giờ (HH:MM)") }
            return .success(.time(m))
        case .duration:
            guard case .string(let s) = raw, let m = clockMinutes(s) else { return illTyped("a duration (HH:MM)", "một khoảng thời gian (HH:MM)") }
            return .success(.duration(Int64(m), .clock))
        }
    }

    /// `08:00` → 480; nil for `25:00` or `8h`.
    static func clockMinutes(_ s: String) -> Int? {
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else { return nil }
        return h * 60 + m
    }

    /// The date, in Vietnam (UTC+7), of an ISO 8601 time such as `2023-04-12T08:00:00+07:00`.
    /// A time without an offset is taken as Vietnamese local time.
    static func localDate(ofISOTime s: String) -> Day? {
        let chars = Array(s)
        guard chars.count >= 16, chars[10] == "T" || chars[10] == " ", let day = Day.parse(String(chars[0..<10])),
              let minutes = clockMinutes(String(chars[11..<16]))
        else { return nil }
        var rest = chars[16...]
        if rest.first == ":" {
            guard rest.count >= 3, rest.dropFirst().prefix(2).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            rest = rest.dropFirst(3)
            if rest.first == "." { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
        }
        var offset = 7 * 60
        if rest.first == "Z" {
            offset = 0
            rest = rest.dropFirst()
        } else if let sign = rest.first, sign == "+" || sign == "-" {
            guard rest.count == 6, let o = clockMinutes(String(rest.dropFirst())) else { return nil }
            offset = sign == "+" ? o : -o
            rest = []
        }
        guard rest.isEmpty else { return nil }
        let local = minutes - offset + 7 * 60
        return day.adding(days: local < 0 ? -1 : local >= 24 * 60 ? 1 : 0)
    }
}

import Foundation
