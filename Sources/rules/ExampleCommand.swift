import Foundation
import RulesKit

/// `rules example bloc --out DIR [--seed N]`: writes a made-up bloc (roster.csv, events.jsonl) to
/// try `evaluate --roster` on: seed 003's scale, every name and number illustrative.
enum ExampleCommand {
    static func run(_ args: [String]) throws(Arguments.UsageError) -> Int32 {
        let a = try Arguments(args, command: "example")
        let lang = try a.language()
        guard a.positionals == ["bloc"], let out = a.value("out") else {
            throw .init(message: Localized(vi: "cách dùng: rules example bloc --out THƯ_MỤC [--seed N]",
                                           en: "usage: rules example bloc --out DIR [--seed N]"))
        }
        var example = BlocExample()
        if let s = a.value("seed") {
            guard let seed = UInt64(s) else {
                throw .init(message: Localized(vi: "--seed: '\(s)' không phải số nguyên không âm", en: "--seed: '\(s)' is not a whole number"))
            }
            example.seed = seed
        }
        var roster = "", events = ""
        example.generate(roster: { roster += $0 + "\n" }, events: { events += $0 + "\n" })
        let files = [("roster.csv", roster), ("events.jsonl", events)]
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            // Never over a file already there: an example is not worth someone's data.
            for (name, _) in files where FileManager.default.fileExists(atPath: out + "/" + name) {
                Terminal.writeError(Localized(vi: "\(out)/\(name) đã có; không ghi đè", en: "\(out)/\(name) exists; not overwritten").text(lang) + "\n")
                return 2
            }
            for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: out + "/" + name), options: .withoutOverwriting) }
        } catch {
            Terminal.writeError(Localized(vi: "không ghi được vào \(out): \(error.localizedDescription)",
                                          en: "cannot write to \(out): \(error.localizedDescription)").text(lang) + "\n")
            return 2
        }
        Terminal.writeError(Localized(
            vi: "đã ghi \(out)/roster.csv (\(example.baseOrganisations) đảng bộ cơ sở, \(example.cells) chi bộ, \(example.members) đảng viên — minh họa) và \(out)/events.jsonl (năm \(example.year))",
            en: "wrote \(out)/roster.csv (\(example.baseOrganisations) base organisations, \(example.cells) cells, \(example.members) members — illustrative) and \(out)/events.jsonl (the year \(example.year))").text(lang) + "\n")
        return 0
    }
}
