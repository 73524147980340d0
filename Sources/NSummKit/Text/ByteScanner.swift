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

    /// The first ASCII capital or digit right after an ASCII space (from `range.lowerBound + 1`):
    /// where a word that may open a sentence starts.
    static func firstCapitalOrDigitAfterSpace(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, range.count > 1 else { return range.upperBound }
        return Int(nsumm_find_capital_or_digit_after_space(base, Int64(range.lowerBound + 1), Int64(range.upperBound)))
    }

    /// The number of Unicode scalars in `range` (bytes that are not UTF-8 continuation bytes).
    static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        return Int(nsumm_count_scalars(base, Int64(range.lowerBound), Int64(range.upperBound)))
    }
}
