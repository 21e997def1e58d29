/// A value at evaluation time. A field absent from an event is not a value: it is `nil`
/// wherever a `Value?` is read, and makes a check undetermined rather than false.
public enum Value: Hashable, Sendable, CustomStringConvertible {
    case number(Rational)
    case boolean(Bool)
    case text(String)
    case date(Day)
    /// Minutes after midnight.
    case time(Int)
    /// Amount in the dimension's base unit (minutes, days, working days, months).
    case duration(Int64, DurationDimension)
    case id(String)
    case list([Value])

    public var description: String {
        switch self {
        case .number(let r): r.description
        case .boolean(let b): b ? "true" : "false"
        case .text(let s): "\"\(s)\""
        case .date(let d): d.description
        case .time(let m): String(format: "%02d:%02d", m / 60, m % 60)
        case .duration(let n, let d): Value.durationText(n, d).en
        case .id(let s): s
        case .list(let l): "[" + l.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

extension Value {
    /// A duration in words, in both languages: `2 working days` / `2 ngày làm việc`.
    static func durationText(_ n: Int64, _ d: DurationDimension) -> Localized {
        func en(_ k: Int64, _ unit: String) -> String { k == 1 || k == -1 ? "\(k) \(unit)" : "\(k) \(unit)s" }
        return switch d {
        case .clock where n % 60 == 0: Localized(vi: "\(n / 60) giờ", en: en(n / 60, "hour"))
        case .clock: Localized(vi: "\(n) phút", en: en(n, "minute"))
        case .days: Localized(vi: "\(n) ngày", en: en(n, "day"))
        case .workingDays: Localized(vi: "\(n) ngày làm việc", en: en(n, "working day"))
        case .months: Localized(vi: "\(n) tháng", en: en(n, "month"))
        }
    }
}

import Foundation
