/// The hashes the entity spotter looks words and phrases up by, and an order-sensitive mix of
/// token hashes for phrases. A token of ASCII characters is hashed 8 bytes at a time with every
/// byte OR 0x20 (which lowercases letters and leaves digits and the joiners `-.,/'` alone);
/// any other token with FNV-1a over its lowercased UTF-8 bytes. Lexicon entries are tokenised
/// and hashed the same way once, at ``EntitySpotter`` creation.
enum TokenHash {
    /// The hash of the ASCII token `bytes[start..<end]`, lowercased.
    @inline(__always)
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var index = start
        while index + 8 <= end {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) | 0x2020_2020_2020_2020
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < end {
            var word: UInt64 = 0
            let rest = end - index
            if index + 8 <= bytes.count {
                // One load, the bytes past the token masked off.
                word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self) | 0x2020_2020_2020_2020
                word &= (1 << UInt64(rest * 8)) &- 1
            } else {
                var shift: UInt64 = 0
                while index < end {
                    word |= UInt64(bytes[index] | 0x20) << shift
                    shift += 8
                    index += 1
                }
            }
            hash = (hash ^ word) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }

    /// FNV-1a offset basis: the hash of the empty token.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    /// `hash` extended by one byte.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of a one-token phrase; extend it with ``extending(_:with:)``.
    @inline(__always)
    static func phrase(_ token: UInt64) -> UInt64 {
        finish(token &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The hash of `phrase` followed by one more token.
    @inline(__always)
    static func extending(_ phrase: UInt64, with token: UInt64) -> UInt64 {
        finish((phrase ^ (phrase >> 29)) &* 0xBF58_476D_1CE4_E5B9 &+ token)
    }

    /// Final mixing; never returns 0, the empty slot of ``HashTable``.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        x ^= x >> 29
        return x | 1
    }
}
