import Dispatch
import Foundation

/// Bodies are judged independently ([S-jobs]), so blocks of them can be judged on several threads.
/// Results are taken in block order on the calling thread: output is the same, byte for byte,
/// whatever the number of threads, and only a few rounds of blocks are held at a time.
public enum BodyBlocks {
    /// `work` runs on up to `jobs` threads at once, each call on its own block; `take` runs on the
    /// calling thread, once per block, in order.
    static func run<R>(count: Int, jobs: Int, _ work: (Range<Int>) -> R, take: (R) -> Void) {
        // Up to 64 bodies a block; fewer when there are few bodies, so every thread has some.
        let blockSize = max(1, min(64, count / (jobs * 4)))
        let blocks = stride(from: 0, to: count, by: blockSize).map { $0..<min($0 + blockSize, count) }
        guard jobs > 1, blocks.count > 1 else {
            for b in blocks { take(work(b)) }
            return
        }
        // Rounds of a few blocks per thread: enough to even out bodies of different sizes, few
        // enough that the results waiting to be taken stay small.
        let perRound = jobs * 4
        withoutActuallyEscaping(work) { work in
            let shared = Unchecked(work)
            var start = 0
            while start < blocks.count {
                let round = Array(blocks[start..<min(start + perRound, blocks.count)])
                var results = [R?](repeating: nil, count: round.count)
                results.withUnsafeMutableBufferPointer { buffer in
                    let out = Unchecked(buffer)
                    let threads = min(jobs, round.count)
                    // Thread t takes blocks t, t + threads, …: each slot is written by one thread only.
                    DispatchQueue.concurrentPerform(iterations: threads) { t in
                        for i in stride(from: t, to: round.count, by: threads) { out.value[i] = shared.value(round[i]) }
                    }
                }
                for r in results { take(r!) }
                start += round.count
            }
        }
    }

    /// The cores this process may use: `--jobs`' default.
    public static var available: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// A value handed to worker threads that only read it, or write parts no other thread touches.
struct Unchecked<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
