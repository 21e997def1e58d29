@testable import RulesKit

/// Random regulations and event logs within the language, from a seed: every rule form, bounds at and around their thresholds, membership changes, a holiday of the file's
/// own, recorded exceptions, missing fields and ids, events on the same day.
struct Generated {
    var rng: SplitMix64
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }
    mutating func chance(_ p: Int) -> Bool { int(1...100) <= p }
    mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...xs.count - 1)] }
    mutating func day(_ from: String, _ span: Int) -> Day { Day.parse(from)!.adding(days: int(0...span)) }

    struct Case {
        var rules: String
        /// Regulations amending it, in order: rules replaced, repealed or added from their dates.
        var amendments: [String] = []
        var events: String
        var asOf: Day
        var from: Day?
        var to: Day?
    }

    mutating func next() -> Case {
        let members = int(5...13)
        let effective = day("2022-06-01", 400)
        var text = "regulation \"G\" {\n  effective \(effective)\n"
        let hasTerm = chance(30)
        if hasTerm { text += "  term \(effective) to \(effective.adding(days: int(200...700)))\n" }
        text += "  calendar vietnam\n}\n"
        if chance(40) { text += "calendar {\n  holiday \(day("2023-01-01", 360)) \"Ngày nghỉ riêng\"\n}\n" }
        text += "body b { members \(members)"
        if chance(40) { text += " members \(members + int(-2...2)) from \(day("2023-01-01", 300))" }
        text += " }\nkind cells { bodies \"cb-*\" members 7 }\n"
        text += "event proposal_x { supporters: integer }\n"
        text += "article 1 {\n"
        var cellRules: [String] = [], subjects: [String] = []
        let count = int(3...8)
        for k in 0..<count {
            let forCells = chance(30)
            if forCells { cellRules.append("r\(k)") }
            subjects.append(forCells ? "cells" : "b")
            text += "  clause \(k + 1) { rule r\(k) for \(subjects[k]): \(rule(hasTerm)) }\n"
        }
        // Amendments replace, repeal and add rules; a target counts the checks of every version.
        var amendments: [String] = []
        if chance(40) {
            var code = "G", date = effective
            var live = Array(1...count)
            for n in 1...int(1...2) {
                date = date.adding(days: int(20...250))
                var a = "regulation \"G\(n)\" {\n  effective \(date)\n  amends \"\(code)\"\n}\n"
                let clause = pick(live)
                switch live.count > 1 ? int(0...2) : 2 {
                case 0: a += "replace article 1 clause \(clause) {\n  rule r\(clause - 1) for \(subjects[clause - 1]): \(rule(hasTerm))\n}\n"
                case 1:
                    a += "repeal article 1 clause \(clause)\n"
                    live.removeAll { $0 == clause }
                    cellRules.removeAll { $0 == "r\(clause - 1)" }
                default: a += "add article \(n + 1) {\n  rule n\(n) for b: \(rule(hasTerm))\n}\n"
                }
                amendments.append(a)
                code = "G\(n)"
            }
        }
        // [S-whole]: the cells together.
        if chance(35) {
            let period = pick(["month", "quarter", "year"])
            text += "  rule w for cells as a whole: every \(period): " + pick([
                "sum(m.present over meeting m) >= 2/3 of sum(members over meeting m)",
                "sum(m.present over meeting m where m.kind == \"regular\") > 95% of sum(members - exempt over meeting m where m.kind == \"regular\")",
                "count(meeting m) >= \(int(1...6))",
                "min(m.present over meeting m) >= 3 and average(m.present over meeting m) >= 4",
            ]) + "\n"
        }
        for (k, counted) in cellRules.enumerated() where chance(60) {
            let every = chance(70) ? " every \(pick(["month", "quarter", "year"]))" : ""
            text += "  rule t\(k) for cells: target \(pick(["50%", "100%", "2/3", "75%"])) keep \(counted)\(every)\n"
        }
        text += "}\n"
        let events = log(members: members)
        let asOf = day("2023-01-15", 500)
        let from: Day? = chance(20) ? day("2022-12-01", 200) : nil
        let to: Day? = chance(20) ? day("2023-08-01", 300) : nil
        return Case(rules: text, amendments: amendments, events: events, asOf: asOf, from: from, to: to.flatMap { t in from.map { max($0, t) } ?? t })
    }

    private mutating func kind() -> String { pick(["regular", "regular", "extraordinary", "thematic"]) }

    private mutating func rule(_ hasTerm: Bool) -> String {
        switch int(0...10) {
        case 10:
            // [S-periodic] [S-aggregate]: conditions on a whole period, around their thresholds.
            let period = pick(["month", "quarter", "half-year", "year"] + (hasTerm ? ["term"] : []))
            let regular = chance(40) ? " where m.kind == \"regular\"" : ""
            return "every \(period): " + pick([
                "sum(m.present over meeting m\(regular)) >= 2/3 of sum(members over meeting m\(regular))",
                "sum(m.present over meeting m) > 95% of sum(members - exempt over meeting m)",
                "count(meeting m\(regular)) >= \(int(0...3))",
                "average(m.present over meeting m\(regular)) >= \(int(2...7))",
                "min(m.present over meeting m) >= 1/2 of members and max(m.present over meeting m) <= members",
                "sum(m.present over meeting m where m.minutes == true) >= count(meeting m)",
            ])
        case 0, 1:
            let bound = pick(["at least", "at most", "exactly"])
            var r = "every \(pick(["week", "month", "quarter", "half-year", "year"] + (hasTerm ? ["term"] : []))): \(bound) \(int(0...3)) meeting"
            if chance(50) { r += " where kind == \"\(kind())\"" }
            if chance(25) { r += " by \(int(1...28)) \(pick(months))" }
            if bound == "at least", chance(30) { r += " prorated" }
            return r
        case 2:
            let d = pick(["\(int(10...60)) days", "\(int(5...30)) working days", "\(int(1...3)) months"])
            return "no gap longer than \(d) between meeting" + (chance(40) ? " where kind == \"regular\"" : "")
        case 3, 4:
            let condition = pick(["m.present >= 2/3 of members", "m.present > 1/2 of members", "m.minutes == true", "has m.present",
                                  "m.present >= 3/4 of (members - exempt)", "m.present > 1/2 of members and m.minutes == true"])
            return "each meeting m" + (chance(40) ? " where m.kind == \"regular\"" : "") + (chance(40) ? " unless m.special" : "") + ": \(condition)"
        case 5:
            var r = "each vote v: adopted requires v.for > 1/2 of members"
            if chance(50) { r += " when v.category == \"personnel\" requires v.for >= 2/3 of members" }
            return r
        case 6, 7, 8:
            let timing = pick(["before m", "at least \(int(1...4)) days before m", "at least \(int(1...3)) working days before m", "at m",
                               "within \(int(1...10)) days after m", "within \(int(1...5)) working days after m", "after m",
                               "after m by end of \(pick(["month", "quarter", "year"]))", "by the next meeting after m",
                               "at the next meeting where kind == \"regular\" after m"])
            let other = pick(["document d where d.meeting == m.id", "document d where d.meeting == m.id and d.kind == \"draft\"",
                              "vote v where v.meeting == m.id"])
            return "each meeting m" + (chance(30) ? " where m.kind == \"regular\"" : "") + ": \(other) \(timing)"
        default:
            return "whenever proposal_x p where p.supporters > 1/2 of members: meeting m where m.kind == \"extraordinary\" within \(int(5...40)) days after p"
        }
    }

    private mutating func log(members: Int) -> String {
        var lines: [String] = []
        var n = 0
        for body in ["b", "cb-1", "cb-2"] {
            let size = body == "b" ? members : 7
            if chance(40) {
                lines.append(#"{"type":"membership","date":"\#(day("2022-09-01", 500))","body":"\#(body)","members":\#(size + int(-2...2))}"#)
            }
            for month in 0..<20 {
                let first = Day.parse("2022-09-01")!.adding(months: month)
                for _ in 0..<int(0...2) {
                    n += 1
                    let id = "m\(n)", date = first.adding(days: int(0...27))
                    // Around the thresholds: 2/3, 1/2 and 3/4 of the size, and a little either side.
                    let present = max(0, min(size, pick([(2 * size + 2) / 3, size / 2, size / 2 + 1, (3 * size + 3) / 4, size, int(0...size)]) + int(-1...1)))
                    var m = #"{"type":"meeting","date":"\#(date)","body":"\#(body)","kind":"\#(kind())""#
                    if chance(95) { m += #","id":"\#(id)""# }
                    if chance(90) { m += #","present":\#(present)"# }
                    if chance(80) { m += #","minutes":\#(chance(85))"# }
                    if chance(15) { m += #","special":"\#(pick(["Bão", "Họp gấp", ""]))""# }
                    if chance(10) { m += #","exempt":\#(int(0...2))"# }
                    lines.append(m + "}")
                    for (type, p) in [("document", 70), ("vote", 50)] where chance(p) {
                        let d = date.adding(days: type == "document" ? -int(-2...8) : int(-1...6))
                        var e = #"{"type":"\#(type)","id":"\#(id)-\#(type)","date":"\#(d)","body":"\#(body)","meeting":"\#(id)""#
                        if type == "document" { e += #","kind":"\#(pick(["draft", "notice", "draft"]))""# }
                        if type == "vote" {
                            e += #","for":\#(max(0, min(present, pick([size / 2, size / 2 + 1, (2 * size + 2) / 3, int(0...size)]))))"#
                            e += #","adopted":\#(chance(70))"#
                            if chance(40) { e += #","category":"\#(pick(["personnel", "budget"]))""# }
                        }
                        lines.append(e + "}")
                    }
                }
                if chance(10) {
                    n += 1
                    lines.append(#"{"type":"proposal_x","id":"p\#(n)","date":"\#(first.adding(days: int(0...27)))","body":"\#(body)","supporters":\#(int(0...size))}"#)
                }
            }
        }
        // File order is not date order.
        for i in stride(from: lines.count - 1, to: 0, by: -1) where chance(20) { lines.swapAt(i, int(0...i)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Generated {
    /// The same records as CSV: one header of every key, a cell per key (empty when a record lacks
    /// it), texts quoted. The generator's records are flat, their texts without quotes or escapes.
    static func csv(_ jsonLines: String) -> String {
        let records: [[(String, String)]] = jsonLines.split(separator: "\n").map { line in
            var pairs: [(String, String)] = []
            var rest = Substring(line.dropFirst().dropLast())
            while let colon = rest.firstIndex(of: ":") {
                let key = String(rest[..<colon].dropFirst().dropLast())
                rest = rest[rest.index(after: colon)...]
                let end: Substring.Index
                if rest.first == "\"" {
                    end = rest.index(after: rest.dropFirst().firstIndex(of: "\"")!)
                } else {
                    end = rest.firstIndex(of: ",") ?? rest.endIndex
                }
                pairs.append((key, String(rest[..<end])))
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            }
            return pairs
        }
        var keys: [String] = []
        for r in records { for (k, _) in r where !keys.contains(k) { keys.append(k) } }
        // JSON's quoted text is CSV's quoted text; numbers and truth values are bare in both.
        let rows = records.map { r in keys.map { k in r.first { $0.0 == k }?.1 ?? "" }.joined(separator: ",") }
        return ([keys.joined(separator: ",")] + rows).joined(separator: "\n") + "\n"
    }
}
