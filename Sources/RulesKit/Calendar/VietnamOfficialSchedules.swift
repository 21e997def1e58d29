/// The civil-service holiday schedules the government announced, year by year: the table a
/// supervisor holds the tool's working days against. Each line names the document it comes
/// from; a holiday that fell on a weekday and was not moved needs no announcement and cites the
/// law, and a day off in lieu of a weekend holiday cites the law's rule for it. Years not listed
/// fall back to the statutory rule (`VietnamHolidays`), and `rules calendar` says so. A rules
/// file adds or corrects days with `calendar { … }`.
///
/// Sources: the ministries' notices and the Government Office's letters as published on
/// government portals and in the press. Where a document's own date was not found in a
/// published copy it is left out rather than guessed (Thông báo 4875/TB-LĐTBXH, reported on
/// 11/12/2020). For 2015 only the ministry's proposal is published with its number; the Prime
/// Minister approved it (option 1 of Tờ trình 89/TTr-LĐTBXH).
///
/// To add a year: one `year(…)` entry with every break of the year, the weekdays off as ranges
/// (weekends inside a range are skipped) and each make-up Saturday with the weekday it pays for.
/// `VietnamOfficialSchedulesTests` checks that a year's net days off equal what the law grants.
public enum VietnamOfficialSchedules {
    /// The schedule announced for a year (the year of the holidays, not of the document).
    public static func schedule(forYear year: Int) -> OfficialSchedule? { byYear[year] }

    /// The years with an announced schedule, ascending.
    public static var years: [Int] { table.map(\.year) }

    /// Days off dated in a calendar year by any schedule: a year's schedule can reach into the
    /// one before (Monday 31/12/2018 was off for New Year 2019).
    static func daysOff(datedIn year: Int) -> [Holiday] { daysOffByYear[year] ?? [] }

    static func workedDays(datedIn year: Int) -> [WorkedDay] { workedByYear[year] ?? [] }

