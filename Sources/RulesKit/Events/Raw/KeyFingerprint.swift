/// A cheap 64-bit summary of a key's decoded bytes, used to rule out duplicate keys
/// without comparing `String`s pairwise for every record.
enum KeyFingerprint {
    @inline(__always)
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let n = bytes.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        while i + 8 <= n {
            h = (h ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        return (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
    }
}

/// The keys seen so far in one object, as three 64-bit Bloom-filter words.
///
/// Lives in registers, so checking a key costs a few bit operations and no allocation.
/// A duplicate always sets off all three words; a distinct key does so only with
/// probability of roughly (k/64)^3, in which case the caller confirms with `String ==`.
/// (Schemas repeat, so a false alarm would repeat on every record; three words make
/// that rare enough not to matter.)
struct JSONObjectKeyFilter {
    private var a: UInt64 = 0
    private var b: UInt64 = 0
    private var c: UInt64 = 0

    /// Adds the key; true when it might already have been present.
    @inline(__always)
    mutating func insertMayCollide(_ fingerprint: UInt64) -> Bool {
        // High bits: a multiply only carries information upwards, so they mix all bytes.
        let bitA: UInt64 = 1 << (fingerprint >> 58)
        let bitB: UInt64 = 1 << ((fingerprint >> 52) & 63)
        let bitC: UInt64 = 1 << ((fingerprint >> 46) & 63)
        let present = a & bitA != 0 && b & bitB != 0 && c & bitC != 0
        a |= bitA
        b |= bitB
        c |= bitC
        return present
    }
}
