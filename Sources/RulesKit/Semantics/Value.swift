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
        case .duration(let n, let d):
            switch d {
            case .clock: n % 60 == 0 ? "\(n / 60) hours" : "\(n) minutes"
            case .days: "\(n) days"
            case .workingDays: "\(n) working days"
            case .months: "\(n) months"
            }
        case .id(let s): s
        case .list(let l): "[" + l.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

import Foundation
