import Foundation

/// Every text, id and body name of an event log stored once and named by a 32-bit number, so an
/// event is a handful of integers and equal values compare as integers.
///
/// Bytes live in 4 MiB chunks that never move (no doubling copy of the whole arena), and the
/// hash table holds the top 32 bits of each hash beside the number: a probe rarely has to touch
/// the bytes, and growing the table places every entry again without reading them. The table
/// and the entries are plain buffers: this is the innermost loop of reading a log. Non-ASCII text is interned in NFC: two canonically equal strings — equal
/// for Swift's `==`, which the rules' comparisons used before interning — get one number.
public final class SymbolTable: @unchecked Sendable {
    public typealias Symbol = Int32

    /// Longer values are refused (the record is rejected with a message), not truncated.
    public static let maxLength = (1 << 20) - 1
    private static let chunkSize = 1 << 22

    // Not shared between threads while being filled, so the run-time exclusivity checks that a
    // class's mutable properties get on every access are turned off: they cost more than a probe.
    @exclusivity(unchecked) private var chunks: [UnsafeMutablePointer<UInt8>] = []
    /// Chunks and blocks before these are given back (`adopt`).
    @exclusivity(unchecked) private var chunksFreed = 0, blocksFreed = 0
    @exclusivity(unchecked) private var used = SymbolTable.chunkSize
    /// chunk << 42 | offset << 20 | length, in blocks of 2^16 that never move or grow past need.
    @exclusivity(unchecked) private var blocks: [UnsafeMutablePointer<UInt64>] = []
    private static let blockBits = 16
    @exclusivity(unchecked) public private(set) var count = 0
    /// 0 when empty, else (hash >> 32) << 32 | (symbol + 1)
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var slotMemory: SlotMemory
    @exclusivity(unchecked) private var slotCount = 1 << 12
    /// log2 of `slotCount`: a slot's home is the top bits of the hash.
    @exclusivity(unchecked) private var bits: UInt64 = 12

    public init() {
        slotMemory = SlotMemory(count: slotCount)
        slots = slotMemory.base
    }

    deinit {
        for c in chunks[chunksFreed...] { c.deallocate() }
        for b in blocks[blocksFreed...] { b.deallocate() }
        slotMemory.free()
    }

    /// The symbol for these UTF-8 bytes, added if new; nil when longer than `maxLength`.
    public func intern(_ bytes: UnsafeRawBufferPointer) -> Symbol? {
        guard bytes.count <= Self.maxLength else { return nil }
        if !Self.isASCII(bytes) {
            return intern(normalizing: String(decoding: bytes, as: UTF8.self))
        }
        return insert(bytes)
    }

    /// The same for bytes the caller knows to be ASCII (the fast path's): no pass to check them.
    func intern(ascii bytes: UnsafeRawBufferPointer) -> Symbol? {
        bytes.count <= Self.maxLength ? insert(bytes) : nil
    }

    /// The hash of ASCII bytes about to be interned, their slot's memory already on its way to the
    /// cache: a new id's slot is a random place in a large table, the one cache miss per record.
    func prefetch(ascii bytes: UnsafeRawBufferPointer) -> UInt64 {
        let h = Self.hash(bytes)
        RulesKit.prefetch(slots + Int(h >> (64 - bits)))
        return h
    }

    /// `intern(ascii:)` with the hash `prefetch(ascii:)` gave.
    func intern(ascii bytes: UnsafeRawBufferPointer, hash: UInt64) -> Symbol? {
        bytes.count <= Self.maxLength ? insert(bytes, hash: hash) : nil
    }

    /// Every symbol of `other`, in its order, interned here: the number each has here. Its bytes are
    /// already as this table keeps them (NFC), so they are not checked again; each slot is fetched a
    /// few symbols ahead, as most are new ids at random places in the table.
    ///
    /// `other` is used up: its hash table is freed first and its texts as they are taken, so the two
    /// tables are not both whole in memory (on the national log, half a gigabyte).
    func adopt(_ other: SymbolTable) -> [Symbol] {
        other.slotMemory.free()
        other.slotMemory = SlotMemory(count: 0)
        other.slots = other.slotMemory.base
        let ahead = 8
        var map = [Symbol](repeating: 0, count: other.count)
        var hashes = [UInt64](repeating: 0, count: ahead)
        for i in 0..<min(ahead, other.count) { hashes[i] = prefetch(ascii: other.bytes(Symbol(i))) }
        for i in 0..<other.count {
            let h = hashes[i & (ahead - 1)]
            if i + ahead < other.count { hashes[i & (ahead - 1)] = prefetch(ascii: other.bytes(Symbol(i + ahead))) }
            map[i] = insert(other.bytes(Symbol(i)), hash: h)
            // Texts and their entries are stored in symbol order: those before this one's are done with.
            let chunk = other.chunk(of: Symbol(i))
            while other.chunksFreed < chunk {
                other.chunks[other.chunksFreed].deallocate()
                other.chunksFreed += 1
            }
            while other.blocksFreed < i >> Self.blockBits {
                other.blocks[other.blocksFreed].deallocate()
                other.blocksFreed += 1
            }
        }
        return map
    }

    private func chunk(of symbol: Symbol) -> Int {
        Int(blocks[Int(symbol) >> Self.blockBits][Int(symbol) & (1 << Self.blockBits - 1)] >> 42)
    }

