extension Day {
    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded). Anything else —
    /// other lengths, signs, spaces, impossible days such as 2023-02-30 — is nil.
    public static func parse<S: StringProtocol>(_ text: S) -> Day? {
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            // At most four digits per field, so this cannot overflow.
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        return Day(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, the same form `parse` accepts.
    public var description: String {
        let c = components
        // The usual year, written straight into the string's bytes: every finding shows dates.
        if (0...9999).contains(c.year) {
            return String(unsafeUninitializedCapacity: 10) { out in
                func put(_ n: Int, at: Int, width: Int) {
                    var n = n
                    for k in stride(from: at + width - 1, through: at, by: -1) {
                        out[k] = UInt8(48 + n % 10)
                        n /= 10
                    }
                }
                put(c.year, at: 0, width: 4)
                out[4] = 0x2D
                put(c.month, at: 5, width: 2)
                out[7] = 0x2D
                put(c.day, at: 8, width: 2)
                return 10
            }
        }
        let year = c.year < 0 ? "-" + pad(-c.year, 4) : pad(c.year, 4)
        return "\(year)-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension Day {
    /// `20/05/2024` or `20.05.2024` (day, month, year; one or two digits for day and month), as a
    /// Vietnamese spreadsheet shows dates; nil for anything else.
    public static func parseDayFirst(_ s: String) -> Day? {
        guard let (d, m, y) = dayFirstParts(s) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Whether `s` is written as a date, YYYY-MM-DD or day first, whether or not it names a real day:
    /// `2023-13-01` and `31/06/2024` have the shape, so their fault is the day, not the format.
    public static func hasDateShape(_ s: String) -> Bool {
        if dayFirstParts(s) != nil { return true }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    private static func dayFirstParts(_ s: String) -> (Int, Int, Int)? {
        let parts = s.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return (d, m, y)
    }
}
