extension EventStore {
    /// The events a roster does not account for, one error per body: a body not on the roster, or
    /// events of a listed body dated outside its active days. Each names the count and the first
    /// record (in file and line order), so a log of a million such events gives a short list.
    func offRoster(_ roster: Roster) -> [(error: EventError, count: Int)] {
        struct Seen { var count = 0, first: EventSource?, firstDay = Day.first }
        var outside: [Int: Seen] = [:]
        forEachRow { b, _, row in
            let name = symbols.string(bodies[b].name)
            let day = Day(ordinal: row[row.startIndex + Row.date])
            if let listed = roster.body(name), listed.isActive(on: day) { return }
            let source = self.source(row)
            var seen = outside[b] ?? Seen()
            seen.count += 1
            if seen.first.map({ (source.file, source.line) < ($0.file, $0.line) }) ?? true { (seen.first, seen.firstDay) = (source, day) }
            outside[b] = seen
        }
        return outside.map { b, seen -> (error: EventError, count: Int) in
            let name = symbols.string(bodies[b].name)
            let message = roster.body(name).map { RosterMessages.outsideActive(name, $0, events: seen.count, first: seen.firstDay) }
                ?? RosterMessages.notListed(name, roster: roster.file, events: seen.count)
            return (EventError(source: seen.first!, column: nil, field: "body", code: roster.body(name) == nil ? .E25 : .E26, message: message),
                    seen.count)
        }
    }
}
