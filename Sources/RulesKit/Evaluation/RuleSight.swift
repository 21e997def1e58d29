/// What a rule saw of the log in the days it judged, summed over bodies and versions: enough to
/// say why a rule that judged nothing judged nothing.
public struct RuleSight: Sendable, Hashable {
    /// Bodies the rule applied to that have events (over versions, the most any version saw).
    public var bodies = 0
    /// Their events of the rule's type.
    public var typeEvents = 0
    /// Those its filter took.
    public var matched = 0

    /// Another body's sight, judged by the same version.
    mutating func add(_ s: RuleSight) {
        bodies += s.bodies
        typeEvents += s.typeEvents
        matched += s.matched
    }

    /// What another version saw: the same bodies again, their events in other days.
    mutating func add(version s: RuleSight) {
        bodies = max(bodies, s.bodies)
        typeEvents += s.typeEvents
        matched += s.matched
    }
}
