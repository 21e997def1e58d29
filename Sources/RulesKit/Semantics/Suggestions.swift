/// "did you mean 'present'?" — the closest candidate by edit distance, if it is close enough.
public enum Suggestions {
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, name.count / 3)
        var best: (String, Int)?
        for c in candidates {
            // A Vietnamese file's `loạii` is near `kind` through its Vietnamese name `loại`.
            let d = [c, SurfacePhrases.nameToVietnamese[c], SurfacePhrases.keywordToVietnamese[c]]
                .compactMap { $0.map { distance(name, $0) } }.min()!
            // A candidate that shares nothing with the name is no suggestion: `x` is not a typo of `b`.
            // Ties go to the first in alphabetical order, so the answer never depends on a set's order.
            guard d <= limit, d < name.count else { continue }
            if best.map({ d < $0.1 || (d == $0.1 && c < $0.0) }) ?? true { best = (c, d) }
        }
        return best?.0
    }

    /// Edits between `a` and `b`, a swap of two neighbouring letters counting as one (`fromat` is one
    /// edit from `format`, two from `from`).
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var before = Array(repeating: 0, count: y.count + 1), prev = Array(0...y.count), cur = prev
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { cur[j] = min(cur[j], before[j - 2] + 1) }
            }
            (before, prev, cur) = (prev, cur, before)
        }
        return prev[y.count]
    }

    /// ` (did you mean 'x'?)` after a message, or nothing when there is no near name. `quoted`:
    /// false for names that show their own form, such as `--format`.
    public static func aside(_ near: String?, quoted: Bool = true) -> Localized {
        guard let near else { return .same("") }
        let name = quoted ? "'\(near)'" : near
        return Localized(vi: " (có phải \(name)?)", en: " (did you mean \(name)?)")
    }

    static func hint(_ name: String, _ candidates: some Sequence<String>) -> Localized? {
        closest(to: name, in: candidates).map { Localized(vi: "có phải ý bạn là '\($0)'?", en: "did you mean '\($0)'?") }
    }
}
