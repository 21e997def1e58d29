import RulesKit

/// The province log: `cells` cells (chi-bo-00001 …), each with a year's regular and thematic
/// meetings, their drafts, invitations, minutes, votes and resolutions, monthly reports, quarterly
/// party fees and a yearly inspection programme, with a share of late drafts, thin quorums, missed
/// months and show-of-hands personnel votes. Judged by the Phổ Hòa rules applied to every cell.
func province(cells: Int, years: Int, _ out: Emitter) {
    var rng = SplitMix64(state: 20_230_706)
    for c in 1...cells {
        let body = "chi-bo-" + pad(c, 5)
        let members = Int.random(in: 9...25, using: &rng)
        out.emit(#"{"type":"membership","date":"2020-06-01","body":"\#(body)","members":\#(members),"exempt":0}"#)
        for y in 0..<years {
            let year = 2021 + y
            out.emit(#"{"type":"programme","id":"\#(body)-\#(year)-ct","date":"\#(year)-01-15","body":"\#(body)","topic":"inspection"}"#)
            for q in 1...4 {
                out.emit(#"{"type":"party_fee","id":"\#(body)-\#(year)-q\#(q)","date":"\#(year)-\#(pad(q * 3, 2))-20","body":"\#(body)","quarter":"\#(year)-Q\#(q)","amount":\#(members * 30000)}"#)
            }
            for month in 1...12 {
                let mm = pad(month, 2)
                out.emit(#"{"type":"report","id":"\#(body)-\#(year)-\#(mm)-bc","date":"\#(year)-\#(mm)-25","body":"\#(body)","period":"\#(year)-\#(mm)","to":"dang_uy"}"#)
                let missed = Int.random(in: 0..<50, using: &rng) == 0
                for (k, kind) in ["regular", "thematic"].enumerated() where !(missed && k == 0) {
                    let id = "\(body)-\(year)-\(mm)-\(kind.prefix(1))"
                    let day = 10 + 7 * k
                    let present = Int.random(in: 0..<30, using: &rng) == 0 ? members / 2 : members - Int.random(in: 0...2, using: &rng)
                    let special = Int.random(in: 0..<100, using: &rng) == 0 ? #","special":"Họp gấp""# : ""
                    out.emit(#"{"type":"meeting","id":"\#(id)","date":"\#(year)-\#(mm)-\#(day)","body":"\#(body)","kind":"\#(kind)","present":\#(present),"start":"07:30","end":"10:00","chair":"secretary","minutes":true,"agenda_adopted":true\#(special)}"#)
                    let lead = Int.random(in: 0..<20, using: &rng) == 0 ? 1 : 5
                    out.emit(#"{"type":"document","id":"\#(id)-dt","date":"\#(year)-\#(mm)-\#(pad(day - lead, 2))","body":"\#(body)","kind":"draft","meeting":"\#(id)"}"#)
                    out.emit(#"{"type":"document","id":"\#(id)-gm","date":"\#(year)-\#(mm)-\#(pad(day - 3, 2))","body":"\#(body)","kind":"invitation","meeting":"\#(id)"}"#)
                    out.emit(#"{"type":"document","id":"\#(id)-bb","date":"\#(year)-\#(mm)-\#(day)","body":"\#(body)","kind":"minutes","meeting":"\#(id)"}"#)
                    let method = Int.random(in: 0..<40, using: &rng) == 0 ? "show_of_hands" : "secret"
                    out.emit(#"{"type":"vote","id":"\#(id)-bq","date":"\#(year)-\#(mm)-\#(day)","body":"\#(body)","meeting":"\#(id)","category":"personnel","method":"\#(method)","for":\#(present),"against":0,"present":\#(present),"adopted":true}"#)
                    out.emit(#"{"type":"document","id":"\#(id)-nq","date":"\#(year)-\#(mm)-\#(day)","body":"\#(body)","kind":"resolution","meeting":"\#(id)"}"#)
                }
            }
        }
    }
}
