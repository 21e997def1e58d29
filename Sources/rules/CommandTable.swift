import RulesKit

/// One option of a command: its name, the word for its value (nil for a flag) and one line of help.
struct OptionSpec: Sendable {
    let name: String
    let value: String?
    let help: Localized
}

/// What `rules help`, `rules COMMAND --help`, the argument reader and the shell completions all
/// read: every command with its options, so the help can never miss an option the command takes.
struct CommandSpec: Sendable {
    let name: String
    let arguments: String
    let summary: Localized
    let options: [OptionSpec]
    let example: String

    /// Every command takes `--lang`; the documents meant to be handed over default to Vietnamese.
    var allOptions: [OptionSpec] { options + [name == "doc" || name == "evaluate" ? Self.langHandedOver : Self.lang] }
    var valued: Set<String> { Set(allOptions.filter { $0.value != nil }.map(\.name)) }
    var flags: Set<String> { Set(allOptions.filter { $0.value == nil }.map(\.name)) }

    static let lang = OptionSpec(name: "lang", value: "vi|en", help: Localized(
        vi: "ngôn ngữ của thông báo và báo cáo (mặc định theo LANG)", en: "language of messages and reports (default from LANG)"))
    static let langHandedOver = OptionSpec(name: "lang", value: "vi|en", help: Localized(
        vi: "ngôn ngữ (mặc định theo LANG; báo cáo markdown, html và tài liệu doc mặc định tiếng Việt)",
        en: "language (default from LANG; markdown and html reports and doc default to Vietnamese)"))
}

enum CommandTable {
    private static func o(_ name: String, _ value: String?, _ vi: String, _ en: String) -> OptionSpec {
        OptionSpec(name: name, value: value, help: Localized(vi: vi, en: en))
    }

    private static let window: [OptionSpec] = [
        o("from", "D", "ngày đầu của khoảng đánh giá (YYYY-MM-DD)", "first day judged (YYYY-MM-DD)"),
        o("to", "D", "ngày cuối của khoảng đánh giá", "last day judged"),
        o("term", nil, "đánh giá cả nhiệm kỳ của quy chế", "judge the regulation's whole term"),
        o("as-of", "D", "ngày đánh giá: kỳ hạn chưa qua thì chưa đến hạn (mặc định: bản ghi cuối, hoặc hôm nay)",
          "evaluation date: a deadline not yet over is pending (default: the log's last record, or today)"),
        o("body", "B", "chỉ đánh giá cơ quan, tổ chức B", "judge body B only"),
        o("roster", "FILE", "danh sách tổ chức (CSV: id,name,kind,parent,members,members_from,active_from,active_to): quần thể của mỗi loại tổ chức, kể cả cơ quan không gửi bản ghi",
          "roster of bodies (CSV: id,name,kind,parent,members,members_from,active_from,active_to): each kind's population, silent bodies included"),
        o("skip-invalid", nil, "đánh giá các bản ghi hợp lệ dù có bản ghi lỗi (và nói đã bỏ qua bao nhiêu)",
          "judge the valid records even when some are bad (and say how many were skipped)"),
    ]

    /// How event files are read: for spreadsheets saved in another locale.
    private static let intake: [OptionSpec] = [
        o("delimiter", ",|;|tab", "dấu phân cách của tệp CSV (mặc định: dấu dùng nhiều nhất ở dòng tiêu đề); báo cáo --format csv dùng cùng dấu đó",
          "CSV separator (default: the one the header uses most); a --format csv report uses the same"),
        o("date-format", "iso|dmy", "dmy: ngày viết ngày/tháng/năm (20/05/2024) trong tệp sự kiện; mặc định YYYY-MM-DD",
          "dmy: event dates written day/month/year (20/05/2024); default YYYY-MM-DD"),
    ]

