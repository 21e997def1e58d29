/// A year's days off and make-up working days as the government announced them for cadres,
/// civil servants and public employees, each day with the document that fixed it.
public struct OfficialSchedule: Sendable {
    public let year: Int
    /// Weekdays off, sorted (weekends inside a break need no entry).
    public let daysOff: [Holiday]
    /// Saturdays and Sundays worked in exchange for a weekday off, sorted.
    public let workedDays: [WorkedDay]
    /// The announcements the year's schedule comes from, in the table's order.
    public let documents: [Localized]
}

/// An announcement of a schedule: "Thông báo 6150/TB-LĐTBXH ngày 04/12/2023".
struct ScheduleDocument: Sendable {
    /// `proposal`: a ministry's proposal the Prime Minister approved, when the approval's own
    /// number is not published.
    enum Form: Sendable { case notice, letter, decision, proposal }
    enum Issuer: Sendable { case labourMinistry, homeAffairsMinistry, governmentOffice, primeMinister }

    let form: Form
    let number: String
    /// Nil where the document's own date could not be established from a published copy.
    let date: Day?
    let issuer: Issuer

    var citation: Localized {
        let (formVi, formEn): (String, String) = switch form {
        case .notice: ("Thông báo", "Notice")
        case .letter: ("Công văn", "Official letter")
        case .decision: ("Quyết định", "Decision")
        case .proposal: ("Tờ trình", "Proposal")
        }
        let (issuerVi, issuerEn): (String, String) = switch issuer {
        case .labourMinistry: ("Bộ Lao động – Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs")
        case .homeAffairsMinistry: ("Bộ Nội vụ", "Ministry of Home Affairs")
        case .governmentOffice: ("Văn phòng Chính phủ", "Government Office")
        case .primeMinister: ("Thủ tướng Chính phủ", "Prime Minister")
        }
        var cited = Localized(vi: "\(formVi) \(number)", en: "\(formEn) \(number)")
        if let date {
            let (y, m, d) = date.components
            cited = cited + Localized(vi: " ngày " + (d < 10 ? "0" : "") + "\(d)/" + (m < 10 ? "0" : "") + "\(m)/\(y)", en: " of \(date)")
        }
        cited = cited + Localized(vi: " của \(issuerVi)", en: ", \(issuerEn)")
        guard form == .proposal else { return cited }
        return cited + Localized(vi: ", được Thủ tướng Chính phủ đồng ý", en: ", approved by the Prime Minister")
    }
}

/// One line of the table in `VietnamOfficialSchedules`.
enum ScheduleEntry: Sendable {
    /// Where a day off comes from: the law itself (a holiday on a weekday needs no announcement)
    /// or an announcement.
    enum Source: Sendable {
        /// A holiday of the law that fell on a weekday and was not moved.
        case law
        /// The law's day off in lieu of a holiday that fell on the weekend.
        case inLieu
        case document(ScheduleDocument)
    }

    /// The weekdays of `first...last` are off for `occasion`.
    case off(Occasion, Day, Day, Source)
    /// A weekend day worked in exchange for the weekday `instead` given off.
    case worked(Day, instead: Day, Source)

    var source: Source {
        switch self {
        case .off(_, _, _, let s), .worked(_, _, let s): s
        }
    }
}

extension OfficialSchedule {
    /// A year's schedule from its table lines; the lines are checked by tests, not here.
    init(year: Int, _ entries: [ScheduleEntry]) {
        func cite(_ source: ScheduleEntry.Source, _ day: Day) -> Localized {
            switch source {
            case .law: HolidayLaw.inForce(on: day).citation
            case .inLieu: HolidayLaw.inForce(on: day).compensationCitation
            case .document(let d): d.citation
            }
        }
        var exchanged: [Day: Day] = [:], worked: [WorkedDay] = [], documents: [Localized] = []
        for entry in entries {
            if case .document(let d) = entry.source, !documents.contains(d.citation) { documents.append(d.citation) }
            guard case .worked(let day, let instead, let source) = entry else { continue }
            exchanged[instead] = day
            worked.append(WorkedDay(day: day, name: Localized(vi: "Làm bù cho ngày \(instead)", en: "Make-up working day for \(instead)"),
                                    source: cite(source, day)))
        }
        // A holiday's own date keeps the law's name (30 April is Reunification Day inside a longer break).
        let statutory = Dictionary(VietnamHolidays.statutoryHolidays(inYear: year).map { ($0.day, $0.name) }, uniquingKeysWith: { a, _ in a })
        var off: [Holiday] = []
        for case .off(let occasion, let first, let last, let source) in entries {
            for ordinal in first.ordinal...last.ordinal {
                let day = Day(ordinal: ordinal)
                guard !day.isWeekend else { continue }
                var name = exchanged[day].map {
                    occasion.name + Localized(vi: " (hoán đổi với ngày \($0))", en: " (exchanged for \($0))")
                } ?? statutory[day] ?? occasion.name
                let kind: Holiday.Kind
                switch source {
                case .law: kind = .statutory
                case .inLieu:
                    kind = .compensatory
                    name = Localized(vi: "Nghỉ bù ", en: "Compensatory day off for ") + occasion.name
                case .document: kind = .official
                }
                off.append(Holiday(day: day, name: name, kind: kind, source: cite(source, day)))
            }
        }
        self.init(year: year, daysOff: off.sorted { $0.day < $1.day }, workedDays: worked.sorted { $0.day < $1.day },
                  documents: documents)
    }
}
