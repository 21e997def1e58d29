import Dispatch
import Foundation

/// Bodies are judged independently ([S-jobs]), so blocks of them can be judged on several threads.
/// Results are taken in block order on the calling thread: output is the same, byte for byte,
/// whatever the number of threads, and only a few blocks' results are held at a time.
public enum BodyBlocks {
    /// `work` runs on up to `jobs` threads at once, each call on its own block; `take` runs on the
    /// calling thread, once per block, in order.
    static func run<R>(count: Int, jobs: Int, _ work: @escaping (Range<Int>) -> R, take: (R) -> Void) {
        // Up to 64 bodies a block; fewer when there are few bodies, so every thread has some.
        let blockSize = max(1, min(64, count / (jobs * 4)))
        let blocks = stride(from: 0, to: count, by: blockSize).map { $0..<min($0 + blockSize, count) }
        guard jobs > 1, blocks.count > 1 else {
            for b in blocks { take(work(b)) }
            return
        }
        // Threads take the next block as they finish one, and the caller takes results in block order
        // as they come: no thread waits for a round's slowest block, and writing the output overlaps
        // the judging. A thread runs at most `window` blocks ahead of the caller, so only a few
        // blocks' results are held at a time.
        let window = jobs * 4
        let shared = Unchecked(work)
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: blocks.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let out = Unchecked(results)
        let ready = (0..<blocks.count).map { _ in DispatchSemaphore(value: 0) }
        let room = DispatchSemaphore(value: window)
        let claims = BlockClaims()
        let done = DispatchGroup()
        for _ in 0..<min(jobs, blocks.count) {
            DispatchQueue.global().async(group: done) {
                while true {
                    room.wait()
                    guard let i = claims.next(below: blocks.count) else {
                        room.signal()
                        return
                    }
                    // Slot i is written by this thread only, and read by the caller after `ready[i]`.
                    out.value[i] = shared.value(blocks[i])
                    ready[i].signal()
                }
            }
        }
        for i in blocks.indices {
            ready[i].wait()
            take(results[i]!)
            results[i] = nil
            room.signal()
        }
        done.wait()
    }

    /// The cores this process may use: `--jobs`' default.
    public static var available: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// The next block to judge, handed out once each.
private final class BlockClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var claimed = 0

    func next(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }
}

/// A value handed to worker threads that only read it, or write parts no other thread touches.
struct Unchecked<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
