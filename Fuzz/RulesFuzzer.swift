// libFuzzer harness: the language front end (lexer, parser, checker, amendment chains) on any bytes.
// Built by scripts/fuzz.sh together with the library's sources, so it calls internal API directly.

@_cdecl("LLVMFuzzerTestOneInput")
public func rulesFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let text) = SourceLoader.decode(bytes, path: "fuzz.rules") {
        let file = SourceFile(path: "fuzz.rules", text: text)
        let (model, diagnostics) = Checker.check(file)
        let printer = DiagnosticPrinter(language: .vi)
        for d in diagnostics { _ = printer.render(d, in: file) }
        if let model {
            _ = Evaluator(model: model).evaluate([], options: .init(asOf: Day(year: 2024, month: 6, day: 30)!))
        }
        _ = RegulationChain.build([file])
    }
    return 0
}
