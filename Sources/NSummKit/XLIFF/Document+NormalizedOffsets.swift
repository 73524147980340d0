extension Document {
    /// The offset in the normalised text of original byte offset `original`, searched inside
    /// `range` (normalised offsets) and clamped to it; rounded up to a character boundary when
    /// `original` falls inside a sequence that normalisation changed.
    ///
    /// - Complexity: O(log *n*) in the length of `range`.
    func normalizedOffset(ofOriginal original: Int, in range: Range<Int>) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if text.originalOffset(middle) < original { low = middle + 1 } else { high = middle }
        }
        while low < range.upperBound && text.bytes[low] & 0xC0 == 0x80 { low += 1 }
        return low
    }

    /// The normalised text of `range`.
    func string(_ range: Range<Int>) -> String {
        text.string(range)
    }
}
