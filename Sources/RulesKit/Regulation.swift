/// The front door: a regulation (and its amendments) loaded from files or texts, checked, ready to
/// read events and judge them. The command line, `diff`, `rules test`, the golden tests and the
/// benchmark all come in here, so they run the same pipeline: the pruned store the command line
/// evaluates is the one the tests evaluate.
public struct Regulation: Sendable {
    public let chain: RegulationChain
    /// What the checker said of each file, warnings included.
    public let diagnostics: [(file: SourceFile, diagnostics: [Diagnostic])]

    /// The latest version's model: every event type any version knows.
    public var model: Model { chain.versions.last!.model }

    public enum Failure: Error, Sendable {
        case unreadable(SourceLoader.Failure)
        /// Errors in the files (the diagnostics say which).
        case invalid([(file: SourceFile, diagnostics: [Diagnostic])])
        /// The files are not one regulation and the regulations amending it.
        case notOneRegulation([(file: SourceFile, diagnostics: [Diagnostic])])
    }

    public static func load(paths: [String]) -> Result<Regulation, Failure> {
        var files: [SourceFile] = []
        for path in paths {
            switch SourceLoader.load(path) {
            case .failure(let f): return .failure(.unreadable(f))
            case .success(let file): files.append(file)
            }
        }
        return load(files)
    }

    public static func load(_ files: [SourceFile]) -> Result<Regulation, Failure> {
        let (chains, found) = RegulationChain.build(files)
        let diagnostics = found.map { (file: $0.0, diagnostics: $0.1) }
        if diagnostics.contains(where: { $0.diagnostics.contains { $0.severity == .error } }) { return .failure(.invalid(diagnostics)) }
        guard chains.count == 1 else { return .failure(.notOneRegulation(diagnostics)) }
        return .success(Regulation(chain: chains[0], diagnostics: diagnostics))
    }

    /// One text, for tests and tools: `Regulation.load(text: "regulation …")`.
    public static func load(text: String, path: String = "rules") -> Result<Regulation, Failure> {
        load([SourceFile(path: path, text: text)])
    }

    /// An empty log that reads this regulation's event types and keeps only the fields its rules
    /// read (and references): what `evaluate` reads a province's log into.
    public func eventLog() -> EventLog { Self.eventLog(for: [self]) }

    /// One log for several regulations judged on the same events (`rules diff --events`): every
    /// event type any of them knows (the first's, where two define one), every field any reads.
    public static func eventLog(for regulations: [Regulation]) -> EventLog {
        let types = regulations.reduce(into: [String: EventType]()) { all, r in all.merge(r.model.eventTypes) { x, _ in x } }
        let read = regulations.flatMap(\.chain.versions).reduce(into: Set<String>()) { $0.formUnion($1.model.fieldsRead) }
        return EventLog(types: types, keeping: read)
    }

    /// The window `options` ask for on this log, and the codes of the versions in force in it: a
    /// report's heading, known before any body is judged.
    public func heading(_ log: EventLog, options: Evaluator.Options)
        -> (regulation: String, window: Result<EvaluationWindow, EvaluationWindow.Problem>) {
        ChainEvaluator(chain: chain).heading(log.store, options: options)
    }

    /// The rules files' texts, hashed (FNV-1a, 64 bits): two results with the same digest were
    /// judged by the same text, whatever its code says. The text is taken in English words: a
    /// file and its `rules fmt --to vi` have one digest (a literate file is another text).
    public var digest: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for v in chain.versions {
            // An English file is hashed as it is: converting it would parse it again to change nothing.
            let file = v.model.file
            let text = v.model.surface == .vietnamese ? (try? SurfaceConversion.convert(file, to: .english).get()) ?? file.text : file.text
            for byte in text.utf8 + [0] {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        return String(h, radix: 16)
    }

    /// Whose bodies the kinds are on this log: the roster's, or the bodies seen in it.
    public func population(_ log: EventLog) -> Population? { Population.of(model, store: log.store) }

    /// The events judged as `options` say, by the version in force on each day, with the log's
    /// accounts (records read and rejected, references unresolved, records skipped).
    public func evaluate(_ log: EventLog, options: Evaluator.Options) -> Evaluation {
        evaluate(log, options: options, streaming: Streaming<Void>?.none)
    }

    public func evaluate<Output>(_ log: EventLog, options: Evaluator.Options, streaming: Streaming<Output>?) -> Evaluation {
        var options = options
        options.rejected = log.rejected
        var evaluation = ChainEvaluator(chain: chain).evaluate(log.store, options: options, streaming: streaming)
        evaluation.recordsRead = log.recordsRead
        evaluation.recordsRejected = log.recordsRejected
        evaluation.unresolved = log.unresolved
        evaluation.selectedBodies = options.bodies?.sorted()
        evaluation.digest = digest
        evaluation.illustrativeSizes = model.illustrativeSizes
        if let roster = model.roster {
            let parents = Set(roster.bodies.compactMap(\.parent))
            for b in roster.bodies where parents.contains(b.id) { evaluation.parentNames[b.id] = b.name }
        }
        return evaluation
    }
}

extension Regulation {
    /// Every version judging the bodies of `roster` (`Model.with(roster:)`).
    public func with(roster: Roster) -> Regulation {
        var chain = chain
        for i in chain.versions.indices { chain.versions[i].model = chain.versions[i].model.with(roster: roster) }
        return Regulation(chain: chain, diagnostics: diagnostics)
    }

    /// The roster's kinds this regulation does not declare [W21]: their bodies are judged by no rule.
    /// A kind with a body that is a parent (base organisations over cells) is a level of the
    /// roster, not a misspelt kind: it is not warned about, even where a part of a split roster
    /// lists some of its bodies without their cells.
    public func undeclaredKinds(in roster: Roster) -> [RosterWarning] {
        let declared = model.bodyOrder.filter { model.bodies[$0]?.isKind == true }
        let parents = Set(roster.bodies.compactMap(\.parent))
        let levels = Set(roster.kinds.map(\.kind).filter { k in roster.bodies.contains { $0.kind == k && parents.contains($0.id) } })
        return roster.kinds.filter { model.bodies[$0.kind]?.isKind != true && !levels.contains($0.kind) }.map { k in
            RosterWarning(file: roster.file, line: roster.bodies.first { $0.kind == k.kind }!.line, kind: k.kind, bodies: k.bodies,
                          suggestion: Suggestions.closest(to: k.kind, in: declared))
        }
    }
}

extension Regulation {
    /// A regulation of one checked model, with no amendments.
    public init(model: Model) {
        self.init(chain: RegulationChain(versions: [.init(code: model.regulation?.code ?? "", effective: model.regulation?.effective ?? .first,
                                                          model: model, changes: [])]),
                  diagnostics: [])
    }
}
