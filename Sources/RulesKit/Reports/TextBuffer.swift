/// Report text gathered as UTF-8 bytes. Appending a `String` to a `String` costs several times
/// a copy of its bytes (and Vietnamese text is never the cheap ASCII case); a province's report
/// is hundreds of thousands of appends.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    mutating func add(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    mutating func add(_ parts: String...) {
        for s in parts { bytes.append(contentsOf: s.utf8) }
    }

    mutating func spaces(_ n: Int) {
        if n > 0 { bytes.append(contentsOf: repeatElement(0x20, count: n)) }
    }

    mutating func reserve(_ n: Int) { bytes.reserveCapacity(bytes.count + n) }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
