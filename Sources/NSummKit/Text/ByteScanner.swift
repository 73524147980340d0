import CNSummBytes

/// Fast searches over UTF-8 bytes (SIMD in `CNSummBytes`). The hot loops of the decoder, the
/// layout scanner and the sentence rules spend most of their time skipping bytes that cannot
/// matter; these do the skipping. Each returns the first matching offset in `range`, or
/// `range.upperBound`.
enum ByteScanner {
    /// The first byte that is `>= 0x80` or `0x00`.
    static func firstNonASCIIOrNul(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        return Int(nsumm_find_non_ascii_or_nul(base, Int64(range.lowerBound), Int64(range.upperBound)))
    }

    /// The first byte that may start a line break (0x0A to 0x0D, or the lead byte 0xC2 of NEL or
    /// 0xE2 of U+2028/U+2029).
    static func firstLineBreakCandidate(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        return Int(nsumm_find_line_break_candidate(base, Int64(range.lowerBound), Int64(range.upperBound)))
    }

    /// The first place in `range` where a sentence may open without punctuation before it: a
    /// capital after a space after a lower-case letter, digit or non-ASCII character, opening a
    /// capitalised ASCII word (`Seorang`, `Namun,`) that a space and a lower-case ASCII letter or
    /// a digit follow inside `range` and, after an ASCII word, that `openers` may hold or that a word
    /// `followers` may hold follows (`… yang baru Langkah ini akan …`); any capital after
    /// a closing double quotation mark; an opening quote (`"`, or a byte that may start `“`) after such a
    /// space; or a digit or lower-case letter after a space after a full stop. The two bytes
    /// before `range` are read.
    static func firstUnpunctuatedOpening(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, openers: WordFilter, followers: WordFilter
    ) -> Int {
        guard let base = bytes.baseAddress, range.lowerBound >= 2, !range.isEmpty else { return range.upperBound }
        return openers.bits.withUnsafeBufferPointer { filter in
            followers.bits.withUnsafeBufferPointer { followerBits in
                Int(nsumm_find_unpunctuated_opening(
                    base, Int64(range.lowerBound), Int64(range.upperBound), filter.baseAddress, followerBits.baseAddress,
                    Int64(followers.longestWord)))
            }
        }
    }

    /// Where the bytes of `needle` (a range of `bytes`) first occur in `range`, or
    /// `range.upperBound`.
    static func first(_ needle: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        return Int(nsumm_find_bytes(base, Int64(range.lowerBound), Int64(range.upperBound), base + needle.lowerBound, Int64(needle.count)))
    }

    /// The number of Unicode scalars in `range` (bytes that are not UTF-8 continuation bytes).
    static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return Int(nsumm_count_scalars(base, Int64(range.lowerBound), Int64(range.upperBound)))
    }
}
