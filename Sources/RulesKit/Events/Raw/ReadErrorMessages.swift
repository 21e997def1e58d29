extension RawReadError {
    /// The problem as a sentence, in Vietnamese when `vi` is true, otherwise English.
    /// Position is not included; callers prefix `line:column` in their own format.
    public func message(vi: Bool) -> String {
        let d = detail
        switch code {
        case .notJSON:
            return vi ? "dòng không phải JSON hợp lệ (ký tự không mong đợi \(d))"
                      : "line is not valid JSON (unexpected character \(d))"
        case .unexpectedEnd:
            return vi ? "dòng kết thúc khi giá trị JSON chưa hoàn chỉnh"
                      : "line ends before the JSON value is complete"
        case .notAnObject:
            return vi ? "dòng không phải là một đối tượng JSON (gặp \(Self.kindName(d, vi: true)))"
                      : "line is not a JSON object (found \(Self.kindName(d, vi: false)))"
        case .duplicateKey:
            return vi ? "khóa \"\(d)\" bị lặp lại trong cùng một đối tượng"
                      : "duplicate key \"\(d)\" in the same object"
        case .unterminatedString:
            return vi ? "chuỗi chưa được đóng bằng dấu ngoặc kép trước khi hết dòng"
                      : "string is not closed before the end of the line"
        case .invalidEscape:
            return vi ? "chuỗi thoát không hợp lệ \(d)" : "invalid escape sequence \(d)"
        case .invalidNumber:
            return vi ? "số không hợp lệ \(d)" : "invalid number \(d)"
        case .controlCharacter:
            return vi ? "ký tự điều khiển \(d) trong văn bản: văn bản của sự kiện chỉ gồm một dòng ký tự in được (kể cả khi viết bằng chuỗi thoát)"
                      : "control character \(d) in text: event text is one line of printable characters (escaped or not)"
        case .trailingData:
            return vi ? "có nội dung thừa sau đối tượng JSON (\(d))"
                      : "unexpected content after the JSON object (\(d))"
        case .nestingTooDeep:
            return vi ? "mảng/đối tượng lồng nhau sâu quá \(d) cấp"
                      : "arrays/objects nested deeper than \(d) levels"
        case .prettyPrinted:
            return vi ? "tệp là một giá trị JSON trải trên nhiều dòng (JSON định dạng đẹp), không phải JSON Lines: mỗi dòng phải là một đối tượng; chuyển đổi, ví dụ \(d) tệp.json > tệp.jsonl"
                      : "the file is one JSON value spread over many lines (pretty-printed JSON), not JSON Lines: each line must be one object; convert it, e.g. \(d) file.json > file.jsonl"
        case .unterminatedQuote:
            let swallowed = Int(d) ?? 0
            guard swallowed > 0 else {
                return vi ? "trường trong ngoặc kép chưa được đóng trước khi hết tệp"
                          : "quoted field is not closed before the end of the file"
            }
            return vi ? "trường trong ngoặc kép chưa được đóng trước khi hết tệp: \(swallowed) dòng sau nó, đến hết tệp, đã bị đọc như một phần của ô này và không được đọc thành bản ghi"
                      : "quoted field is not closed before the end of the file: the \(swallowed) line(s) after it, to the end, were read as part of this cell, not as records"
        case .strayQuote:
            return vi ? "dấu ngoặc kép nằm trong trường không được đặt trong ngoặc kép"
                      : "quote character inside an unquoted field"
        case .textAfterQuote:
            return vi ? "có ký tự thừa sau dấu ngoặc kép đóng"
                      : "unexpected text after a closing quote"
        case .wrongFieldCount:
            let parts = d.split(separator: "/")
            let found = parts.first.map(String.init) ?? "?"
            let expected = parts.count > 1 ? String(parts[1]) : "?"
            return vi ? "dòng có \(found) trường nhưng dòng tiêu đề có \(expected) cột"
                      : "row has \(found) fields but the header has \(expected)"
        case .emptyHeader:
            return vi ? "tên cột thứ \(d) trong dòng tiêu đề bị trống"
                      : "header field \(d) has an empty name"
        case .duplicateHeader:
            return vi ? "tên cột \"\(d)\" bị lặp lại trong dòng tiêu đề"
                      : "header name \"\(d)\" appears more than once"
        case .invalidUTF8:
            return vi ? "chuỗi byte UTF-8 không hợp lệ (\(d))"
                      : "invalid UTF-8 byte sequence (\(d))"
        case .nulByte:
            return vi ? "gặp byte NUL (0x00); tệp có thể là tệp nhị phân hoặc UTF-16"
                      : "NUL byte (0x00) found; the file may be binary or UTF-16"
        case .lineTooLong:
            return vi ? "dòng dài quá \(d) byte nên bị bỏ qua"
                      : "line longer than \(d) bytes was skipped"
        case .ioError:
            return vi ? "không đọc được tệp: \(d)" : "cannot read file: \(d)"
        }
    }

    /// Names of the JSON kinds used as `notAnObject` details, with their article.
    private static func kindName(_ kind: String, vi: Bool) -> String {
        switch kind {
        case "array": return vi ? "một mảng" : "an array"
        case "number": return vi ? "một số" : "a number"
        case "string": return vi ? "một chuỗi" : "a string"
        case "boolean": return vi ? "một giá trị logic" : "a boolean"
        case "null": return vi ? "giá trị null" : "null"
        default: return kind
        }
    }
}
