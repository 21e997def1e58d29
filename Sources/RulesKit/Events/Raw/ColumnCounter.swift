/// Turns byte offsets within a line into 1-based character columns.
///
/// Queries arrive in increasing offset order while a line is parsed, so the counter
/// resumes from the last answer instead of recounting from the line start; that keeps
/// column bookkeeping linear in the line length. ASCII segments cost one byte scan;
/// only segments with non-ASCII bytes pay for grapheme segmentation.
struct ColumnCounter {
    private var lineStart = 0
    private var knownOffset = 0
    private var knownColumn = 1

    /// Starts counting a new physical line whose first byte is at `offset`.
    mutating func startLine(at offset: Int) {
        lineStart = offset
        knownOffset = offset
        knownColumn = 1
    }

    /// The bytes in `[lineStart, offset)` must be valid UTF-8 (the parsers only ask for
    /// positions they have already validated up to).
    mutating func column(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if offset < knownOffset {
            knownOffset = lineStart
            knownColumn = 1
        }
        var ascii = true
        var i = knownOffset
        while i < offset {
            if bytes[i] >= 0x80 { ascii = false; break }
            i += 1
        }
        if ascii {
            knownColumn += offset - knownOffset
        } else {
            let segment = UnsafeBufferPointer(rebasing: bytes[knownOffset..<offset])
            knownColumn += String(decoding: segment, as: UTF8.self).count
        }
        knownOffset = offset
        return knownColumn
    }
}
