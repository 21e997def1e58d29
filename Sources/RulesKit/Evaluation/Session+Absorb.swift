extension Evaluator.Session {
    /// What another session of the same version found on other bodies, judged after this one's:
    /// the result is the session that judged both sets of bodies in turn.
    mutating func absorb(_ o: Evaluator.Session) {
        findings += o.findings
        keptMonths += o.keptMonths
        tallies += o.tallies
        evaluated += o.evaluated
        for (rule, sight) in o.sights { sights[rule, default: RuleSight()].add(sight) }
        for (rule, bodies) in o.marks { marks[rule, default: [:]].merge(bodies) { mine, _ in mine } }
        for (rule, periods) in o.whole { Evaluator.add(periods, to: &whole[rule, default: []]) }
        for (rule, parents) in o.wholeByParent {
            for (parent, periods) in parents { Evaluator.add(periods, to: &wholeByParent[rule, default: [:]][parent, default: []]) }
        }
    }

    /// The same session with nothing found yet: where a block of bodies starts.
    var fresh: Evaluator.Session {
        var s = self
        s.findings = []
        s.keptMonths = []
        s.tallies = []
        s.evaluated = 0
        s.sights = [:]
        s.marks = [:]
        s.whole = [:]
        s.wholeByParent = [:]
        return s
    }
}
