import Foundation
import RulesKit

/// The `rules` command: picks a subcommand, turns usage errors into exit code 2.
let usage = Localized(
    vi: """
    cách dùng: rules <lệnh> [tùy chọn]
      check FILE…          kiểm tra tệp quy chế (.rules)
      evaluate RULES EVENTS…  đối chiếu sự kiện với quy chế [--from D] [--to D] [--term] [--as-of D]
                           [--body B] [--format text|json|markdown|html|csv] [--skip-invalid]
                           (--as-of: mặc định là ngày của bản ghi cuối cùng, hoặc hôm nay)
      calendar YEAR [RULES]   các ngày nghỉ, ngày cuối tuần làm bù và số ngày làm việc trong năm, kèm nguồn
      versions RULES…      các phiên bản của quy chế và những gì mỗi lần sửa đổi thay đổi
      doc RULES            quy chế thành tài liệu dễ đọc (Markdown), kèm điều công cụ kiểm tra
      diff A.rules B.rules so sánh hai quy chế theo từng quy định [--events E…] [--as-of D] [--skip-invalid]
      explain RULES… EVENTS… --rule R [--event ID | --date D]   giải thích một kết luận
      test FILE… [--coverage]   chạy các kiểm thử viết cạnh quy chế (TÊN.test)
      fmt [--check] FILE…  trình bày tệp .rules theo một khuôn dạng chuẩn
    tùy chọn chung: --lang vi|en
    """,
    en: """
    usage: rules <command> [options]
      check FILE…          check regulation files (.rules)
      evaluate RULES EVENTS…  judge recorded events against a regulation [--from D] [--to D] [--term]
                           [--as-of D] [--body B] [--format text|json|markdown|html|csv] [--skip-invalid]
                           (--as-of: by default the log's last record, or today)
      calendar YEAR [RULES]   a year's days off and weekend days worked, each with its source
      versions RULES…      a regulation's versions and what each amendment changed
      doc RULES            the regulation as a readable document (Markdown) with what is checked
      diff A.rules B.rules compare two regulations provision by provision [--events E…] [--as-of D] [--skip-invalid]
      explain RULES… EVENTS… --rule R [--event ID | --date D]   why a verdict is what it is
      test FILE… [--coverage]   run the tests written beside a regulation (NAME.test)
      fmt [--check] FILE…  lay out .rules files in the one canonical layout
    common options: --lang vi|en
    """)

let args = Array(CommandLine.arguments.dropFirst())
let commands: [String: ([String]) throws(Arguments.UsageError) -> Int32] = [
    "check": CheckCommand.run,
    "evaluate": EvaluateCommand.run,
    "calendar": CalendarCommand.run,
    "versions": VersionsCommand.run,
    "doc": DocCommand.run,
    "diff": DiffCommand.run,
    "explain": ExplainCommand.run,
    "test": TestCommand.run,
    "fmt": FmtCommand.run,
]

@MainActor func runMain() -> Int32 {
    guard let name = args.first, let command = commands[name] else {
        Terminal.writeError(usage.text(Terminal.language) + "\n")
        return args.first.map { ["-h", "--help", "help"].contains($0) } == true ? 0 : 2
    }
    // `rules check --help`: the usage, not "unknown option".
    if args.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
        Terminal.write(usage.text(Terminal.language) + "\n")
        return 0
    }
    do {
        return try command(Array(args.dropFirst()))
    } catch {
        Terminal.writeError("rules \(name): \(error.message.text(Terminal.language))\n")
        return 2
    }
}

exit(runMain())
