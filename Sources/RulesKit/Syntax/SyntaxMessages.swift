/// Messages of the lexer and parser, in Vietnamese and English.
enum SyntaxMessages {
    static func unexpectedCharacter(_ c: Character) -> Localized {
        // Invisible characters (controls, zero-width and other format characters, odd spaces)
        // are shown by code point, so the drafter can find them.
        let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .spaceSeparator, .lineSeparator,
                                                       .paragraphSeparator, .privateUse, .unassigned, .surrogate]
        let shown = c.unicodeScalars.first.map {
            invisible.contains($0.properties.generalCategory) ? String(format: "U+%04X", $0.value) : String(c)
        } ?? "?"
        return Localized(vi: "ký tự không hợp lệ '\(shown)'", en: "unexpected character '\(shown)'")
    }
    static func controlInString(_ c: Character) -> Localized {
        let code = c.unicodeScalars.first.map { String(format: "U+%04X", $0.value) } ?? ""
        return Localized(vi: "ký tự điều khiển \(code) trong chuỗi; chỉ được xuống dòng hoặc dùng \\n, \\t",
                         en: "control character \(code) in a string; only line breaks, \\n and \\t are allowed")
    }
    static func exponent(_ s: String) -> Localized {
        Localized(vi: "'\(s)': không dùng dạng mũ; hãy viết đủ các chữ số", en: "'\(s)': exponents are not supported; write the number out in full")
    }
    static func identifierTooLong(_ n: Int) -> Localized {
        Localized(vi: "tên dài quá \(n) ký tự", en: "name longer than \(n) characters")
    }
    static let unterminatedString = Localized(vi: "chuỗi chưa được đóng", en: "unterminated string")
    static let unterminatedStringHint = Localized(vi: "thêm dấu \" để kết thúc chuỗi", en: "add a closing \" to end the string")
    static func numberTooLarge(_ s: String) -> Localized {
        NumberProblem.problem(s) ?? Localized(vi: "số '\(s)' quá lớn để tính chính xác", en: "number '\(s)' is too large for exact arithmetic")
    }
    static func badDate(_ s: String) -> Localized {
        Localized(vi: "ngày không hợp lệ '\(s)'", en: "invalid date '\(s)'")
    }
    static func badTime(_ s: String) -> Localized {
        Localized(vi: "giờ không hợp lệ '\(s)'", en: "invalid time '\(s)'")
    }
    static func badFraction(_ s: String) -> Localized {
        Localized(vi: "phân số không hợp lệ '\(s)'", en: "invalid fraction '\(s)'")
    }
    static let badEscape = Localized(vi: "chuỗi thoát không hợp lệ; chỉ dùng \\n, \\t, \\\" và \\\\",
                                     en: "invalid escape; use \\n, \\t, \\\" or \\\\")
    static let singleEquals = Localized(vi: "dùng '==' để so sánh", en: "use '==' to compare")
    static let singleEqualsHint = Localized(vi: "viết '==' thay cho '='", en: "write '==' instead of '='")

    static func expected(_ what: Localized, found: Localized) -> Localized {
        Localized(vi: "cần \(what.vi), nhưng gặp \(found.vi)", en: "expected \(what.en), found \(found.en)")
    }
    static let endOfLine = Localized(vi: "cuối dòng", en: "end of line")
    static let endOfFile = Localized(vi: "cuối tệp", en: "end of file")
    static func describe(_ t: Token) -> Localized {
        switch t.kind {
        case .endOfFile: endOfFile
        case .string: Localized(vi: "một chuỗi", en: "a string")
        default: .same("'\(t.text.isEmpty ? t.identifier ?? "" : t.text)'")
        }
    }
    static let tooDeep = Localized(vi: "biểu thức lồng nhau quá sâu (tối đa \(Parser.maxDepth) mức)",
                                   en: "expression nested too deeply (at most \(Parser.maxDepth) levels)")
    static let provisionsTooDeep = Localized(vi: "điều, khoản, điểm lồng nhau quá sâu (tối đa \(Parser.maxDepth) mức)",
                                             en: "articles, clauses and points nested too deeply (at most \(Parser.maxDepth) levels)")
    static let markTwice = Localized(vi: "điều, khoản, điểm này đã có dấu này ('illustrative' hoặc 'reading') trước dấu '{'",
                                     en: "this provision already has this mark ('illustrative' or 'reading') before its '{'")
    static func vietnameseWord(_ w: String) -> Localized {
        Localized(vi: "'\(w)' là một từ của ngôn ngữ khi viết bằng tiếng Việt", en: "'\(w)' is a word of the language in Vietnamese")
    }
    static let vietnameseWordHint = Localized(vi: "đổi tên này trước khi chuyển tệp sang tiếng Việt",
                                              en: "rename it before converting the file to Vietnamese")
    static let declarationInProvision = Localized(
        vi: "cơ quan, loại tổ chức, loại sự kiện, lịch và phần 'regulation' khai báo ngoài các điều; trong tệp Markdown: ở một khối rules trước điều đầu tiên",
        en: "bodies, kinds, event types, the calendar and the 'regulation' header are declared outside articles; in a Markdown file, in a rules block before the first article")
    static let strayBrace = Localized(vi: "dấu '}' thừa", en: "unmatched '}'")
    static func unknownDeclaration(_ s: String) -> Localized {
        Localized(vi: "'\(s)' không mở đầu một khai báo", en: "'\(s)' does not start a declaration")
    }
    static let declarationHint = Localized(
        vi: "một khai báo bắt đầu bằng 'regulation', 'calendar', 'body', 'kind', 'event', 'article', 'clause', 'point', 'rule', 'replace', 'add' hoặc 'repeal'",
        en: "a declaration starts with 'regulation', 'calendar', 'body', 'kind', 'event', 'article', 'clause', 'point', 'rule', 'replace', 'add' or 'repeal'")
    static let unknownMonth = Localized(vi: "tên tháng ('January' … 'December')", en: "a month name ('January' … 'December')")

    // What the parser expected, for `expected(_:found:)`.
    static func word(_ k: String) -> Localized { .same("'\(k)'") }
    static let name = Localized(vi: "một tên", en: "a name")
    static let string = Localized(vi: "một chuỗi trong dấu \"", en: "a quoted string")
    static let date = Localized(vi: "một ngày (YYYY-MM-DD)", en: "a date (YYYY-MM-DD)")
    static let integer = Localized(vi: "một số nguyên", en: "an integer")
    static let expression = Localized(vi: "một biểu thức", en: "an expression")
    static let provisionNumber = Localized(vi: "số hiệu điều, khoản hoặc điểm", en: "an article, clause or point number")
    // Lists of the language's words are quoted, so a Vietnamese file's message names its own words.
    static let regulationItem = Localized(
        vi: "'title', 'issuer', 'issued', 'effective', 'term', 'amends' hoặc 'calendar'",
        en: "'title', 'issuer', 'issued', 'effective', 'term', 'amends' or 'calendar'")
    static let calendarItem = Localized(vi: "'holiday', 'not holiday' hoặc 'workday'", en: "'holiday', 'not holiday' or 'workday'")
    static let bodyItem = Localized(vi: "'members', 'exempt' hoặc 'bodies'", en: "'members', 'exempt' or 'bodies'")
    static let provisionItem = Localized(vi: "'clause', 'point' hoặc 'rule'", en: "'clause', 'point' or 'rule'")
    static let ruleForm = Localized(vi: "'every', 'each', 'whenever', 'no gap longer than' hoặc 'target'",
                                    en: "'every', 'each', 'whenever', 'no gap longer than' or 'target'")
    static let bound = Localized(vi: "'at least', 'at most' hoặc 'exactly'", en: "'at least', 'at most' or 'exactly'")
    static let timing = Localized(vi: "'at least … before', 'before', 'within … after', 'at', 'by the next', 'at the next' hoặc 'after'",
                                  en: "'at least … before', 'before', 'within … after', 'at', 'by the next', 'at the next' or 'after'")
    static let typeName = Localized(vi: "một kiểu ('integer', 'number', 'boolean', 'text', 'date', 'time', 'duration', 'id', 'ref' …)",
                                    en: "a type ('integer', 'number', 'boolean', 'text', 'date', 'time', 'duration', 'id', 'ref' …)")
}

import Foundation