    static let all: [CommandSpec] = [
        CommandSpec(name: "check", arguments: "FILE.rules…",
                    summary: Localized(vi: "kiểm tra tệp quy chế", en: "check regulation files"),
                    options: [o("format", "text|json", "dạng của các chẩn đoán", "form of the diagnostics"),
                              o("source", "PATH", "văn bản nguồn (tệp, hoặc thư mục các tệp .txt/.md): mọi đoạn trích điều khoản phải có trong đó",
                                "source document (a file, or a folder of .txt/.md files): every quoted provision must occur in it")],
                    example: "rules check Rules/*.rules"),
        CommandSpec(name: "evaluate", arguments: "RULES… EVENTS…",
                    summary: Localized(vi: "đối chiếu sự kiện với quy chế, từng điều khoản", en: "judge recorded events against a regulation, provision by provision"),
                    options: window + intake + [o("format", "text|json|jsonl|markdown|html|csv", "dạng báo cáo (jsonl: mỗi dòng một kết luận, dòng cuối là tổng kết)",
                                                  "report format (jsonl: a finding a line, then a summary line)"),
                                                o("kept", nil, "liệt kê cả các lần kiểm tra đạt trong json, jsonl và csv (mặc định chỉ đếm trong bảng tổng hợp)",
                                                  "list the checks kept too in json, jsonl and csv (by default they are only counted in the tallies)"),
                                                o("jobs", "N", "số luồng (1–256) đánh giá các cơ quan cùng lúc, và đọc theo phần một tệp sự kiện từ 16 MiB (JSON Lines; CSV khi không có dấu ngoặc kép nào) (mặc định: số lõi của máy); kết quả không đổi theo N",
                                                  "threads (1–256) judging bodies at once, and reading an events file of 16 MiB or more in parts (JSON Lines; CSV with no quote character) (default: the cores available); the result does not depend on N")],
                    example: "rules evaluate Rules/pho-hoa.rules examples/pho-hoa-2023.jsonl --as-of 2024-06-30"),
        CommandSpec(name: "merge", arguments: "RULES… PARTS.json|PARTS.jsonl…",
                    summary: Localized(vi: "gộp kết quả JSON của nhiều phần (nhật ký chia theo cơ quan, hoặc nhiều đơn vị) thành một kết quả",
                                       en: "combine JSON results of parts (a log split by body, or several units) into one result"),
                    options: [o("format", "text|json|markdown|html|csv", "dạng báo cáo", "report format")],
                    example: "rules merge Rules/chi-bo.rules phan-1.json phan-2.json --format markdown"),
        CommandSpec(name: "explain", arguments: "RULES… EVENTS… --rule R (--event ID | --date D)",
                    summary: Localized(vi: "giải thích một kết luận từng bước", en: "why a verdict is what it is, step by step"),
                    options: [o("rule", "R", "quy tắc cần giải thích", "the rule to explain"),
                              o("event", "ID", "sự kiện được đánh giá", "the event judged"),
                              o("date", "D", "kỳ chứa ngày D (quy tắc theo kỳ)", "the period containing D (period rules)"),
                              o("format", "text|json", "dạng kết quả", "output format")] + window + intake,
                    example: "rules explain Rules/pho-hoa.rules examples/pho-hoa-2023.jsonl --rule ty_le_du_hop --event m05"),
        CommandSpec(name: "calendar", arguments: "YEAR [RULES]",
                    summary: Localized(vi: "các ngày nghỉ, ngày làm bù và số ngày làm việc trong năm, kèm nguồn",
                                       en: "a year's days off and weekend days worked, each with its source"),
                    options: [], example: "rules calendar 2024"),
        CommandSpec(name: "versions", arguments: "RULES…",
                    summary: Localized(vi: "các phiên bản của quy chế và những gì mỗi lần sửa đổi thay đổi",
                                       en: "a regulation's versions and what each amendment changed"),
                    options: [], example: "rules versions Rules/pho-hoa.rules Rules/pho-hoa-0*.rules Rules/pho-hoa-45-TB-DU.rules"),
        CommandSpec(name: "doc", arguments: "RULES",
                    summary: Localized(vi: "quy chế thành tài liệu dễ đọc, kèm điều công cụ kiểm tra",
                                       en: "the regulation as a readable document, with what the tool checks"),
                    options: [o("format", "markdown|html", "dạng tài liệu", "document format")],
                    example: "rules doc Rules/pho-hoa.rules --format html > pho-hoa.html"),
        CommandSpec(name: "diff", arguments: "A.rules B.rules",
                    summary: Localized(vi: "so sánh hai quy chế theo từng quy định", en: "compare two regulations provision by provision"),
                    options: [o("events", "E…", "cũng đánh giá các tệp sự kiện này theo cả hai và nêu khác biệt",
                                "also judge these event files by both and list the differences"),
                              o("as-of", "D", "ngày đánh giá cho --events", "evaluation date for --events"),
                              o("skip-invalid", nil, "bỏ qua bản ghi lỗi trong --events", "skip bad records in --events"),
                              o("format", "text|markdown|json", "dạng kết quả", "output format")] + intake,
                    example: "rules diff Rules/huyen-uy.rules Rules/huyen-uy-dia-phuong.rules"),
        CommandSpec(name: "test", arguments: "FILE.test…",
                    summary: Localized(vi: "chạy các kiểm thử viết cạnh quy chế", en: "run the tests written beside a regulation"),
                    options: [o("coverage", nil, "nêu quy tắc nào chưa có kiểm thử", "list the rules no test exercises")],
                    example: "rules test Rules/*.test"),
        CommandSpec(name: "fmt", arguments: "FILE.rules…",
                    summary: Localized(vi: "trình bày tệp .rules theo một khuôn dạng chuẩn", en: "lay out .rules files in the one canonical layout"),
                    options: [o("check", nil, "không sửa; liệt kê tệp sẽ đổi và thoát 1", "change nothing; list the files that would change and exit 1"),
                              o("to", "vi|en", "in tệp sang từ ngữ tiếng Việt hoặc tiếng Anh (giữ nguyên chú thích, trích dẫn, trình bày)",
                                "print the file in Vietnamese or English words (comments, quotes and layout kept)")],
                    example: "rules fmt --to vi Rules/pho-hoa.rules > pho-hoa.vi.rules"),
        CommandSpec(name: "vocabulary", arguments: "[TYPE…] [RULES…]",
                    summary: Localized(vi: "các loại sự kiện, trường và giá trị một nhật ký có thể dùng", en: "the event types, fields and values a log may use"),
                    options: [o("format", "text|markdown|json", "dạng kết quả", "output format")],
                    example: "rules vocabulary meeting Rules/pho-hoa.rules"),
        CommandSpec(name: "template", arguments: "TYPE… [RULES…]",
                    summary: Localized(vi: "dòng tiêu đề CSV để điền sự kiện trong bảng tính", en: "a CSV header to fill in events in a spreadsheet"),
                    options: [o("delimiter", ",|;|tab", "dấu phân cách (; cho Excel tiếng Việt)", "separator (; for a Vietnamese-locale Excel)")],
                    example: "rules template meeting document --delimiter ';' > su-kien.csv"),
        CommandSpec(name: "codes", arguments: "[CODE…]",
                    summary: Localized(vi: "ý nghĩa của các mã lỗi và cảnh báo (C020, E13, …)", en: "what the error and warning codes mean (C020, E13, …)"),
                    options: [o("format", "text|markdown", "dạng kết quả", "output format")],
                    example: "rules codes C020 W004"),
        CommandSpec(name: "example", arguments: "bloc",
                    summary: Localized(vi: "ghi một khối minh họa (danh sách tổ chức và một năm sự kiện, quy mô 1.117 chi bộ) để thử",
                                       en: "write an illustrative bloc (a roster and a year of events, 1,117 cells) to try the tool on"),
                    options: [o("out", "DIR", "thư mục ghi roster.csv và events.jsonl", "the folder to write roster.csv and events.jsonl in"),
                              o("seed", "N", "hạt giống ngẫu nhiên (mặc định 3): cùng hạt giống, cùng dữ liệu", "random seed (default 3): the same seed gives the same data")],
                    example: "rules example bloc --out /tmp/khoi && rules evaluate Rules/chi-bo.rules /tmp/khoi/events.jsonl --roster /tmp/khoi/roster.csv"),
        CommandSpec(name: "completion", arguments: "bash|zsh",
                    summary: Localized(vi: "in tập lệnh tự hoàn thành cho shell", en: "print a shell completion script"),
                    options: [], example: "rules completion bash > ~/.local/share/bash-completion/completions/rules"),
        CommandSpec(name: "help", arguments: "[COMMAND]",
                    summary: Localized(vi: "hướng dẫn chung, hoặc của một lệnh", en: "the general help, or a command's"),
                    options: [], example: "rules help evaluate"),
    ]

    static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
