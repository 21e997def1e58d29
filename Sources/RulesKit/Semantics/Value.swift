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
        switch d {
        case .clock where n % 60 == 0: Localized(vi: "\(n / 60) giờ", en: "\(n / 60) hours")
        case .clock: Localized(vi: "\(n) phút", en: "\(n) minutes")
        case .days: Localized(vi: "\(n) ngày", en: "\(n) days")
        case .workingDays: Localized(vi: "\(n) ngày làm việc", en: "\(n) working days")
        case .months: Localized(vi: "\(n) tháng", en: "\(n) months")
        }
    }
}

import Foundation
