import XCTest
@testable import RulesKit

/// Loads a regulation from `Rules/` and an event log from `examples/`, and evaluates it.
enum Golden {
    static func model(_ rules: String) throws -> Model {
        let url = Fixtures.repositoryFile("Rules/\(rules)")
        let (model, diagnostics) = Checker.check(path: url.path, text: Fixtures.text(url))
        return try XCTUnwrap(model, diagnostics.map(\.message.en).joined(separator: "\n"))
    }

    static func evaluate(_ rules: String, _ events: String, asOf: String, from: String? = nil, to: String? = nil) throws
        -> (Model, EventLog, Evaluation) {
        let model = try model(rules)
        var log = EventLog(types: model.eventTypes)
        XCTAssertNil(log.read(path: Fixtures.repositoryFile("examples/\(events)").path))
        log.finish()
        let options = Evaluator.Options(from: from.flatMap(Day.parse), to: to.flatMap(Day.parse), asOf: Day.parse(asOf)!)
        return (model, log, Evaluator(model: model).evaluate(log.events, options: options))
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
        let files = rules.enumerated().map { SourceFile(path: "r\($0.offset).rules", text: $0.element) }
        let (chains, diagnostics) = RegulationChain.build(files)
        let messages = diagnostics.flatMap { $0.1 }.filter { $0.severity == .error }.map(\.message.en)
        XCTAssertEqual(messages, [])
        let chain = try XCTUnwrap(chains.first)
        var log = EventLog(types: chain.versions.last!.model.eventTypes,
                           keeping: chain.versions.reduce(into: Set<String>()) { $0.formUnion($1.model.fieldsRead) })
        log.read(text: events, file: "e.jsonl")
        log.finish()
        XCTAssertEqual(log.errors, [])
        let options = Evaluator.Options(from: from.flatMap(Day.parse), to: to.flatMap(Day.parse), asOf: Day.parse(asOf)!)
        var evaluation = ChainEvaluator(chain: chain).evaluate(log.store, options: options)
        evaluation.recordsRead = log.recordsRead
        evaluation.unresolved = log.unresolved
        return evaluation
    }
}
