/// ANSI colour for terminal output; a no-op when colour is off (pipes, NO_COLOR).
struct Paint: Sendable {
    let enabled: Bool

    func callAsFunction(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
}
