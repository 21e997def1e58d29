import Foundation

// Seeded event logs for the benchmark (scripts/bench.sh), the same on every run:
//
//     rules-bench CELLS YEARS OUT.jsonl           the province log (Phổ Hòa rules on every cell)
//     rules-bench three CELLS MONTHS OUT.jsonl    meetings and drafts of many cells (three rules)
//     rules-bench one MEETINGS OUT.jsonl          one body's meetings and drafts (three rules)

let args = Array(CommandLine.arguments.dropFirst())
func usage() -> Never {
    FileHandle.standardError.write(Data("usage: rules-bench CELLS YEARS OUT.jsonl | three CELLS MONTHS OUT.jsonl | one MEETINGS OUT.jsonl\n".utf8))
    exit(2)
}
guard let path = args.last, let out = Emitter(path: path) else { usage() }
switch (args.first, args.count) {
case ("three", 4):
    guard let cells = Int(args[1]), let months = Int(args[2]) else { usage() }
    threeRules(cells: cells, months: months, out)
case ("one", 3):
    guard let meetings = Int(args[1]) else { usage() }
    oneBody(meetings: meetings, out)
case (_, 3):
    guard let cells = Int(args[0]), let years = Int(args[1]) else { usage() }
    province(cells: cells, years: years, out)
default: usage()
}
out.flush()
FileHandle.standardError.write(Data("\(out.count) events written to \(path)\n".utf8))
