/// [S-gap]: the longest time between two matching events.
extension RuleRun {
    func gap(_ amount: Int64, _ dim: DurationDimension, _ matches: [Int], _ sink: inout FindingSink) {
        let inForce = coverage.range
        let dates = matches.map { b.date($0) }.filter { $0 <= inForce.upperBound }
        let longest = TimeAmount(amount: amount, dimension: dim)
        func tooLong(_ a: Day, _ z: Day) -> Bool {
            guard let limit = ExpressionEvaluator.shift(a, by: amount, dim, calendar) else { return false }
            return z > limit
        }
        // The first gap runs from the last event before the window when only the window starts
        // there; from the rule's first day when the rule (or the regulation) starts there.
        let ruleStarts = switch coverage.start {
        case .window(.option), .window(.events), .window(.asOfYear): false
        default: true
        }
        var previous = (ruleStarts ? nil : dates.last { $0 < inForce.lowerBound }) ?? inForce.lowerBound
        for d in dates where d >= inForce.lowerBound {
            defer { previous = d }
            guard judge.contains(d) else { continue }
            let label = "\(previous)…\(d)"
            if tooLong(previous, d) {
                sink.add(.violation, d) { finding(.violation, .gapTooLong(from: previous, to: d, longest: longest), period: label, date: d) }
            } else {
                sink.add(.kept, d) { finding(.kept, .gapKept(from: previous, to: d), period: label, date: d) }
            }
        }
        // The open gap at the end runs to the evaluation date, or to the day the rule ends.
        let end = min(inForce.upperBound, asOf)
        if judge.contains(end), tooLong(previous, end) {
            sink.add(.violation, end) {
                finding(.violation, .gapTooLong(from: previous, to: end, longest: longest), period: "\(previous)…\(end)", date: end)
            }
        }
    }
}
