import Foundation

/// Text set aside on disk while the bodies are judged and written out after what is known only at
/// the end: the HTML findings table follows summaries of every body. Without a writable temporary
/// folder the text is held in memory instead.
final class SpillFile {
    private let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).part")
    private var handle: FileHandle?
    private var pending = ""

    init() {
        if FileManager.default.createFile(atPath: url.path, contents: nil) { handle = FileHandle(forUpdatingAtPath: url.path) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func append(_ s: String) {
        pending += s
        if handle != nil, pending.utf8.count > 1 << 20 { flush() }
    }

    private func flush() {
        handle?.write(Data(pending.utf8))
        pending.removeAll(keepingCapacity: true)
    }

    /// Everything set aside, in order, in pieces that end at a line's end (never inside a character).
    func drain(_ write: (String) -> Void) {
        guard let handle else { return write(pending) }
        flush()
        handle.seek(toFileOffset: 0)
        var carry = Data()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            carry += chunk
            guard let cut = carry.lastIndex(of: UInt8(ascii: "\n")) else { continue }
            write(String(decoding: carry[..<(cut + 1)], as: UTF8.self))
            carry = Data(carry[(cut + 1)...])
        }
        if !carry.isEmpty { write(String(decoding: carry, as: UTF8.self)) }
    }
}
