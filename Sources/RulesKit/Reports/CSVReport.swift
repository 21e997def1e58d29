/// One row per finding: UTF-8 with a byte-order mark (so spreadsheet programs show Vietnamese
/// correctly), RFC 4180 quoting and CRLF line ends.
public enum CSVReport {
    public static let columns = ["status", "regulation", "article", "clause", "point", "rule", "rule_label", "body",
                                 "event_id", "period", "date", "file", "line", "message", "compared", "reason", "illustrative", "numbering", "reading"]

    /// `delimiter`: `;` for a spreadsheet in a Vietnamese locale, which splits cells at it.
    public static func render(_ e: Evaluation, language: Language, delimiter: Character = ",") -> String {
        header(delimiter: delimiter) + rows(e.findings, language: language, delimiter: delimiter)
    }

    public static func header(delimiter: Character = ",") -> String {
        "\u{FEFF}" + columns.joined(separator: String(delimiter)) + "\r\n"
    }

    /// One row per finding: `rules evaluate` writes a body's rows as soon as it is judged.
    public static func rows(_ findings: [Finding], language: Language, delimiter: Character = ",") -> String {
        let d = String(delimiter)
        var out = ""
        for f in findings {
            let (message, compared) = f.sentences(in: language)
            let cells: [String?] = [
                f.status.rawValue, f.regulation, f.citation.article, f.citation.clause, f.citation.point, f.rule, f.ruleLabel,
                f.body, f.eventId, f.period, f.date.description, f.source?.file, f.source.map { "\($0.line)" },
                message, compared, f.reason ?? f.why?.text(language), f.citation.illustrative, f.citation.numbering, f.citation.reading,
            ]
            out += cells.map { quote($0 ?? "", delimiter: delimiter) }.joined(separator: d) + "\r\n"
        }
        return out
    }

    static func quote(_ s: String, delimiter: Character = ",") -> String {
        let s = neutralised(s)
        // Looked for byte by byte: the separators are ASCII, and a byte of a multi-byte character never is.
        let separator = delimiter.asciiValue ?? UInt8(ascii: ",")
        guard s.utf8.contains(where: { $0 == separator || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`,
    /// `=cmd|…`); a leading apostrophe makes it text, as OWASP recommends.
    static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return s }
        return "'" + s
    }
}

import Foundation
