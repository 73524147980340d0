/// Keeps a quotation and its attribution together: a short sentence with a verb of saying that
/// follows a sentence ending in a closing quotation mark (`“Ada hiu di dalam air!” Hammel
/// menambahkan.`) belongs to the quotation's sentence, and so does one in lower case after an
/// unquoted question or exclamation (`Kenapa? dia bertanya.`), of any length when a verb of
/// saying opens it (`Tolong! teriak seorang ibu dari dalam rumah.`).
struct AttributionRule: Sendable {
    let lexicon: SegmentationLexicon
    /// An attribution has at most this many words.
    static let longestAttribution = 4

    /// Whether the sentence `next` is an attribution of the sentence `previous` before it.
    func attaches(_ next: Range<Int>, to previous: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        // Most sentences end in a full stop or a letter: neither a quotation nor a question.
        guard let lastByte = previous.last.map({ bytes[$0] }),
            lastByte >= 0x80 || lastByte == UInt8(ascii: "\"") || lastByte == UInt8(ascii: "?") || lastByte == UInt8(ascii: "!")
        else { return false }
        let tokens = Tokens(bytes)
        // After a closing quote, a speaker and a verb (`Hammel menambahkan.`); in lower case after
        // `?` or `!`, the verb alone will do (`katanya.`).
        let shortest: Int
        if endsQuotation(previous, in: bytes) {
            shortest = 2
        } else if endsQuestion(previous, before: next, tokens) {
            // Opened by the verb, the attribution may go on (`Tolong! teriak seorang ibu dari …`).
            if let verb = tokens.token(startingAtOrAfter: next.lowerBound, before: next.upperBound),
                lexicon.attributionVerbs.contains(tokens.withoutTrailingPunctuation(verb), in: tokens)
            {
                return true
            }
            shortest = 1
        } else {
            return false
        }
        // One word more than an attribution may have is enough to rule it out.
        let words = tokens.ranges(in: next, atMost: Self.longestAttribution + 1)
        guard let last = words.last, words.count >= shortest, words.count <= Self.longestAttribution,
            tokens.endsSentence(last)
        else { return false }
        return words.contains { lexicon.attributionVerbs.contains(tokens.withoutTrailingPunctuation($0), in: tokens) }
    }

    /// Whether `sentence` ends in a closing quotation mark after a terminator (`…air!”`).
    private func endsQuotation(_ sentence: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lastStart = UTF8Bytes.scalarStart(before: sentence.upperBound, in: bytes)
        let last = UTF8Bytes.scalar(at: lastStart, in: bytes).0
        guard last == "\u{201D}" || last == "\"" || last == "\u{2019}", lastStart > sentence.lowerBound
        else { return false }
        let before = UTF8Bytes.scalar(at: UTF8Bytes.scalarStart(before: lastStart, in: bytes), in: bytes).0
        return UTF8Bytes.isTerminator(before)
    }

    /// Whether `sentence` ends in a bare `?` or `!` and `next` goes on in lower case.
    private func endsQuestion(_ sentence: Range<Int>, before next: Range<Int>, _ tokens: Tokens) -> Bool {
        let last = tokens.last(sentence)
        return (last == "?" || last == "!") && tokens.startsLowercase(next)
    }
}
