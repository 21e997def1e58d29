/// Prints diagnostics the way a good compiler does:
///
///     Rules/pho-hoa.rules:12:18: error: unknown field 'presnt' of event type 'meeting' [C036]
///        12 |       m.presnt >= 2/3 of members
///           |         ^~~~~~
///           = hint: did you mean 'present'?
public struct DiagnosticPrinter: Sendable {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    private var paint: Paint { Paint(enabled: color) }

    public func severityWord(_ s: Diagnostic.Severity) -> String {
        switch (s, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "note"
        case (.error, .vi): "lỗi"
        case (.warning, .vi): "cảnh báo"
        case (.note, .vi): "ghi chú"
        }
    }

    public func render(_ d: Diagnostic, in file: SourceFile) -> String {
        let start = d.range.start
        let sevColor = d.severity == .error ? "1;31" : d.severity == .warning ? "1;33" : "1;36"
        var out = paint("\(file.path):\(start.line):\(start.column):", "1") + " "
            + paint(severityWord(d.severity) + ":", sevColor) + " " + paint(d.message.text(language), "1") + " [\(d.code)]\n"
        if let line = file.line(start.line) {
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count + 2)
            let endColumn = d.range.end.line == start.line ? d.range.end.column : Array(line).count + 1
            let shown = Excerpt(line: String(line), from: start.column, to: endColumn)
            out += " \(number) | \(shown.text)\n"
            // Keep tabs under tabs so the caret lines up whatever the tab width.
            let pad = shown.beforeMark.map { $0 == "\t" ? "\t" : " " }.joined()
            out += "\(gutter)| \(pad)" + paint("^" + String(repeating: "~", count: shown.markWidth - 1), sevColor) + "\n"
            if let hint = d.hint {
                out += "\(gutter)= " + paint(language.pick("gợi ý:", "hint:"), "1;36") + " \(hint.text(language))\n"
            }
        } else if let hint = d.hint {
            out += "  = \(language.pick("gợi ý", "hint")): \(hint.text(language))\n"
        }
        return out
    }

    public func json(_ d: Diagnostic, in file: SourceFile) -> String {
        func pos(_ p: SourcePosition) -> String {
            JSONText.object([("line", "\(p.line)"), ("column", "\(p.column)"), ("offset", "\(p.offset)")])
        }
        return JSONText.object([
            ("file", JSONText.string(file.path)),
            ("range", JSONText.object([("start", pos(d.range.start)), ("end", pos(d.range.end))])),
            ("severity", JSONText.string(d.severity.rawValue)),
            ("code", JSONText.string(d.code)),
            ("message", JSONText.string(d.message.text(language))),
            ("messages", JSONText.object([("vi", JSONText.string(d.message.vi)), ("en", JSONText.string(d.message.en))])),
            ("hint", d.hint.map { JSONText.string($0.text(language)) }),
        ])
    }
}

/// The part of a source line a diagnostic shows: at most `limit` characters around the marked
/// columns (a cut is shown as "…"), with control characters shown as U+FFFD so a rules file
/// cannot send a terminal sequence through an error message.
struct Excerpt {
    static let limit = 120
    private(set) var text = ""
    private(set) var beforeMark: [Character] = []
    private(set) var markWidth = 1

    init(line: String, from startColumn: Int, to endColumn: Int) {
        let chars = Array(line).map { c -> Character in
            c == "\t" || !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) ? c : "\u{FFFD}"
        }
        let start = min(max(0, startColumn - 1), chars.count)
        var lo = 0, hi = chars.count
        if chars.count > Self.limit {
            lo = max(0, min(start - Self.limit / 4, chars.count - Self.limit))
            hi = min(chars.count, lo + Self.limit)
        }
        let head = lo > 0 ? "…" : ""
        text = head + String(chars[lo..<hi]) + (hi < chars.count ? "…" : "")
        beforeMark = (head.isEmpty ? [] : [" "]) + Array(chars[lo..<start])
        markWidth = max(1, min(endColumn - 1, hi) - start)
    }
}
