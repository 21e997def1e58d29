import Foundation

/// What `FastRowDecoder` looks up for every key of every record — the type names, each type's
/// declared fields with how to read them, the field last found at each key position — in flat
/// buffers owned by one object: no array of arrays to retain, release and check per key, and a
/// name compared with a key as two machine words rather than through `memcmp`.
final class DecoderTables {
    struct TypeEntry {
        /// Its declared fields: `fields[first..<first + count]`.
        let first: Int, count: Int
        let stride: Int
        let requiredMask: UInt64
    }

    struct Field {
        let name: KeyName
        let plan: FieldPlan
    }

    let types: UnsafeMutableBufferPointer<TypeEntry>
    let typeNames: UnsafeMutableBufferPointer<KeyName>
    let fields: UnsafeMutableBufferPointer<Field>
    /// Per type, per key position, the declared field (its place among the type's) the key there
    /// was last time, -1 if none yet: records of a type mostly list their keys in one order.
    let fieldAt: UnsafeMutableBufferPointer<Int32>
    let keyCapacity: Int
    private let text: UnsafeMutableBufferPointer<UInt8>

    init(layouts: [EventStore.Layout], plans: [[FieldPlan]], keyCapacity: Int) {
        let names = layouts.map(\.name) + layouts.flatMap { $0.declared.map(\.name) }
        let text = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: names.reduce(0) { $0 + $1.utf8.count })
        self.text = text
        var used = 0
        func name(_ s: String) -> KeyName {
            let start = used
            for b in s.utf8 { text[used] = b; used += 1 }
            return KeyName(UnsafeBufferPointer(rebasing: text[start..<used]))
        }
        typeNames = .allocate(capacity: layouts.count)
        types = .allocate(capacity: layouts.count)
        fields = .allocate(capacity: layouts.reduce(0) { $0 + $1.declared.count })
        var f = 0
        for (t, layout) in layouts.enumerated() {
            typeNames.initializeElement(at: t, to: name(layout.name))
            types.initializeElement(at: t, to: TypeEntry(first: f, count: layout.declared.count, stride: layout.stride,
                                                         requiredMask: layout.requiredMask))
            for (d, plan) in zip(layout.declared, plans[t]) {
                fields.initializeElement(at: f, to: Field(name: name(d.name), plan: plan))
                f += 1
            }
        }
        self.keyCapacity = keyCapacity
        fieldAt = .allocate(capacity: layouts.count * keyCapacity)
        fieldAt.initialize(repeating: -1)
    }

    deinit {
        for buffer in [UnsafeMutableRawBufferPointer(types), UnsafeMutableRawBufferPointer(typeNames),
                       UnsafeMutableRawBufferPointer(fields), UnsafeMutableRawBufferPointer(fieldAt),
                       UnsafeMutableRawBufferPointer(text)] {
            buffer.deallocate()
        }
    }

    /// The type named by the bytes at `r`, -2 for a type not declared.
    @inline(__always)
    func type(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        for t in typeNames.indices where typeNames[t].matches(line, r) { return t }
        return -2
    }

    /// The declared field of `type` named by the key at `r` (its place among the type's fields),
    /// trying first the field the key at position `k` was last time.
    @inline(__always)
    func field(_ type: Int, _ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, at k: Int) -> Int? {
        let t = types[type]
        let guess = Int(fieldAt[type * keyCapacity + k])
        if guess >= 0, fields[t.first + guess].name.matches(line, r) { return guess }
        for f in 0..<t.count where fields[t.first + f].name.matches(line, r) {
            fieldAt[type * keyCapacity + k] = Int32(f)
            return f
        }
        return nil
    }
}

/// A name compared with a key's bytes: as two masked words when it is at most 16 bytes long and
/// the line has 16 bytes from the key on, else byte by byte.
struct KeyName {
    private let start: UnsafePointer<UInt8>
    let length: Int
    private let w0: UInt64, w1: UInt64, m0: UInt64, m1: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        start = bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!
        length = bytes.count
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(16))) }
        (w0, w1) = words
        // Little-endian: byte i of a word is bits 8i..<8i+8.
        m0 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
        m1 = length >= 16 ? ~0 : length <= 8 ? 0 : (1 << UInt64(8 * (length - 8))) - 1
    }

    @inline(__always)
    func matches(_ line: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count == length else { return false }
        if length <= 16, r.lowerBound + 16 <= line.count {
            let p = UnsafeRawPointer(line.baseAddress! + r.lowerBound)
            return p.loadUnaligned(as: UInt64.self) & m0 == w0 && p.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & m1 == w1
        }
        return length == 0 || memcmp(line.baseAddress! + r.lowerBound, start, length) == 0
    }
}
