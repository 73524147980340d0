/// Finds sentence boundaries that have no punctuation for ICU to see — where a scraper lost a
/// line break after a headline, or a full stop went missing:
///
/// - a headline run together with the first sentence of its article, at the start of a
///   paragraph: a run of mostly capitalised words (`Babi Pembunuh Menganiaya Petani Cina sampai
///   Meninggal`) followed by a capitalised opener (``SegmentationLexicon/openers``) and a
///   lower-case word (`Seorang petani diserang …`);
/// - a capitalised opener between two lower-case words with no punctuation before it
///   (`… di tahun 1999 Dikatakannya, upaya …`): inside an Indonesian sentence only names are
///   capitalised, and openers are not names;
/// - a sentence that starts with a number after a full stop (`… terluka parah. 10 tahun
///   sebelumnya …`), which ICU does not break because the next word is lower case;
/// - an agency credit in brackets after the paragraph's last full stop (`… kata dia.
///   (ant/hms)`), which ICU keeps with the sentence because it is lower case.
struct UnpunctuatedBoundaryRule: Sendable {
    let lexicon: SegmentationLexicon
    /// A headline has at least this many words before the opener.
    let minimumHeadlineWords = 3
    /// A headline has at most this many words.
    let maximumHeadlineWords = 30
    /// At least this share of a headline's longer words (four bytes or more) are capitalised.
    let headlineCapitalShare = 0.6

    /// The starts of sentences in `range` of `bytes` (a paragraph) that no punctuation marks.
    ///
    /// - Complexity: O(n) in the paragraph's length; tokens are looked at only where a
    ///   capitalised word or a number follows a space.
    func boundaries(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int] {
        let tokens = Tokens(bytes)
        var found: [Int] = []
        if let headlineEnd = headlineEnd(in: tokens, range) { found.append(headlineEnd) }
        if let credit = trailingCredit(in: tokens, range) { found.append(credit) }
        // A candidate looks at the two bytes before it, which must be the paragraph's.
        var index = range.lowerBound + 2
        while index < range.upperBound {
            // Candidates: numbers after a full stop; capitalised words after a lower-case word
            // and before one (`di tahun 1999 Dikatakannya, upaya`).
            index = ByteScanner.firstUnpunctuatedOpening(in: bytes, index..<range.upperBound)
            guard index < range.upperBound else { break }
            if bytes[index] <= 0x39 {
                if let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
                    startsNumberedSentence(previous, tokens)
                {
                    found.append(index)
                }
            } else if let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
                tokens.startsLowercase(previous) || tokens.startsNumeric(previous),
                !tokens.endsClause(previous),
                let word = tokens.token(startingAtOrAfter: index, before: range.upperBound),
                let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
                opensSentence(word, next: next, tokens)
            {
                found.append(index)
            }
            index += 1
        }
        return found
    }

    /// Where a headline at the start of the paragraph ends, if the paragraph opens with one.
    private func headlineEnd(in tokens: Tokens, _ range: Range<Int>) -> Int? {
        var longWords = 0
        var capitalisedLongWords = 0
        var previous: Range<Int>? = nil
        var count = 0
        var offset = range.lowerBound
        while count <= maximumHeadlineWords,
            let word = tokens.token(startingAtOrAfter: offset, before: range.upperBound)
        {
            if let previous, count >= minimumHeadlineWords, tokens.startsUppercase(previous),
                !tokens.endsClause(previous), longWords > 0,
                Double(capitalisedLongWords) >= headlineCapitalShare * Double(longWords),
                let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
                opensSentence(word, next: next, tokens)
            {
                return word.lowerBound
            }
            if tokens.endsSentence(word) { return nil }
            if word.count >= 4 {
                longWords += 1
                if tokens.startsUppercase(word) { capitalisedLongWords += 1 }
                // Ordinary prose is ruled out after a few words.
                if longWords >= 3 && Double(capitalisedLongWords) < headlineCapitalShare * Double(longWords) {
                    return nil
                }
            }
            previous = word
            count += 1
            offset = word.upperBound
        }
        return nil
    }

    /// Where a bracketed credit of lower-case initials (`(ant/hms)`, `(rls)`) closing the
    /// paragraph after a full sentence starts.
    private func trailingCredit(in tokens: Tokens, _ range: Range<Int>) -> Int? {
        guard let last = tokens.token(endingAtOrBefore: range.upperBound, after: range.lowerBound),
            tokens.isBracketedCredit(last),
            let previous = tokens.token(endingAtOrBefore: last.lowerBound, after: range.lowerBound),
            tokens.endsSentence(previous)
        else { return nil }
        return last.lowerBound
    }

    /// A capitalised opener followed by a lower-case word.
    private func opensSentence(_ word: Range<Int>, next: Range<Int>, _ tokens: Tokens) -> Bool {
        guard tokens.isCapitalizedWord(word), tokens.startsLowercase(next) else { return false }
        return lexicon.openers.contains(tokens.withoutTrailingPunctuation(word), in: tokens)
    }

    /// A word that ends with a full stop and is no abbreviation, before a number.
    private func startsNumberedSentence(_ previous: Range<Int>, _ tokens: Tokens) -> Bool {
        previous.count >= 3 && tokens.last(previous) == "." && tokens.startsLowercase(previous)
            && !lexicon.abbreviations.contains(previous, in: tokens)
    }
}
