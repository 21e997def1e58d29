/// Counts a record cannot hold: a negative count, a body of no members, more present (or exempt)
/// than members, more votes cast than members present, more answers than members consulted. Both
/// decoders ask it: the general one by field name, the fast one by the count's number, with no
/// text compared per record.
enum Plausibility {
    /// The count fields of the standard vocabulary (and of any type that declares the same names).
    enum Count: Int, CaseIterable {
        case present, members, exempt, votesFor, against, abstain, approve, disapprove, supporters

        var name: String {
            switch self {
            case .present: "present"
            case .members: "members"
            case .exempt: "exempt"
            case .votesFor: "for"
            case .against: "against"
            case .abstain: "abstain"
            case .approve: "approve"
            case .disapprove: "disapprove"
            case .supporters: "supporters"
            }
        }

        static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
    }

    /// A record's counts, each nil when the record does not have it. A value, not a closure or
    /// an array: the fast decoder fills one per record.
    struct Counts {
        // Stored one by one: no array to allocate for every record the fast decoder reads.
        private var present, members, exempt, votesFor, against, abstain, approve, disapprove, supporters: Int64?
        private(set) var isEmpty = true
        /// The first negative count set, kept as they are set: no second pass over them.
        private(set) var negative: Count?

        subscript(c: Count) -> Int64? {
            get {
                switch c {
                case .present: present
                case .members: members
                case .exempt: exempt
                case .votesFor: votesFor
                case .against: against
                case .abstain: abstain
                case .approve: approve
                case .disapprove: disapprove
                case .supporters: supporters
                }
            }
            set {
                switch c {
                case .present: present = newValue
                case .members: members = newValue
                case .exempt: exempt = newValue
                case .votesFor: votesFor = newValue
                case .against: against = newValue
                case .abstain: abstain = newValue
                case .approve: approve = newValue
                case .disapprove: disapprove = newValue
                case .supporters: supporters = newValue
                }
                guard let v = newValue else { return }
                isEmpty = false
                if v < 0, negative == nil { negative = c }
            }
        }

        /// The sum of the counts present, or nil when it overflows: a sum no record can hold.
        func sum(_ a: Count, _ b: Count, _ c: Count? = nil) -> Int64? {
            var total: Int64 = 0
            func add(_ k: Count?) -> Bool {
                guard let k, let v = self[k] else { return true }
                let (t, overflow) = total.addingReportingOverflow(v)
                total = t
                return !overflow
            }
            guard add(a), add(b), add(c) else { return nil }
            return total
        }
    }

    struct Problem: Equatable {
        let code: DiagnosticCode
        let field: String
        let message: Localized
    }

    static func problem(_ c: Counts) -> Problem? {
        if let k = c.negative, let v = c[k] { return Problem(code: .E22, field: k.name, message: EventMessages.negativeCount(k.name, v)) }
        if let m = c[.members] {
            if m == 0 { return Problem(code: .E22, field: "members", message: EventMessages.noMembers) }
            if let p = c[.present], p > m { return Problem(code: .E23, field: "present", message: EventMessages.moreThanMembers("present", p, m)) }
            if let e = c[.exempt], e > m { return Problem(code: .E23, field: "exempt", message: EventMessages.moreThanMembers("exempt", e, m)) }
            let cast = c.sum(.votesFor, .against, .abstain)
            if cast.map({ $0 > m }) ?? true {
                return Problem(code: .E23, field: "for", message: EventMessages.moreVotesThanMembers(cast ?? .max, m))
            }
            let answers = c.sum(.approve, .disapprove)
            if answers.map({ $0 > m }) ?? true {
                return Problem(code: .E23, field: "approve", message: EventMessages.moreAnswersThanMembers(answers ?? .max, m))
            }
        }
        if let p = c[.present] {
            let cast = c.sum(.votesFor, .against, .abstain)
            if cast.map({ $0 > p }) ?? true {
                return Problem(code: .E23, field: "for", message: EventMessages.moreVotesThanPresent(cast ?? .max, p))
            }
        }
        return nil
    }
}
