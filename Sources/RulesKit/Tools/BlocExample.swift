/// A seeded, made-up bloc at the scale of seed 003 (the provincial bloc of agencies and
/// enterprises: 93 base organisations with 1,117 cells and 14,103 members) and a year of its cells'
/// meetings, in the event vocabulary of `Rules/chi-bo.rules`: `rules example bloc` writes it for a
/// trainer or a newcomer to try the roster, the bloc's rates and the report on.
///
/// Every name, number and record is illustrative. Only the shape follows the seed: about four in
/// five cells hold all twelve regular meetings, about half hold a thematic one, members attend
/// about 96% of the time, and a few base organisations do worse (93%). And what a roster is for:
/// a few cells send nothing, a few are formed on 1 July or closed on 30 September, and a few
/// grow by two members on 1 July, which only the roster records.
public struct BlocExample: Sendable {
    public var seed: UInt64 = 3
    public var year = 2024
    public var baseOrganisations = 93
    public var cells = 1_117
    public var members = 14_103

    public init() {}

    /// The roster (CSV) and the events (JSON Lines), written line by line to `write`.
    public func generate(roster: (String) -> Void, events: (String) -> Void) {
        var rng = SplitMix64(state: seed)
        func uniform(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func chance(_ perMille: Int) -> Bool { uniform(1000) < perMille }

        // Cells over base organisations: every one has at least 3, the rest fall where they may.
        var parentOf = (0..<cells).map { $0 % baseOrganisations }
        for i in baseOrganisations * 3 ..< cells { parentOf[i] = uniform(baseOrganisations) }
        parentOf.sort()
        // Members: at least 5 a cell, the rest one by one to a random cell: the total is exact.
        var size = [Int](repeating: 5, count: cells)
        for _ in 0 ..< max(0, members - 5 * cells) { size[uniform(cells)] += 1 }
        // A few base organisations whose members miss more meetings.
        let weak = Set((0..<baseOrganisations).filter { _ in chance(110) })
        enum Life { case whole, silent, formedInJuly, closedInSeptember, grows }
        let life: [Life] = (0..<cells).map { _ in
            switch uniform(1000) {
            case ..<3: .silent
            case ..<13: .formedInJuly
            case ..<18: .closedInSeptember
            case ..<48: .grows
            default: .whole
            }
        }
        let july1 = Day(year: year, month: 7, day: 1)!, september30 = Day(year: year, month: 9, day: 30)!

        roster("id,name,kind,parent,members,members_from,active_from,active_to")
        for o in 0..<baseOrganisations { roster("dbcs-\(pad(o + 1, 2)),Đảng bộ cơ sở \(pad(o + 1, 2)) (minh họa),dang_bo_co_so,,,,,") }
        for c in 0..<cells {
            let from = life[c] == .formedInJuly ? "\(july1)" : "", to = life[c] == .closedInSeptember ? "\(september30)" : ""
            roster("chi-bo-\(pad(c + 1, 4)),Chi bộ \(pad(c + 1, 4)) (minh họa),chi_bo,dbcs-\(pad(parentOf[c] + 1, 2)),\(size[c]),,\(from),\(to)")
            if life[c] == .grows { roster("chi-bo-\(pad(c + 1, 4)),,,,\(size[c] + 2),\(july1),,") }
        }

        let jan1 = Day(year: year, month: 1, day: 1)!
        for c in 0..<cells where life[c] != .silent {
            let body = "chi-bo-\(pad(c + 1, 4))", tag = "cb\(pad(c + 1, 4))"
            let exempt = size[c] >= 10 && chance(200) ? 1 : 0
            // A cell of nine members or more elects a committee, which meets before the cell.
            let committee = size[c] >= 9
            let first = life[c] == .formedInJuly ? july1 : jan1
            // A growing cell's members are the roster's: its record of the year gives only the exempt.
            let members = life[c] == .grows ? "" : #","members":\#(size[c])"#
            events(#"{"type":"membership","id":"\#(tag)-sl","date":"\#(first)","body":"\#(body)"\#(members),"exempt":\#(exempt)}"#)
            if committee { events(#"{"type":"chi_uy","id":"\#(tag)-cu","date":"\#(first)","body":"\#(body)","members":3}"#) }
            // A cell of eighteen members or more has party groups, which meet before the cell.
            let groups = size[c] >= 18
            if groups { events(#"{"type":"to_dang","id":"\#(tag)-td","date":"\#(first)","body":"\#(body)","so_to":3}"#) }
            // The yearly admission plan; a few cells forget it (no draw: the figures above stay).
            if c % 37 != 11 { events(#"{"type":"ke_hoach_phat_trien_dang","id":"\#(tag)-ptdv","date":"\#(workingDay(year, first.month, from: 3))","body":"\#(body)","chi_tieu":1}"#) }
            let attend = weak.contains(parentOf[c]) ? 930 : 962
            // About one cell in five misses a month; about half hold a thematic meeting.
            let missed = chance(190) ? uniform(12) + 1 : 0
            let thematic = chance(520) ? uniform(12) + 1 : 0
            let months = life[c] == .formedInJuly ? 7...12 : life[c] == .closedInSeptember ? 1...9 : 1...12
            for month in months where month != missed {
                let id = "\(tag)-\(pad(month, 2))"
                let day = workingDay(year, month, from: 5 + uniform(8))
                let expected = (life[c] == .grows && month >= 7 ? size[c] + 2 : size[c]) - exempt
                var present = 0
                for _ in 0..<expected where chance(attend) { present += 1 }
                if committee && !chance(5) {
                    events(#"{"type":"hop_chi_uy","id":"\#(id)-cu","date":"\#(day.adding(days: -1))","body":"\#(body)","meeting":"\#(id)"}"#)
                }
                // The leadership consulted, and the party groups met, before the meeting; a few
                // meetings without either, chosen without a draw.
                if (c + month) % 53 != 0 {
                    events(#"{"type":"trao_doi_lanh_dao","id":"\#(id)-ld","date":"\#(day.adding(days: -3))","body":"\#(body)","meeting":"\#(id)"}"#)
                }
                if groups && (c * 7 + month) % 41 != 0 {
                    events(#"{"type":"hop_to_dang","id":"\#(id)-to","date":"\#(day.adding(days: -2))","body":"\#(body)","meeting":"\#(id)"}"#)
                }
                let notice = chance(5) ? day : day.adding(days: -2)
                events(#"{"type":"document","id":"\#(id)-tb","date":"\#(notice)","body":"\#(body)","kind":"notice","meeting":"\#(id)","to":"Đảng viên chi bộ"}"#)
                let end = chance(5) ? "15:30" : "16:30"
                let minutes = chance(3) ? "false" : "true"
                events(#"{"type":"meeting","id":"\#(id)","date":"\#(day)","body":"\#(body)","kind":"regular","present":\#(present),"start":"14:00","end":"\#(end)","chair":"secretary","minutes":\#(minutes),"agenda_adopted":true}"#)
                if !chance(3) {
                    for (suffix, category) in [("nv", "monthly_tasks"), ("cl", "meeting_quality")] {
                        events(#"{"type":"vote","id":"\#(id)-\#(suffix)","date":"\#(day)","body":"\#(body)","meeting":"\#(id)","category":"\#(category)","method":"show_of_hands","for":\#(present),"against":0,"abstain":0,"present":\#(present),"adopted":true}"#)
                    }
                }
                if month == thematic {
                    let tid = "\(tag)-cd", tday = workingDay(year, month, from: 20)
                    var tpresent = 0
                    for _ in 0..<expected where chance(attend) { tpresent += 1 }
                    events(#"{"type":"document","id":"\#(tid)-tb","date":"\#(tday.adding(days: -3))","body":"\#(body)","kind":"notice","meeting":"\#(tid)","to":"Đảng viên chi bộ"}"#)
                    events(#"{"type":"meeting","id":"\#(tid)","date":"\#(tday)","body":"\#(body)","kind":"thematic","present":\#(tpresent),"start":"14:00","end":"16:30","chair":"secretary","minutes":true,"agenda_adopted":true}"#)
                }
            }
        }
        // Each base committee's yearly documents (Điều 6): nearly all adopt each one in January.
        // Drawn after the cells', so the cells' figures do not depend on them.
        for o in 0..<baseOrganisations {
            let body = "dbcs-\(pad(o + 1, 2))"
            for (type, perMille) in [("nghi_quyet_nam", 990), ("chuong_trinh_kiem_tra", 995), ("ke_hoach_du_sinh_hoat", 970)] where chance(perMille) {
                events(#"{"type":"\#(type)","id":"\#(body)-\#(type)","date":"\#(workingDay(year, 1, from: 15 + uniform(10)))","body":"\#(body)"}"#)
            }
        }
        // Their admission plans in January and year-end reviews in December (Điều 6 khoản 4, Điều 7),
        // a few missing or silent on the working regulation; no draw, so nothing above moves.
        for o in 0..<baseOrganisations {
            let body = "dbcs-\(pad(o + 1, 2))"
            if o % 29 != 4 { events(#"{"type":"ke_hoach_phat_trien_dang","id":"\#(body)-ptdv","date":"\#(workingDay(year, 1, from: 10))","body":"\#(body)","chi_tieu":5}"#) }
            events(#"{"type":"bao_cao_kiem_diem","id":"\#(body)-kd","date":"\#(workingDay(year, 12, from: 18))","body":"\#(body)","thuc_hien_quy_che":\#(o % 17 != 6)}"#)
        }
    }

    /// The first day from `day` of the month that is not a Saturday or Sunday.
    private func workingDay(_ year: Int, _ month: Int, from day: Int) -> Day {
        var d = Day(year: year, month: month, day: day)!
        while d.isWeekend { d = d.adding(days: 1) }
        return d
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
