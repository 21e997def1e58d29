import Foundation

/// Lines written to a file in large blocks: the logs run to gigabytes.
final class Emitter {
    private let out: FileHandle
    private var buffer = ""
    private(set) var count = 0

    init?(path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { return nil }
        self.out = out
        buffer.reserveCapacity(1 << 22)
    }

    func emit(_ line: String) {
        buffer += line
        buffer += "\n"
        count += 1
        if buffer.utf8.count > 1 << 22 { flush() }
    }

    func flush() {
        out.write(Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }
}

func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(n).count)) + String(n) }
