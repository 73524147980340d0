/// Word hashes (see ``WordScanner``) with a count each: a small open-addressing hash table,
/// several times faster than `Dictionary` for this job because the keys are hashes already and
/// need no hashing again.
///
/// ```swift
/// var counts = WordCounts(capacity: 400)
/// counts.add(hash, 2)
/// counts[hash]   // 2
/// ```
struct WordCounts: Sendable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var mask: Int
    /// The number of distinct words.
    private(set) var count = 0
    /// The sum of the squared counts (the squared Euclidean norm of the table as a vector).
    private(set) var sumOfSquares = 0

    /// An empty table with room for `capacity` words before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The words of `words`, each with count 1 (a set, such as the stop words).
    init(_ words: some Collection<UInt64>) {
        self.init(capacity: words.count)
        for word in words where self[word] == 0 { add(word, 1) }
    }

    /// The count of `word`, 0 when absent.
    subscript(word: UInt64) -> Int32 {
        let key = Self.key(word)
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return counts[slot] }
            if found == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `amount` to the count of `word`.
    mutating func add(_ word: UInt64, _ amount: Int32) {
        if 2 * (count + 1) > keys.count { grow() }
        let key = Self.key(word)
        var slot = Self.slot(key, mask)
        while keys[slot] != key && keys[slot] != 0 { slot = (slot + 1) & mask }
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        let old = Int(counts[slot])
        counts[slot] += amount
        sumOfSquares += (old + Int(amount)) * (old + Int(amount)) - old * old
    }

    private mutating func grow() {
        var larger = WordCounts(capacity: keys.count)
        for slot in keys.indices where keys[slot] != 0 { larger.add(keys[slot], counts[slot]) }
        self = larger
    }

    /// 0 marks an empty slot, so the one hash that is 0 is stored as 1.
    @inline(__always)
    private static func key(_ word: UInt64) -> UInt64 { word == 0 ? 1 : word }

    /// Fibonacci hashing of the already hashed key onto the table.
    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
