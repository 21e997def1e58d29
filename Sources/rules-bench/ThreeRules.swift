import RulesKit

/// The many-body log of the three-rule comparison (`scripts/three.rules`, `scripts/three_check.py`,
/// `scripts/three.sql`): each cell's size, then every month from January 2021 a regular meeting
/// and its draft. One month in 50 has no meeting, one meeting in 30 has half the members present,
/// one draft in 20 comes a day before its meeting instead of five.
func threeRules(cells: Int, months: Int, _ out: Emitter) {
    var rng = SplitMix64(state: 20_240_115)
    for c in 1...cells {
        let body = "cb" + pad(c, 6)
        let members = Int.random(in: 9...25, using: &rng)
        out.emit(#"{"type":"membership","date":"2020-12-01","body":"\#(body)","members":\#(members)}"#)
        for m in 0..<months {
            guard Int.random(in: 0..<50, using: &rng) != 0 else { continue }
            let month = "\(2021 + m / 12)-\(pad(m % 12 + 1, 2))"
            let id = "\(body)-\(month)"
            let present = Int.random(in: 0..<30, using: &rng) == 0 ? members / 2 : members - Int.random(in: 0...2, using: &rng)
            let lead = Int.random(in: 0..<20, using: &rng) == 0 ? 1 : 5
            out.emit(#"{"type":"document","id":"\#(id)-d","date":"\#(month)-\#(pad(15 - lead, 2))","body":"\#(body)","kind":"draft","meeting":"\#(id)"}"#)
            out.emit(#"{"type":"meeting","id":"\#(id)","date":"\#(month)-15","body":"\#(body)","kind":"regular","present":\#(present)}"#)
        }
    }
}

/// One body's very long log for the same three rules: `meetings` regular meetings spread over
/// 2021–2025 (hundreds a day), each with its draft.
func oneBody(meetings: Int, _ out: Emitter) {
    var rng = SplitMix64(state: 20_240_116)
    let first = Day(year: 2021, month: 1, day: 1)!, days = 1826
    out.emit(#"{"type":"membership","date":"2020-12-01","body":"cb000001","members":15}"#)
    for n in 0..<meetings {
        let day = first.adding(days: n * days / meetings)
        let lead = Int.random(in: 0..<20, using: &rng) == 0 ? 1 : 3
        let present = Int.random(in: 0..<30, using: &rng) == 0 ? 7 : 15 - Int.random(in: 0...2, using: &rng)
        let id = "m" + pad(n, 7)
        out.emit(#"{"type":"document","id":"\#(id)-d","date":"\#(day.adding(days: -lead))","body":"cb000001","kind":"draft","meeting":"\#(id)"}"#)
        out.emit(#"{"type":"meeting","id":"\#(id)","date":"\#(day)","body":"cb000001","kind":"regular","present":\#(present)}"#)
    }
}
