/// The labour law in force on a day, as far as it decides which days are public holidays.
///
/// Each Vietnamese Labour Code lists the holidays and says that a holiday falling on the weekly
/// rest day is made up on the next working day; what changed from one code to the next is how
/// many days Tết and National Day have and whether the Hùng Kings' day is one.
public enum HolidayLaw: Sendable, CaseIterable {
    /// Labour Code 1994, in force from 1995-01-01: Tết 4 days, National Day 1.
    case code1994
    /// The 2007 amendment of its article 73 added the Hùng Kings' day (first observed in 2007).
    case code1994Amended2007
    /// Labour Code 2012, in force from 2013-05-01: Tết 5 days.
    case code2012
    /// Labour Code 2019, in force from 2021-01-01: National Day 2 days (2 September and one
    /// adjacent day).
    case code2019

    /// The first day the law applies. Before 1995-01-01 the 1994 code is applied anyway: the
    /// earlier law is not modelled, and `modelled` says so.
    public var takesEffect: Day {
        switch self {
        case .code1994: Day(year: 1995, month: 1, day: 1)!
        case .code1994Amended2007: Day(year: 2007, month: 1, day: 1)!
        case .code2012: Day(year: 2013, month: 5, day: 1)!
        case .code2019: Day(year: 2021, month: 1, day: 1)!
        }
    }

    public static func inForce(on day: Day) -> HolidayLaw {
        allCases.last { $0.takesEffect <= day } ?? .code1994
    }

    /// Whether the tool knows the law of a year: from 1995 on.
    public static func modelled(year: Int) -> Bool { year >= 1995 }

    public var citation: Localized {
        switch self {
        case .code1994: Localized(vi: "Bộ luật Lao động 1994, Điều 73", en: "Labour Code 1994, art. 73")
        case .code1994Amended2007:
            Localized(vi: "Bộ luật Lao động 1994 (sửa đổi năm 2007), Điều 73", en: "Labour Code 1994 as amended in 2007, art. 73")
        case .code2012: Localized(vi: "Bộ luật Lao động 2012, Điều 115", en: "Labour Code 2012, art. 115")
        case .code2019: Localized(vi: "Bộ luật Lao động 2019, Điều 112", en: "Labour Code 2019, art. 112")
        }
    }

    /// Where the law makes up a holiday that falls on the weekly rest day.
    public var compensationCitation: Localized {
        switch self {
        case .code2019: Localized(vi: "Bộ luật Lao động 2019, Điều 111, khoản 3", en: "Labour Code 2019, art. 111(3)")
        default: citation
        }
    }

    public var tetDays: Int {
        switch self {
        case .code1994, .code1994Amended2007: 4
        case .code2012, .code2019: 5
        }
    }

    public var nationalDayDays: Int { self == .code2019 ? 2 : 1 }

    public var hasHungKingsDay: Bool { self != .code1994 }
}

/// The public holidays by name, as the law and the yearly schedules speak of them.
public enum Occasion: Sendable, Hashable, CaseIterable {
    case newYear, tet, hungKings, reunification, labourDay, reunificationAndLabourDay, nationalDay

    public var name: Localized {
        switch self {
        case .newYear: Localized(vi: "Tết Dương lịch", en: "New Year's Day")
        case .tet: Localized(vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)")
        case .hungKings: Localized(vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration Day")
        case .reunification: Localized(vi: "Ngày Chiến thắng", en: "Reunification Day")
        case .labourDay: Localized(vi: "Ngày Quốc tế Lao động", en: "International Labour Day")
        case .reunificationAndLabourDay:
            Localized(vi: "Nghỉ lễ 30/4 – 1/5", en: "30 April – 1 May break")
        case .nationalDay: Localized(vi: "Quốc khánh", en: "National Day")
        }
    }
}