    public func intern(_ text: String) -> Symbol? {
        var s = text
        return s.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// Stands for a text no event has: equal to no symbol.
    static let absent: Symbol = -2

    /// The symbol of a text already interned, nil if no event has it (so nothing can equal it).
    public func lookup(_ text: String) -> Symbol? {
        var s = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        return s.withUTF8 { find(UnsafeRawBufferPointer($0), hash: Self.hash(UnsafeRawBufferPointer($0))).symbol }
    }

    public func string(_ symbol: Symbol) -> String {
        String(decoding: bytes(symbol), as: UTF8.self)
    }

    public func bytes(_ symbol: Symbol) -> UnsafeRawBufferPointer {
        precondition(symbol >= 0 && Int(symbol) < count, "not a symbol of this table")
        let e = blocks[Int(symbol) >> Self.blockBits][Int(symbol) & (1 << Self.blockBits - 1)]
        let chunk = chunks[Int(e >> 42)]
        return UnsafeRawBufferPointer(start: chunk + Int((e >> 20) & 0x3F_FFFF), count: Int(e & 0xF_FFFF))
    }

    private func intern(normalizing text: String) -> Symbol? {
        var s = text.precomposedStringWithCanonicalMapping
        return s.withUTF8 { $0.count <= Self.maxLength ? insert(UnsafeRawBufferPointer($0)) : nil }
    }

    private func insert(_ bytes: UnsafeRawBufferPointer) -> Symbol {
        insert(bytes, hash: Self.hash(bytes))
    }

    private func insert(_ bytes: UnsafeRawBufferPointer, hash h: UInt64) -> Symbol {
        let (found, slot) = find(bytes, hash: h)
        if let found { return found }
        let symbol = Symbol(count)
        if count & (1 << Self.blockBits - 1) == 0 { blocks.append(.allocate(capacity: 1 << Self.blockBits)) }
        blocks[count >> Self.blockBits][count & (1 << Self.blockBits - 1)] = store(bytes)
        count += 1
        slots[slot] = (h >> 32) << 32 | UInt64(symbol + 1)
        if count * 4 > slotCount * 3 { grow() }
        return symbol
    }

    /// The symbol if present, else the empty slot where it would go.
    private func find(_ bytes: UnsafeRawBufferPointer, hash h: UInt64) -> (symbol: Symbol?, slot: Int) {
        let fragment = h >> 32
        let mask = slotCount - 1
        var i = Int(h >> (64 - bits))
        while true {
            let s = slots[i]
            if s == 0 { return (nil, i) }
            if s >> 32 == fragment {
                let symbol = Symbol(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1
                let other = self.bytes(symbol)
                if other.count == bytes.count, other.count == 0 || memcmp(other.baseAddress!, bytes.baseAddress!, bytes.count) == 0 {
                    return (symbol, i)
                }
            }
            i = (i + 1) & mask
        }
    }

    private func store(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        if used + bytes.count > Self.chunkSize {
            chunks.append(.allocate(capacity: Self.chunkSize))
            used = 0
        }
        let chunk = chunks.count - 1
        if let base = bytes.baseAddress { (chunks[chunk] + used).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        defer { used += bytes.count }
        return UInt64(chunk) << 42 | UInt64(used) << 20 | UInt64(bytes.count)
    }

    private func grow() {
        let old = slots, oldCount = slotCount, oldMemory = slotMemory
        slotCount *= 2
        bits += 1
        precondition(bits <= 32, "more symbols than a 32-bit number can name")
        slotMemory = SlotMemory(count: slotCount)
        slots = slotMemory.base
        let mask = slotCount - 1
        for k in 0..<oldCount where old[k] != 0 {
            let s = old[k]
            var i = Int(s >> (64 - bits))
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = s
        }
        oldMemory.free()
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let h = KeyFingerprint.of(bytes)
        return h ^ (h >> 31)
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0, acc: UInt64 = 0
        let n = bytes.count
        while i + 8 <= n {
            acc |= bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < n {
            acc |= UInt64(bytes[i])
            i += 1
        }
        return acc & 0x8080_8080_8080_8080 == 0
    }
}

/// The hash table's memory. A large table is mapped in huge pages where the system allows it:
/// each new id is a probe at a random place in it, and with 4 KiB pages most probes would also
/// miss the address translation cache. Mapped memory comes zeroed, as an empty table must be.
private struct SlotMemory {
    let base: UnsafeMutablePointer<UInt64>
    private let mapping: (start: UnsafeMutableRawPointer, length: Int)?
    private static let hugePage = 2 << 20

    init(count: Int) {
        let bytes = count * MemoryLayout<UInt64>.stride
        if bytes >= Self.hugePage {
            let length = bytes + Self.hugePage
            let start = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            if let start, start != MAP_FAILED {
                let aligned = UnsafeMutableRawPointer(bitPattern: (Int(bitPattern: start) + Self.hugePage - 1) & ~(Self.hugePage - 1))!
                #if os(Linux)
                // Transparent huge pages are Linux's; elsewhere the mapping keeps the usual pages.
                _ = madvise(aligned, bytes, Int32(MADV_HUGEPAGE))
                #endif
                base = aligned.bindMemory(to: UInt64.self, capacity: count)
                mapping = (start, length)
                return
            }
        }
        base = .allocate(capacity: count)
        base.initialize(repeating: 0, count: count)
        mapping = nil
    }

    func free() {
        if let mapping { munmap(mapping.start, mapping.length) } else { base.deallocate() }
    }
}
