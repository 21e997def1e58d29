// libFuzzer harness: the event readers (JSON Lines and CSV), validation, and an evaluation of
// whatever is valid against the Phổ Hòa regulation, on any bytes.

let fuzzModel: Model = {
    let source = """
    regulation "F" { effective 2020-01-01 term 2020-01-01 to 2025-12-31 }
    body dang_uy { members 11 }
    kind chi_bo { bodies "chi-bo-*" }
    article 1 {
      rule a for dang_uy, chi_bo: every month: at least 1 meeting where kind == "regular"
      rule b for dang_uy, chi_bo: each meeting m unless m.special: m.present >= 2/3 of members
      rule c for dang_uy: each meeting m: document d where d.meeting == m.id at least 2 working days before m
      rule d for dang_uy: each consultation c: adopted requires c.approve > 1/2 of members
      rule e for chi_bo: no gap longer than 2 months between meeting
      rule f for chi_bo: target 80% keep a every year
      rule g for dang_uy: whenever proposal p where p.supporters > 1/2 of members: meeting after p
      rule h for chi_bo: each meeting m where has m.end: m.end - m.start >= 2 hours
    }
    """
    return Checker.check(path: "fuzz-model.rules", text: source).0!
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func eventsFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in [EventFileFormat.jsonLines, .csv] {
        var log = EventLog(types: fuzzModel.eventTypes)
        log.read(bytes: bytes, file: "fuzz", format: format)
        log.finish()
        precondition(log.events.count + log.recordsRejected == log.recordsRead, "a record was lost")
        let e = Evaluator(model: fuzzModel).evaluate(log.events, options: .init(asOf: Day(year: 2024, month: 6, day: 30)!))
        _ = JSONReport.render(e)
        _ = CSVReport.render(e, language: .vi)
    }
    return 0
}
