/// A day off, with the reason it is off — so an evaluation can explain itself
/// ("not worked because 2024-04-18 is Giỗ Tổ Hùng Vương").
public struct Holiday: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Fixed by the Labour Code 2019, art. 112, clause 1.
        case statutory
        /// Replaces a statutory holiday that fell on a weekend (art. 112, clause 3).
        case compensatory
        /// Declared by a rules file, e.g. the year's official Tết schedule.
        case fileAdded
    }

    public let day: Day
    public let nameVi: String
    public let nameEn: String
    public let kind: Kind

    public init(day: Day, nameVi: String, nameEn: String, kind: Kind) {
        self.day = day
        self.nameVi = nameVi
        self.nameEn = nameEn
        self.kind = kind
    }
}
