import Foundation

/// Turns source text into tokens. Never fails: anything it cannot read becomes a diagnostic
/// and an `.invalid` token, and lexing goes on.
public struct Lexer {
    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    public private(set) var diagnostics = DiagnosticBag()
    public private(set) var comments: [Comment] = []

    public init(_ text: String) {
        // NFC first, so a precomposed and a decomposed "ủ" are the same name.
        chars = Array(text.precomposedStringWithCanonicalMapping)
    }

    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let t = next()
            tokens.append(t)
            if t.kind == .endOfFile { return tokens }
        }
    }

    // MARK: - Cursor

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private func peek(_ k: Int = 0) -> Character? {
        index + k < chars.count ? chars[index + k] : nil
    }

    @discardableResult
    private mutating func advance() -> Character {
        let c = chars[index]
        index += 1
        if c == "\n" || c == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        return c
    }

    private func text(from start: SourcePosition) -> String { String(chars[start.offset..<index]) }

    private mutating func make(_ kind: TokenKind, from start: SourcePosition) -> Token {
        Token(kind: kind, range: SourceRange(start, position), text: text(from: start))
    }

    private mutating func error(_ code: DiagnosticCode, _ start: SourcePosition, _ message: Localized, hint: Localized? = nil) {
        diagnostics.add(Diagnostic(code, at: SourceRange(start, position), message, hint: hint))
    }

    // MARK: - Tokens

    private mutating func next() -> Token {
        skipTrivia()
        let start = position
        guard let c = peek() else { return make(.endOfFile, from: start) }
        if c.isLetter || c == "_" { return identifierOrKeyword(start) }
        if c.isASCII, c.isNumber { return number(start) }
        if c == "\"" { return string(start) }
        return symbol(start)
    }

    private mutating func skipTrivia() {
        while let c = peek() {
            if c.isWhitespace || c == "\u{FEFF}" {
                advance()
            } else if c == "#" {
                let start = position
                while let d = peek(), d != "\n", d != "\r\n" { advance() }
                comments.append(Comment(text: text(from: start), range: SourceRange(start, position)))
            } else {
                return
            }
        }
    }

    /// Longer names are refused (L010); the longest in the shipped regulations has 40 characters.
    static let maxIdentifier = 255

    private static func isIdentifierPart(_ c: Character) -> Bool {
        c.isLetter || c == "_" || (c.isASCII && c.isNumber) || c.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.generalCategory == .nonspacingMark }
    }

    private mutating func identifierOrKeyword(_ start: SourcePosition) -> Token {
        while let c = peek(), Lexer.isIdentifierPart(c) { advance() }
        if index - start.offset > Lexer.maxIdentifier {
            // Every message that names it would repeat it.
            error(.L010, start, SyntaxMessages.identifierTooLong(Lexer.maxIdentifier))
            return make(.invalid, from: start)
        }
        // `half-year` is one word in the language, as it is in the regulations.
        if text(from: start) == "half", peek() == "-", peek(1) == "y", peek(2) == "e", peek(3) == "a", peek(4) == "r",
           peek(5).map({ !Lexer.isIdentifierPart($0) }) ?? true {
            for _ in 0..<5 { advance() }
        }
        return make(.identifier(text(from: start)), from: start)
    }

    private mutating func digits() -> String {
        var s = ""
        while let c = peek(), c.isASCII, c.isNumber { s.append(advance()) }
        return s
    }

    private func isDigit(_ k: Int) -> Bool { peek(k).map { $0.isASCII && $0.isNumber } ?? false }

    private mutating func number(_ start: SourcePosition) -> Token {
        let whole = digits()
        // 2020-05-08
        if whole.count == 4, peek() == "-", isDigit(1), isDigit(2), peek(3) == "-", isDigit(4), isDigit(5), !isDigit(6) {
            advance(); let m = digits(); advance(); let d = digits()
            let lit = DateLiteral(year: Int(whole)!, month: Int(m)!, day: Int(d)!)
            if !(1...12).contains(lit.month) || !(1...31).contains(lit.day) || lit.year == 0 {
                error(.L004, start, SyntaxMessages.badDate(text(from: start)))
                return make(.invalid, from: start)
            }
            return make(.date(lit), from: start)
        }
        // 08:00
        if whole.count <= 2, peek() == ":", isDigit(1), isDigit(2), !isDigit(3) {
            advance(); let m = digits()
            let h = Int(whole)!, mm = Int(m)!
            guard h < 24, mm < 60 else {
                error(.L005, start, SyntaxMessages.badTime(text(from: start)))
                return make(.invalid, from: start)
            }
            return make(.time(TimeLiteral(hour: h, minute: mm)), from: start)
        }
        guard let n = Int64(whole) else {
            while let c = peek(), Lexer.isIdentifierPart(c) { advance() }
            error(.L003, start, SyntaxMessages.numberTooLarge(text(from: start)))
            return make(.invalid, from: start)
        }
        // 2/3
        if peek() == "/", isDigit(1) {
            advance()
            let ds = digits()
            guard let d = Int64(ds), let r = Rational(n, d) else {
                error(.L006, start, SyntaxMessages.badFraction(text(from: start)))
                return make(.invalid, from: start)
            }
            return make(.rational(r), from: start)
        }
        var value = Rational(n)
        var decimal = false
        // 0.5, 66.67%
        if peek() == ".", isDigit(1) {
            advance()
            let frac = digits()
            guard let r = Rational.parseDecimal(whole + "." + frac) else {
                error(.L003, start, SyntaxMessages.numberTooLarge(text(from: start)))
                if peek() == "%" { advance() }  // one error for `33.3333333333333333333%`
                return make(.invalid, from: start)
            }
            value = r
            decimal = true
        }
        // `1e9`: read as a number and an identifier it would give "found 'e9'".
        if peek() == "e" || peek() == "E", isDigit(1) || ((peek(1) == "-" || peek(1) == "+") && isDigit(2)) {
            advance()
            if peek() == "-" || peek() == "+" { advance() }
            _ = digits()
            if peek() == "%" { advance() }
            error(.L011, start, SyntaxMessages.exponent(text(from: start)))
            return make(.invalid, from: start)
        }
        if peek() == "%" {
            advance()
            guard let share = value.divided(by: Rational(100)) else {
                error(.L003, start, SyntaxMessages.numberTooLarge(text(from: start)))
                return make(.invalid, from: start)
            }
            return make(.percent(share), from: start)
        }
        if decimal { return make(.rational(value), from: start) }
        if let unit = durationUnit() { return make(.duration(n, unit), from: start) }
        return make(.integer(n), from: start)
    }

    /// The unit words a duration literal may end with (besides `working day(s)`).
    public static let durationWords: [String: DurationUnit] = [
        "minute": .minutes, "minutes": .minutes, "hour": .hours, "hours": .hours,
        "day": .days, "days": .days, "week": .weeks, "weeks": .weeks,
        "month": .months, "months": .months, "year": .years, "years": .years,
    ]

    /// After an integer: `days`, `working days`, `months`, … (singular or plural), or their
    /// Vietnamese words (`ngày làm việc`, `tháng`).
    private mutating func durationUnit() -> DurationUnit? {
        let save = (index, line, column)
        let w = unitWord()
        if w == "working" {
            let w2 = unitWord()
            if w2 == "day" || w2 == "days" { return .workingDays }
        } else if let u = Lexer.durationWords[w] {
            return u
        }
        (index, line, column) = save
        return vietnameseUnit()
    }

    /// The next word on this line.
    private mutating func unitWord() -> String {
        while let c = peek(), c == " " || c == "\t" { advance() }
        var w = ""
        while let c = peek(), Lexer.isIdentifierPart(c) { w.append(advance()) }
        return w
    }

    /// `2 ngày làm việc`, `3 tháng` — but not `31 tháng Mười`, a day of October. Longest first.
    private mutating func vietnameseUnit() -> DurationUnit? {
        let save = (index, line, column)
        for (phrase, unit) in VietnameseWords.units {
            (index, line, column) = save
            guard phrase.split(separator: " ").allSatisfy({ unitWord() == $0 }) else { continue }
            let afterUnit = (index, line, column)
            if unit == .months, VietnameseWords.monthOrdinals.contains(unitWord()) { break }
            (index, line, column) = afterUnit
            return unit
        }
        (index, line, column) = save
        return nil
    }

    private mutating func string(_ start: SourcePosition) -> Token {
        advance()
        var value = ""
        while true {
            guard let c = peek() else {
                error(.L002, start, SyntaxMessages.unterminatedString, hint: SyntaxMessages.unterminatedStringHint)
                return make(.string(value), from: start)
            }
            if c == "\"" { advance(); break }
            if c == "\\" {
                let escStart = position
                advance()
                switch peek() {
                case "n": advance(); value.append("\n")
                case "t": advance(); value.append("\t")
                case "\"": advance(); value.append("\"")
                case "\\": advance(); value.append("\\")
                default:
                    error(.L007, escStart, SyntaxMessages.badEscape)
                }
                continue
            }
            if c != "\n", c != "\r\n", c != "\t", c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                // Quotes reach reports and terminals: ESC or a lone CR there would be a terminal sequence.
                error(.L009, position, SyntaxMessages.controlInString(c))
            }
            value.append(advance())
        }
        return make(.string(value), from: start)
    }

    private mutating func symbol(_ start: SourcePosition) -> Token {
        let c = advance()
        let two: Set<String> = ["==", "!=", "<=", ">="]
        if let d = peek(), two.contains(String(c) + String(d)) {
            advance()
            return make(.symbol(String(c) + String(d)), from: start)
        }
        if "{}()[],:.<>+-*/;".contains(c) { return make(.symbol(String(c)), from: start) }
        if c == "=" {
            error(.L008, start, SyntaxMessages.singleEquals, hint: SyntaxMessages.singleEqualsHint)
            return make(.symbol("=="), from: start)
        }
        error(.L001, start, SyntaxMessages.unexpectedCharacter(c))
        return make(.invalid, from: start)
    }
}
