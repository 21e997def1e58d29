/// A day off, with the reason it is off and where that reason comes from — so an evaluation can
/// explain itself ("not worked because 2024-02-08 is Tết, Thông báo 6150/TB-LĐTBXH") and a
/// supervisor can hold every day against its document.
public struct Holiday: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A day the labour law in force names (see `HolidayLaw`).
        case statutory
        /// Replaces a statutory holiday that fell on a weekend, by the law's own rule.
        case compensatory
        /// Fixed by the government's announced schedule for that year.
        case official
        /// Declared by a rules file's `calendar { … }`.
        case fileAdded
    }

    public let day: Day
    public let name: Localized
    public let kind: Kind
    /// The law, announcement or rules file the day comes from.
    public let source: Localized

    public init(day: Day, name: Localized, kind: Kind, source: Localized) {
        self.day = day
        self.name = name
        self.kind = kind
        self.source = source
    }
}

/// A Saturday or Sunday that is worked: a make-up day for a weekday given off in exchange.
public struct WorkedDay: Hashable, Sendable {
    public let day: Day
    public let name: Localized
    public let source: Localized

    public init(day: Day, name: Localized, source: Localized) {
        self.day = day
        self.name = name
        self.source = source
    }
}
