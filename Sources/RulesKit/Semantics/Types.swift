/// What a duration measures. Only durations of one dimension can be compared or added:
/// "2 hours" and "2 working days" have no common measure.
public enum DurationDimension: String, Hashable, Sendable {
    /// minutes and hours: meeting lengths
    case clock
    /// calendar days and weeks
    case days
    /// working days, counted on the calendar in force
    case workingDays
    /// months and years: calendar months, end-of-month clamped
    case months

    init(_ unit: DurationUnit) {
        switch unit {
        case .minutes, .hours: self = .clock
        case .days, .weeks: self = .days
        case .workingDays: self = .workingDays
        case .months, .years: self = .months
        }
    }

    /// The amount in this dimension's base unit (minutes, days, working days, months).
    static func baseAmount(_ n: Int64, _ unit: DurationUnit) -> Int64? {
        let factor: Int64 = switch unit {
        case .minutes, .days, .workingDays, .months: 1
        case .hours: 60
        case .weeks: 7
        case .years: 12
        }
        let (v, o) = n.multipliedReportingOverflow(by: factor)
        return o ? nil : v
    }
}

/// The type of an expression, as the checker infers it.
public indirect enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case number, boolean, text, date, time, id
    case duration(DurationDimension)
    case list(ValueType)
    /// A bound event (`m` in `each meeting m`); its fields are read with `m.field`.
    case event(String)
    /// The type of an expression that already failed to check; never reported twice.
    case error

    public var description: String {
        switch self {
        case .number: "number"
        case .boolean: "boolean"
        case .text: "text"
        case .date: "date"
        case .time: "time"
        case .id: "id"
        case .duration(let d): d == .clock ? "duration (hours)" : d == .workingDays ? "duration (working days)"
            : d == .months ? "duration (months)" : "duration (days)"
        case .list(let t): "list of \(t)"
        case .event(let e): "event '\(e)'"
        case .error: "error"
        }
    }

    public var vietnamese: String {
        switch self {
        case .number: "số"
        case .boolean: "đúng/sai"
        case .text: "văn bản"
        case .date: "ngày"
        case .time: "giờ"
        case .id: "mã"
        case .duration(let d): d == .clock ? "khoảng thời gian (giờ)" : d == .workingDays ? "khoảng thời gian (ngày làm việc)"
            : d == .months ? "khoảng thời gian (tháng)" : "khoảng thời gian (ngày)"
        case .list(let t): "danh sách \(t.vietnamese)"
        case .event(let e): "sự kiện '\(e)'"
        case .error: "lỗi"
        }
    }
}

/// The declared type of an event field.
public enum FieldType: Hashable, Sendable {
    case integer, number, boolean, date, time, duration, id
    case text(oneOf: [String])
    /// The id of another event of the named type (`ref meeting`).
    case ref(String)

    public var valueType: ValueType {
        switch self {
        case .integer, .number: .number
        case .boolean: .boolean
        case .date: .date
        case .time: .time
        case .duration: .duration(.clock)
        case .id, .ref: .id
        case .text: .text
        }
    }
}
