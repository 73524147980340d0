#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A headline that opens with a rubric, run into its lead: one of the rules of
/// ``UnpunctuatedBoundaryRule``.
extension UnpunctuatedBoundaryRule {
    /// A rubric has at most this many words, its colon included (`Kecelakaan pesawat
    /// Mikronesia:`); a longer run before a colon introduces speech (`Juru bicara Partai Buruh
    /// mengatakan: …`).
    var maximumRubricWords: Int { 5 }
    /// A rubric's colon comes within this many bytes of the paragraph's start.
    var maximumRubricBytes: Int { 80 }

    /// Where the lead starts of a headline that opens with a rubric (`John Edward: Keahlian
    /// bahasa sangat penting bagi warga global Sekolah swasta Skotlandia menjaga …`,
    /// `Kecelakaan pesawat Mikronesia: Air Niugini menyampaikan satu orang hilang … laguna
    /// Maskapai udara mengoperasikan …`): the first capitalised common word after a lower-case
    /// word and before one, or the first sentence starter after a capitalised word (`… atas
    /// Sebastian Vettel Semuanya menjadi jelas …`), at least ``minimumHeadlineWords`` words
    /// after the rubric, on the paragraph's first line and in its first clause. Inside a
    /// sentence only names are capitalised: words that are names too (gazetteer entries,
    /// `capitalized-words`) are passed over, and so are words after one a name may follow
    /// (``precedesName(_:_:)``: `… menurut Kepala …`, `… dipimpin Kepala …`, `… tarian Saman
    /// dalam …`). A line of site debris (`Baca juga: …`) has no lead.
    func rubricLead(in bytes: UnsafeBufferPointer<UInt8>, _ tokens: Tokens, _ range: Range<Int>) -> Int? {
        // Most paragraphs have no colon near their start: memchr rules them out.
        guard let base = bytes.baseAddress, !range.isEmpty,
            memchr(base + range.lowerBound, 0x3A, min(range.count, maximumRubricBytes)) != nil,
            let rubricEnd = rubricEnd(in: tokens, range),
            !lexicon.debrisLinePrefixes.opens(range, in: bytes)
        else { return nil }
        var count = 0
        var previous: Range<Int>? = nil
        var offset = rubricEnd
        while count < maximumHeadlineWords,
            let word = tokens.token(startingAtOrAfter: offset, before: range.upperBound),
            !tokens.hasLineBreak(offset..<word.lowerBound)
        {
            if count >= minimumHeadlineWords, let previous, opensLead(word, after: previous, range, tokens) {
                return word.lowerBound
            }
            if tokens.endsClause(word) { return nil }
            previous = word
            offset = word.upperBound
            count += 1
        }
        return nil
    }

    /// Where the rubric at the start of the paragraph `range` ends: after the colon of its
    /// ``maximumRubricWords`` words or fewer, the first capitalised, none ending a clause before
    /// the colon.
    private func rubricEnd(in tokens: Tokens, _ range: Range<Int>) -> Int? {
        guard let first = tokens.token(startingAtOrAfter: range.lowerBound, before: range.upperBound),
            tokens.startsUppercase(first)
        else { return nil }
        var word = first
        for _ in 1...maximumRubricWords {
            if tokens.lastByte(word) == UInt8(ascii: ":") {
                let saying = lexicon.attributionVerbs.contains(tokens.withoutTrailingPunctuation(word), in: tokens)
                return saying ? nil : word.upperBound
            }
            guard !tokens.endsClause(word), let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound)
            else { return nil }
            word = next
        }
        return nil
    }

    /// Whether `word` opens the lead after `previous`, as ``rubricLead(in:_:_:)`` describes.
    private func opensLead(_ word: Range<Int>, after previous: Range<Int>, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        guard tokens.isCapitalizedWord(word), tokens.last(word) != ",", !tokens.endsClause(previous),
            let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
            tokens.startsLowercase(next)
        else { return false }
        if tokens.startsUppercase(previous) {
            return lexicon.starters.contains(tokens.withoutTrailingPunctuation(word), in: tokens)
        }
        guard tokens.startsLowercase(previous), !precedesName(previous, tokens) else { return false }
        // Asked last: the common words and names are read the first time one is needed.
        return lexicon.isPlainCommonWord(word, in: tokens)
    }
}
