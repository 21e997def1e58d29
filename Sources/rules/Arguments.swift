import RulesKit

/// A small argument reader: `--name value`, `--name=value`, `--flag`, and positionals.
/// Unknown options are a usage error, never silently ignored.
struct Arguments {
    struct UsageError: Error {
        var message: Localized
    }

    private(set) var positionals: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// The options of `command` as `CommandTable` lists them.
    init(_ args: [String], command: String) throws(UsageError) {
        let spec = CommandTable.spec(command)!
        try self.init(args, valued: spec.valued, flags: spec.flags)
    }

    /// `valued` names the options that take a value; every other `--x` is a flag.
    init(_ args: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws(UsageError) {
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" {
                positionals += args[(i + 1)...]
                break
            }
            if a.hasPrefix("--") {
                var name = String(a.dropFirst(2)), value: String?
                if let eq = name.firstIndex(of: "=") {
                    value = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                if valued.contains(name) {
                    if value == nil {
                        i += 1
                        guard i < args.count else {
                            throw UsageError(message: Localized(vi: "tùy chọn --\(name) cần một giá trị",
                                                                en: "option --\(name) needs a value"))
                        }
                        value = args[i]
                    }
                    options[name, default: []].append(value!)
                } else if allowedFlags.contains(name), value == nil {
                    flags.insert(name)
                } else {
                    let near = Suggestions.closest(to: name, in: valued.union(allowedFlags))
                    throw UsageError(message: Localized(vi: "không biết tùy chọn --\(name)", en: "unknown option --\(name)")
                                         + Suggestions.aside(near.map { "--" + $0 }, quoted: false))
                }
            } else {
                positionals.append(a)
            }
            i += 1
        }
    }

    func value(_ name: String) -> String? { options[name]?.last }
    /// Every value of an option given more than once (`--source a --source b`); nil if not given.
    func values(_ name: String) -> [String]? { options[name] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    func choice(_ name: String, _ allowed: [String], default d: String) throws(UsageError) -> String {
        guard let v = value(name) else { return d }
        guard allowed.contains(v) else {
            throw UsageError(message: Localized(vi: "--\(name) nhận một trong: \(allowed.joined(separator: ", "))",
                                                en: "--\(name) takes one of: \(allowed.joined(separator: ", "))"))
        }
        return v
    }

    /// A `YYYY-MM-DD` option's value, if given.
    func date(_ name: String) throws(UsageError) -> Day? {
        guard let s = value(name) else { return nil }
        let dayFirst = value("date-format") == "dmy"
        guard let d = Day.parse(s) ?? (dayFirst ? Day.parseDayFirst(s) : nil) else {
            if Day.hasDateShape(s), dayFirst || !s.contains("/") {
                throw UsageError(message: Localized(vi: "--\(name): '\(s)' không phải một ngày có thật trong lịch",
                                                    en: "--\(name): '\(s)' is not a real date"))
            }
            throw UsageError(message: Localized(vi: "--\(name) cần một ngày YYYY-MM-DD (hoặc ngày/tháng/năm với --date-format dmy), gặp '\(s)'",
                                                en: "--\(name) needs a date YYYY-MM-DD (or day/month/year with --date-format dmy), found '\(s)'"))
        }
        return d
    }

    func language() throws(UsageError) -> Language {
        guard let v = value("lang") else { return Language.fromEnvironment() }
        guard let l = Language(rawValue: v) else {
            throw UsageError(message: Localized(vi: "--lang nhận vi hoặc en", en: "--lang takes vi or en"))
        }
        return l
    }

    /// `--jobs N`: threads that judge bodies at once; by default the cores available.
    func jobs() throws(UsageError) -> Int {
        guard let v = value("jobs") else { return BodyBlocks.available }
        guard let n = Int(v), (1...256).contains(n) else {
            throw UsageError(message: Localized(vi: "--jobs cần một số nguyên từ 1 đến 256, gặp '\(v)'",
                                                en: "--jobs takes a whole number from 1 to 256, found '\(v)'"))
        }
        return n
    }

    /// `--delimiter ,|;|tab` as the byte, if given.
    func delimiter() throws(UsageError) -> UInt8? {
        switch try choice("delimiter", [",", ";", "tab"], default: "") {
        case ",": UInt8(ascii: ",")
        case ";": UInt8(ascii: ";")
        case "tab": UInt8(ascii: "\t")
        default: nil
        }
    }

    /// `--delimiter` and `--date-format`, applied to a log before it reads.
    func intake(_ log: inout EventLog) throws(UsageError) {
        log.csvDelimiter = try delimiter()
        log.dayFirstDates = try choice("date-format", ["iso", "dmy"], default: "iso") == "dmy"
    }
}
