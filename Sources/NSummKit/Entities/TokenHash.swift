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
            var shift: UInt64 = 0
            while index < end {
                word |= UInt64(bytes[index] | 0x20) << shift
                shift += 8
                index += 1
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

/// A fixed open-addressing hash table from 64-bit hashes to small values, built once and then
/// only read (so it is safe to share between threads). Each slot holds its key and value side
/// by side, so a lookup touches one cache line. Key 0 marks an empty slot.
struct HashTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private var mask: Int
    private let filler: Value
    /// The number of keys stored.
    private(set) var count = 0

    /// An empty table; `filler` fills unused value slots.
    init(filler: Value, capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: filler), count: size)
        mask = size - 1
        self.filler = filler
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(_ key: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = slots[slot].key
                if found == key { return slots[slot].value }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, or merges it with the value already there.
    mutating func insert(_ key: UInt64, _ value: Value, merge: (Value, Value) -> Value = { $1 }) {
        if (count + 1) * 2 > slots.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        if slots[slot].key == key {
            slots[slot].value = merge(slots[slot].value, value)
        } else {
            slots[slot] = Slot(key: key, value: value)
            count += 1
        }
    }

    private mutating func grow() {
        var bigger = HashTable(filler: filler, capacity: slots.count)
        for slot in slots where slot.key != 0 { bigger.insert(slot.key, slot.value) }
        self = bigger
    }
}

/// A fixed open-addressing set of 64-bit hashes (0 marks an empty slot), read-only once built.
struct HashSet: Sendable {
    private var keys: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[slot]
                if found == key { return true }
                if found == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > keys.count {
            var bigger = HashSet(capacity: keys.count)
            for old in keys where old != 0 { bigger.insert(old) }
            self = bigger
        }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] != key {
            keys[slot] = key
            count += 1
        }
    }
}
