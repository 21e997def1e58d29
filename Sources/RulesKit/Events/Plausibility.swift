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
            case .votesFor: "for"
            default: "\(self)"
            }
        }

        static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
    }

    struct Problem: Equatable {
        let code: String
        let field: String
        let message: Localized
    }

    /// `value` gives a count's integer, when the record has it.
    static func problem(_ value: (Count) -> Int64?) -> Problem? {
        for c in Count.allCases {
            if let v = value(c), v < 0 { return Problem(code: "E22", field: c.name, message: EventMessages.negativeCount(c.name, v)) }
        }
        guard let m = value(.members) else { return votes(value) }
        if m == 0 { return Problem(code: "E22", field: "members", message: EventMessages.noMembers) }
        for part in [Count.present, .exempt] {
            if let v = value(part), v > m { return Problem(code: "E23", field: part.name, message: EventMessages.moreThanMembers(part.name, v, m)) }
        }
        let answers = [Count.approve, .disapprove].compactMap(value).reduce(0, +)
        if answers > m { return Problem(code: "E23", field: "approve", message: EventMessages.moreAnswersThanMembers(answers, m)) }
        return votes(value)
    }

    private static func votes(_ value: (Count) -> Int64?) -> Problem? {
        guard let present = value(.present) else { return nil }
        let cast = [Count.votesFor, .against, .abstain].compactMap(value).reduce(0, +)
        return cast > present ? Problem(code: "E23", field: "for", message: EventMessages.moreVotesThanPresent(cast, present)) : nil
    }
}
