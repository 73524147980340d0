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
