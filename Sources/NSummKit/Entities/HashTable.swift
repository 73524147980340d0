/// A fixed open-addressing hash table from 64-bit hashes to small values (or, with `Void`
/// values, a set of hashes), built once and then only read (so it is safe to share between
/// threads). Each slot holds its key and value side
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

    /// Whether `key` is stored.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        value(key) != nil
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