    private static let byYear = Dictionary(table.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    private static let daysOffByYear = Dictionary(grouping: table.flatMap(\.daysOff).sorted { $0.day < $1.day }, by: \.day.year)
    private static let workedByYear = Dictionary(grouping: table.flatMap(\.workedDays).sorted { $0.day < $1.day }, by: \.day.year)

    static let table: [OfficialSchedule] = [
        year(2015, [
            off(.newYear, "2015-01-01", "2015-01-02", tt89),
            worked("2014-12-27", instead: "2015-01-02", tt89),
            off(.tet, "2015-02-16", "2015-02-23", tt89),
            worked("2015-02-14", instead: "2015-02-16", tt89),
            off(.hungKings, "2015-04-28", .law),
            off(.reunificationAndLabourDay, "2015-04-29", "2015-05-01", tt89),
            worked("2015-04-25", instead: "2015-04-29", tt89),
            off(.nationalDay, "2015-09-02", .law),
        ]),
        year(2016, [
            off(.newYear, "2016-01-01", .law),
            off(.tet, "2016-02-08", "2016-02-12", notice("4659/TB-LĐTBXH", "2015-11-13", .labourMinistry)),
            inLieu(.hungKings, "2016-04-18"),
            inLieu(.reunificationAndLabourDay, "2016-05-02", "2016-05-03"),
            off(.nationalDay, "2016-09-02", .law),
        ]),
        year(2017, [
            inLieu(.newYear, "2017-01-02"),
            off(.tet, "2017-01-26", "2017-02-01", letter("9794/VPCP-KGVX", "2016-11-14", .governmentOffice)),
            off(.hungKings, "2017-04-06", .law),
            off(.labourDay, "2017-05-01", .law),
            inLieu(.reunification, "2017-05-02"),
            inLieu(.nationalDay, "2017-09-04"),
        ]),
        year(2018, [
            off(.newYear, "2018-01-01", .law),
            off(.tet, "2018-02-14", "2018-02-20", notice("5427/TB-LĐTBXH", "2017-12-22", .labourMinistry)),
            off(.hungKings, "2018-04-25", .law),
            off(.reunificationAndLabourDay, "2018-04-30", "2018-05-01", .law),
            inLieu(.nationalDay, "2018-09-03"),
        ]),
        year(2019, [
            off(.newYear, "2018-12-31", "2019-01-01", cv6519),
            worked("2019-01-05", instead: "2018-12-31", cv6519),
            off(.tet, "2019-02-04", "2019-02-08", cv6519),
            inLieu(.hungKings, "2019-04-15"),
            off(.reunificationAndLabourDay, "2019-04-29", "2019-05-01", cv6519),
            worked("2019-05-04", instead: "2019-04-29", cv6519),
            off(.nationalDay, "2019-09-02", .law),
        ]),
        year(2020, [
            off(.newYear, "2020-01-01", .law),
            off(.tet, "2020-01-23", "2020-01-29", notice("4544/TB-LĐTBXH", "2019-10-25", .labourMinistry)),
            off(.hungKings, "2020-04-02", .law),
            off(.reunificationAndLabourDay, "2020-04-30", "2020-05-01", .law),
            off(.nationalDay, "2020-09-02", .law),
        ]),
        year(2021, [
            off(.newYear, "2021-01-01", .law),
            off(.tet, "2021-02-10", "2021-02-16", tb4875),
            off(.hungKings, "2021-04-21", .law),
            off(.reunification, "2021-04-30", .law),
            inLieu(.labourDay, "2021-05-03"),
            off(.nationalDay, "2021-09-02", "2021-09-03", tb4875),
        ]),
        year(2022, [
            inLieu(.newYear, "2022-01-03"),
            off(.tet, "2022-01-31", "2022-02-04", cv245),
            inLieu(.hungKings, "2022-04-11"),
            inLieu(.reunificationAndLabourDay, "2022-05-02", "2022-05-03"),
            off(.nationalDay, "2022-09-01", "2022-09-02", cv245),
        ]),
        year(2023, [
            inLieu(.newYear, "2023-01-02"),
            off(.tet, "2023-01-20", "2023-01-26", cv8056),
            off(.labourDay, "2023-05-01", .law),
            inLieu(.hungKings, "2023-05-02"),
            inLieu(.reunification, "2023-05-03"),
            off(.nationalDay, "2023-09-01", "2023-09-04", cv8056),
        ]),
        year(2024, [
            off(.newYear, "2024-01-01", .law),
            off(.tet, "2024-02-08", "2024-02-14", tb5015),
            off(.hungKings, "2024-04-18", .law),
            off(.reunificationAndLabourDay, "2024-04-29", "2024-05-01", cv2450),
            worked("2024-05-04", instead: "2024-04-29", cv2450),
            off(.nationalDay, "2024-09-02", "2024-09-03", tb5015),
        ]),
        year(2025, [
            off(.newYear, "2025-01-01", .law),
            off(.tet, "2025-01-27", "2025-01-31", tb6150),
            off(.hungKings, "2025-04-07", .law),
            off(.reunificationAndLabourDay, "2025-04-30", "2025-05-02", tb6150),
            worked("2025-04-26", instead: "2025-05-02", tb6150),
            off(.nationalDay, "2025-09-01", "2025-09-02", tb6150),
        ]),
        year(2026, [
            off(.newYear, "2026-01-01", "2026-01-02", cv12729),
            worked("2026-01-10", instead: "2026-01-02", cv12729),
            off(.tet, "2026-02-16", "2026-02-20", tb9441),
            inLieu(.hungKings, "2026-04-27"),
            off(.reunificationAndLabourDay, "2026-04-30", "2026-05-01", .law),
            off(.nationalDay, "2026-08-31", "2026-09-02", tb9441),
            worked("2026-08-22", instead: "2026-08-31", tb9441),
        ]),
    ]

    // The documents cited more than once.
    private static let tt89 = document(.proposal, "89/TTr-LĐTBXH", "2014-11-20", .labourMinistry)
    private static let cv6519 = letter("6519/VPCP-KGVX", "2018-07-11", .governmentOffice)
    private static let tb4875 = document(.notice, "4875/TB-LĐTBXH", nil, .labourMinistry)
    private static let cv245 = letter("245/VPCP-KGVX", "2022-01-11", .governmentOffice)
    private static let cv8056 = letter("8056/VPCP-KGVX", "2022-12-01", .governmentOffice)
    private static let tb5015 = notice("5015/TB-LĐTBXH", "2023-11-22", .labourMinistry)
    private static let cv2450 = letter("2450/VPCP-KGVX", "2024-04-12", .governmentOffice)
    private static let tb6150 = notice("6150/TB-LĐTBXH", "2024-12-03", .labourMinistry)
    private static let cv12729 = letter("12729/VPCP-KGVX", "2025-12-25", .governmentOffice)
    private static let tb9441 = notice("9441", "2025-10-16", .homeAffairsMinistry)

    // The table's vocabulary: dates as ISO text, checked by the tests.
    private static func day(_ text: String) -> Day { Day.parse(text)! }

    private static func year(_ year: Int, _ entries: [ScheduleEntry]) -> OfficialSchedule {
        OfficialSchedule(year: year, entries)
    }

    private static func off(_ occasion: Occasion, _ first: String, _ last: String, _ source: ScheduleEntry.Source) -> ScheduleEntry {
        .off(occasion, day(first), day(last), source)
    }

    private static func off(_ occasion: Occasion, _ date: String, _ source: ScheduleEntry.Source) -> ScheduleEntry {
        off(occasion, date, date, source)
    }

    private static func inLieu(_ occasion: Occasion, _ first: String, _ last: String? = nil) -> ScheduleEntry {
        off(occasion, first, last ?? first, .inLieu)
    }

    private static func worked(_ date: String, instead: String, _ source: ScheduleEntry.Source) -> ScheduleEntry {
        .worked(day(date), instead: day(instead), source)
    }

    private static func document(_ form: ScheduleDocument.Form, _ number: String, _ date: String?,
                                 _ issuer: ScheduleDocument.Issuer) -> ScheduleEntry.Source {
        .document(ScheduleDocument(form: form, number: number, date: date.map(day), issuer: issuer))
    }

    private static func notice(_ number: String, _ date: String, _ issuer: ScheduleDocument.Issuer) -> ScheduleEntry.Source {
        document(.notice, number, date, issuer)
    }

    private static func letter(_ number: String, _ date: String, _ issuer: ScheduleDocument.Issuer) -> ScheduleEntry.Source {
        document(.letter, number, date, issuer)
    }
}
