/// A set of case-folded words that can be asked about a token of the text without making a
/// string or running a cryptographic hash: ASCII words of up to sixteen bytes (nearly every
/// abbreviation and function word) are packed into two integers and kept in a small
/// open-addressing table; anything else is kept as a string.
struct WordSet: Sendable {
    private let table: [Key]
    private let mask: Int
    private let strings: Set<String>
    /// The longest word, in bytes.
    let longestWord: Int

    /// The words of `words`, case-folded.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var keys: [Key] = []
        var strings: Set<String> = []
        var longest = 0
        for word in words {
            let folded = word.lowercased()
            longest = max(longest, folded.utf8.count)
            if let key = Key(folded.utf8) { keys.append(key) } else { strings.insert(folded) }
        }
        self.init(keys: keys, strings: strings, longestWord: longest)
    }

    /// The words of lexicon `name` of `lexicons`, case-folded; with `classes`, only those whose
    /// second field is one of them (`location-head` in `entity-name-cues`).
    init(lexicon name: String, in lexicons: LexiconSet, classes: Set<String>? = nil) {
        self.init(lexicons: [name], in: lexicons, classes: classes)
    }

    /// The words of the lexicons `names` of `lexicons`, case-folded; with `classes`, only those
    /// whose second field is one of them; with `firstWords`, the first word of each entry
    /// (`Garuda` of `Garuda Indonesia`). A lexicon that one file alone holds is read straight
    /// from its bytes, without a string a word.
    init(lexicons names: [String], in lexicons: LexiconSet, classes: Set<String>? = nil, firstWords: Bool = false) {
        var keys: [Key] = []
        var strings: Set<String> = []
        var longest = 0
        func add(_ entry: UnsafeBufferPointer<UInt8>) {
            let word = firstWords ? UnsafeBufferPointer(rebasing: entry.prefix { $0 != 0x20 }) : entry
            if let key = Key(word) {
                keys.append(key)
                longest = max(longest, word.count)
            } else {
                let folded = String(decoding: word, as: UTF8.self).lowercased()
                strings.insert(folded)
                longest = max(longest, folded.utf8.count)
            }
        }
        for name in names {
            if let text = lexicons.soleText(of: name) {
                Lexicon.forEachWord(in: text) { word, second in
                    if let classes {
                        guard let second, classes.contains(String(decoding: second, as: UTF8.self)) else { return }
                    }
                    add(word)
                }
            } else {
                for entry in lexicons[name]?.entries ?? [] where classes.map({ entry.count >= 2 && $0.contains(entry[1]) }) ?? true {
                    var word = entry[0]
                    word.withUTF8 { add($0) }
                }
            }
        }
        self.init(keys: keys, strings: strings, longestWord: longest)
    }

    /// The set of `keys` (repeats allowed) and `strings`. The keys go straight into the table,
    /// which drops repeats: no `Set` of keys and no hashing through `Hasher` at start-up.
    private init(keys: [Key], strings: Set<String>, longestWord: Int) {
        // A power of two at least four times the number of keys keeps probe runs short.
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var table = [Key](repeating: .empty, count: size)
        for key in keys {
            var slot = key.slot(mask: size - 1)
            while table[slot] != .empty && table[slot] != key { slot = (slot + 1) & (size - 1) }
            table[slot] = key
        }
        self.table = table
        self.mask = size - 1
        self.strings = strings
        self.longestWord = longestWord
    }

    /// Whether the set holds `token` (any case) of `tokens`' text.
    func contains(_ token: Range<Int>, in tokens: Tokens) -> Bool {
        guard token.count <= longestWord else { return false }
        if let key = tokens.withBytes(token, { Key($0) }) { return contains(key) }
        return strings.contains(tokens.lowercased(token))
    }

    /// Whether the set holds `word` (any case).
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= longestWord else { return false }
        if let key = Key(word) { return contains(key) }
        return strings.contains(String(decoding: word, as: UTF8.self).lowercased())
    }

    /// The set with `other`'s words added.
    func union(_ other: WordSet) -> WordSet {
        WordSet(keys: keys + other.keys, strings: strings.union(other.strings),
                longestWord: max(longestWord, other.longestWord))
    }

    /// The set without `other`'s words.
    func subtracting(_ other: WordSet) -> WordSet {
        let keys = keys.filter { !other.contains($0) }
        let strings = strings.subtracting(other.strings)
        let longest = max(keys.map(\.length).max() ?? 0, strings.map(\.utf8.count).max() ?? 0)
        return WordSet(keys: keys, strings: strings, longestWord: longest)
    }

    private var keys: [Key] { table.filter { $0 != .empty } }

    /// Calls `body` with the bytes of each word of sixteen ASCII bytes or fewer, lower case.
    func forEachASCIIWord(_ body: ([UInt8]) -> Void) {
        for key in keys { body(key.bytes) }
    }

    private func contains(_ key: Key) -> Bool {
        var slot = key.slot(mask: mask)
        while true {
            let candidate = table[slot]
            if candidate == key { return true }
            if candidate == .empty { return false }
            slot = (slot + 1) & mask
        }
    }

    /// One to sixteen ASCII bytes, capitals lowered, packed big-end first into two integers.
    private struct Key: Equatable {
        let high: UInt64
        let low: UInt64

        static let empty = Key(high: 0, low: 0)

        private init(high: UInt64, low: UInt64) {
            self.high = high
            self.low = low
        }

        /// The key of `bytes`, or nil when they are empty, longer than sixteen or not ASCII.
        init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            for byte in bytes {
                guard byte < 0x80, byte != 0 else { return nil }
                high = high << 8 | low >> 56
                low = low << 8 | UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            }
            self.init(high: high, low: low)
        }

        /// The word's bytes.
        var bytes: [UInt8] {
            (0..<length).reversed().map { (index: Int) -> UInt8 in
                let half: UInt64 = index >= 8 ? high : low
                return UInt8(truncatingIfNeeded: half >> UInt64(8 * (index % 8)))
            }
        }

        /// The word's length in bytes.
        var length: Int {
            (UInt64.bitWidth * 2 - (high == 0 ? 64 + low.leadingZeroBitCount : high.leadingZeroBitCount) + 7) / 8
        }

        /// A slot in a table of `mask + 1` entries (Fibonacci hashing of both halves).
        func slot(mask: Int) -> Int {
            let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> 32) & mask
        }
    }
}
