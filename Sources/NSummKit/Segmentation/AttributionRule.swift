/// Keeps a quotation and its attribution together: a short sentence with a verb of saying that
/// follows a sentence ending in a closing quotation mark (`“Ada hiu di dalam air!” Hammel
/// menambahkan.`) belongs to the quotation's sentence.
struct AttributionRule: Sendable {
    let lexicon: SegmentationLexicon
    /// An attribution has at most this many words.
    let longestAttribution = 4

    /// Whether the sentence `next` is an attribution of the sentence `previous` before it.
    func attaches(_ next: Range<Int>, to previous: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let lastStart = UTF8Bytes.scalarStart(before: previous.upperBound, in: bytes)
        let last = UTF8Bytes.scalar(at: lastStart, in: bytes).0
        guard last == "\u{201D}" || last == "\"" || last == "\u{2019}", lastStart > previous.lowerBound
        else { return false }
        let before = UTF8Bytes.scalar(at: UTF8Bytes.scalarStart(before: lastStart, in: bytes), in: bytes).0
        guard UTF8Bytes.isTerminator(before) else { return false }
        let tokens = Tokens(bytes)
        // One word more than an attribution may have is enough to rule it out.
        let words = tokens.ranges(in: next, atMost: longestAttribution + 1)
        guard let last = words.last, words.count >= 2, words.count <= longestAttribution,
            tokens.endsSentence(last)
        else { return false }
        return words.contains { lexicon.attributionVerbs.contains(tokens.withoutTrailingPunctuation($0), in: tokens) }
    }
}
