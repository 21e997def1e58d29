/// The events bound to the slots in scope, without an array per check. Rules nest at most a
/// few filters deep; a deeper filter is left to the general evaluator (see `ExpressionCompiler`).
struct Scope {
    static let capacity = 4
    private var slots: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private(set) var count = 0

    init() {}

    init(_ event: Int) {
        bind(0, event)
    }

    /// The event in `slot`, nil when the slot is not bound.
    subscript(slot: Int) -> Int? {
        guard slot < count else { return nil }
        return switch slot {
        case 0: slots.0
        case 1: slots.1
        case 2: slots.2
        default: slots.3
        }
    }

    /// Binds `slot` and forgets the slots after it.
    mutating func bind(_ slot: Int, _ event: Int) {
        switch slot {
        case 0: slots.0 = event
        case 1: slots.1 = event
        case 2: slots.2 = event
        default: slots.3 = event
        }
        count = slot + 1
    }

    /// The first `n` slots (at most those bound), as the general evaluator takes them.
    func array(_ n: Int = capacity) -> [Int] {
        (0..<min(n, count)).map { self[$0]! }
    }
}
