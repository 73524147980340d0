/// The hashes the entity spotter looks words and phrases up by: FNV-1a over a token's
/// lowercased UTF-8 bytes, and an order-sensitive mix of token hashes for phrases. Lexicon
/// entries are hashed the same way once, at ``EntitySpotter`` creation.
enum TokenHash {
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

/// A fixed open-addressing hash table from 64-bit hashes to small values, built once and then
/// only read (so it is safe to share between threads). Key 0 marks an empty slot.
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private var filler: Value
    /// The number of keys stored.
    private(set) var count = 0

    /// An empty table; `filler` fills unused value slots.
    init(filler: Value, capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: filler, count: size)
        mask = size - 1
        self.filler = filler
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(_ key: UInt64) -> Value? {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, or merges it with the value already there.
    mutating func insert(_ key: UInt64, _ value: Value, merge: (Value, Value) -> Value = { $1 }) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == key {
            values[slot] = merge(values[slot], value)
        } else {
            keys[slot] = key
            values[slot] = value
            count += 1
        }
    }

    /// Removes `key` by rebuilding the table without it (only used while building).
    mutating func remove(_ key: UInt64) {
        guard value(key) != nil else { return }
        var rebuilt = HashTable(filler: filler, capacity: count)
        for (slot, stored) in keys.enumerated() where stored != 0 && stored != key {
            rebuilt.insert(stored, values[slot])
        }
        self = rebuilt
    }

    private mutating func grow() {
        var bigger = HashTable(filler: filler, capacity: keys.count)
        for (slot, key) in keys.enumerated() where key != 0 { bigger.insert(key, values[slot]) }
        self = bigger
    }
}
