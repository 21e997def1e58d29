import Foundation

/// The two languages every user-facing message exists in.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// `LANG=vi_VN.UTF-8` selects Vietnamese; anything else English.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("vi") ? .vi : .en }
        }
        return .en
    }

    /// The text of the two given in this language.
    public func pick(_ vi: String, _ en: String) -> String { self == .vi ? vi : en }
}

extension String {
    /// With its first letter upper-case: `khoản` → `Khoản`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// Whether `part` occurs in this text, byte for byte (an empty part never does): cheaper
    /// than a search that weighs canonical equivalence, for texts the program wrote itself.
    func containsBytes(_ part: String) -> Bool {
        guard !part.isEmpty else { return false }
        var text = self, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard p.count <= t.count else { return false }
                for i in 0...(t.count - p.count) where t[i] == p[0] && memcmp(t.baseAddress! + i, p.baseAddress!, p.count) == 0 {
                    return true
                }
                return false
            }
        }
    }
}

/// A message in Vietnamese and English.
public struct Localized: Hashable, Sendable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public func text(_ lang: Language) -> String { lang.pick(vi, en) }

    public static func + (a: Localized, b: Localized) -> Localized {
        Localized(vi: a.vi + b.vi, en: a.en + b.en)
    }

    public static func same(_ s: String) -> Localized { Localized(vi: s, en: s) }
}
