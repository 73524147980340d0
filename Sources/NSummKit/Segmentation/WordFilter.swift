import CNSummBytes

/// A Bloom filter over the ASCII words of a ``WordSet``, for the byte scan in C to ask before
/// it hands a candidate to Swift: "may this capitalised word open a sentence?" A word the set
/// holds always passes; about one in a hundred others does too, and the set itself decides.
struct WordFilter: Sendable {
    /// `NSUMM_WORD_FILTER_WORDS` 64-bit words of bits.
    let bits: [UInt64]
    /// The length of the longest word in the filter, in bytes.
    let longestWord: Int

    /// The filter of `words`' ASCII words (the others cannot be a run of ASCII letters).
    init(_ words: WordSet) {
        var bits = [UInt64](repeating: 0, count: Int(NSUMM_WORD_FILTER_WORDS))
        var longest = 0
        let size = UInt64(bits.count * UInt64.bitWidth)
        words.forEachASCIIWord { word in
            longest = max(longest, word.count)
            let hash = word.withUnsafeBufferPointer { nsumm_word_filter_hash($0.baseAddress, Int64($0.count)) }
            for position in [hash & 0xFFFF_FFFF, hash >> 32].map({ Int($0 % size) }) {
                bits[position / UInt64.bitWidth] |= 1 << UInt64(position % UInt64.bitWidth)
            }
        }
        self.bits = bits
        self.longestWord = longest
    }
}
