import XCTest
@testable import RulesKit

/// Loads a regulation from `Rules/` and an event log from `examples/`, and evaluates it.
enum Golden {
    static func model(_ rules: String) throws -> Model {
        let url = Fixtures.repositoryFile("Rules/\(rules)")
        let (model, diagnostics) = Checker.check(path: url.path, text: Fixtures.text(url))
        return try XCTUnwrap(model, diagnostics.map(\.message.en).joined(separator: "\n"))
    }

    /// Through the front door `rules evaluate` uses: the pruned store, the log's accounts.
    static func evaluate(_ rules: String, _ events: String, asOf: String, from: String? = nil, to: String? = nil, listKept: Bool = true) throws
        -> (Model, EventLog, Evaluation) {
        let regulation = try Self.regulation([SourceFile(path: Fixtures.repositoryFile("Rules/\(rules)").path,
                                                         text: Fixtures.text(Fixtures.repositoryFile("Rules/\(rules)")))])
        var log = regulation.eventLog()
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/\(events)").path))
        log.finish()
        var options = Evaluator.Options(from: from.flatMap(Day.parse), to: to.flatMap(Day.parse), asOf: Day.parse(asOf)!)
        options.listKept = listKept
        return (regulation.model, log, regulation.evaluate(log, options: options))
    }

    static func regulation(_ files: [SourceFile]) throws -> Regulation {
        switch Regulation.load(files) {
        case .success(let r): return r
        case .failure(.invalid(let ds)), .failure(.notOneRegulation(let ds)):
            throw NotARegulation(why: ds.flatMap { $0.diagnostics.map(\.message.en) }.joined(separator: "; "))
        case .failure(.unreadable(let f)): throw NotARegulation(why: f.message(.en))
        }
    }

    /// Thrown, it fails the test that asked.
    struct NotARegulation: Error, CustomStringConvertible {
        var why: String
        var description: String { "not a regulation: \(why)" }
    }

    /// A finding reduced to what a golden test states: status, rule, body, event or period, compared values.
    static func line(_ f: Finding) -> String {
        [f.status.rawValue, f.rule, f.body, f.eventId ?? f.period ?? "", f.compared ?? f.reason ?? ""].joined(separator: " | ")
    }
}

extension Golden {
    /// A regulation written inline (and its amendments), judged as `rules evaluate` judges it:
    /// the chain, the log read from text, the pruned store.
    static func evaluate(rules: String..., events: String, asOf: String, from: String? = nil, to: String? = nil) throws -> Evaluation {
        let regulation = try Self.regulation(rules.enumerated().map { SourceFile(path: "r\($0.offset).rules", text: $0.element) })
        var log = regulation.eventLog()
        log.read(text: events, file: "e.jsonl")
        log.finish()
        XCTAssertEqual(log.errors, [])
        let options = Evaluator.Options(from: from.flatMap(Day.parse), to: to.flatMap(Day.parse), asOf: Day.parse(asOf)!)
        return regulation.evaluate(log, options: options)
    }
}

extension Golden {
    /// The rules of `rules` that no log (with its evaluation date) keeps, and those none breaks.
    static func neverKeptAndNeverBroken(_ rules: String, _ logs: [(String, String)]) throws -> (neverKept: Set<String>, neverBroken: Set<String>) {
        var kept: Set<String> = [], broken: Set<String> = []
        for (log, asOf) in logs {
            let (_, _, e) = try evaluate(rules, log, asOf: asOf)
            for t in e.tallies {
                if t.kept > 0 { kept.insert(t.rule) }
                if t.violated > 0 { broken.insert(t.rule) }
            }
        }
        let all = Set(try model(rules).rules.map(\.name))
        return (all.subtracting(kept), all.subtracting(broken))
    }
}
