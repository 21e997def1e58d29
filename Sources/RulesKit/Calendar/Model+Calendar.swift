extension Model {
    /// The built-in calendar with this file's `calendar { … }` applied.
    public var workingCalendar: WorkingCalendar {
        var added: [Holiday] = [], removed: Set<Day> = [], workdays: [WorkedDay] = []
        let file = Localized(vi: "tệp \(self.file.path)", en: "file \(self.file.path)")
        for a in calendarAdjustments {
            let source = a.source.map(Localized.same) ?? file
            for ordinal in a.days.lowerBound.ordinal...a.days.upperBound.ordinal {
                let day = Day(ordinal: ordinal)
                switch a.kind {
                case .holiday:
                    // A span gives its weekdays off; its rest days keep their own state (a make-up
                    // Saturday inside it stays worked).
                    if a.days.lowerBound == a.days.upperBound || !day.isWeeklyRest {
                        added.append(Holiday(day: day, name: a.label.map(Localized.same)
                                                 ?? Localized(vi: "Ngày nghỉ (quy chế)", en: "Day off (regulation)"),
                                             kind: .fileAdded, source: source))
                    }
                case .notHoliday: removed.insert(day)
                case .workday:
                    workdays.append(WorkedDay(day: day, name: a.label.map(Localized.same)
                                                  ?? Localized(vi: "Ngày làm việc (quy chế)", en: "Working day (regulation)"),
                                              source: source))
                }
            }
        }
        return WorkingCalendar(addedHolidays: added, removedHolidays: removed, makeUpWorkingDays: workdays)
    }
}
