/// A headline run into its lead that the lead restates: one of the rules of
/// ``UnpunctuatedBoundaryRule``.
extension UnpunctuatedBoundaryRule {
    /// Where a lead starts that restates the opening of the headline run into it, on the
    /// headline's line and before any sentence has ended:
    ///
    /// - the paragraph's first word, a common word, followed by a lower-case word (`Harga Cabai
    ///   Meroket Jelang Ramadan Harga cabai rawit naik …`, `Gempa bumi melanda Indonesia Gempa
    ///   bumi dan tsunami …`);
    /// - the paragraph's first two words, the second in whatever case, with three more words
    ///   after them and no pause in the first two (`Pembeli asing akan dikenakan bea … di
    ///   Inggris Pembeli asing akan dikenakan …`, `Sekretaris kesehatan menyurati … Sekretaris
    ///   Kesehatan telah menulis …`);
    /// - the word after a rubric of one or two words (`Brexit:`, `HIV/Aids:`), followed by a
    ///   lower-case word (`HIV/Aids: Tiongkok melaporkan lonjakan kasus baru Tiongkok telah
    ///   mengumumkan …`).
    ///
    /// The repeat is capitalised and comes ``minimumHeadlineWords`` words in or later and within
    /// ``maximumHeadlineBytes`` of the paragraph's start, with no comma before it; the word
    /// before it ends no clause, can end a sentence, opens no name, introduces no speaker and is
    /// no verb whose agent or object a name can be (`… yang dikeluarkan Bank Indonesia pada …`,
    /// `… bertemu Menteri Luar Negeri Jepang …`); and the lead restates more than a name
    /// (``restatesHeadline(from:at:_:_:)``).
    func repeatedOpening(in tokens: Tokens, _ range: Range<Int>) -> Int? {
        guard let first = tokens.token(startingAtOrAfter: range.lowerBound, before: range.upperBound),
            tokens.startsUppercase(first),
            let second = tokens.token(startingAtOrAfter: first.upperBound, before: range.upperBound)
        else { return nil }
        // Found by their bytes (capitalised, as they are at the start), then looked at closer.
        let window = second.upperBound..<max(second.upperBound, min(range.upperBound, first.lowerBound + maximumHeadlineBytes))
        let opening = Restatement.opening(first: first, second: second)
        if let start = repeatStart(of: tokens.withoutTrailingPunctuation(first), as: opening, in: window, range, tokens) {
            return start
        }
        guard let (word, index) = rubricWord(after: first, second, tokens, range) else { return nil }
        let rubric = Restatement.rubric(word: word, index: index)
        return repeatStart(of: tokens.withoutTrailingPunctuation(tokens.core(word)), as: rubric, in: window, range, tokens)
    }

    /// What a lead restates of its headline (``repeatedOpening(in:_:)``).
    private enum Restatement {
        /// The paragraph's first two words.
        case opening(first: Range<Int>, second: Range<Int>)
        /// The word after a rubric, and how many words come before it.
        case rubric(word: Range<Int>, index: Int)

        /// The headline's first restated word.
        var firstWord: Range<Int> {
            switch self {
            case let .opening(first, _): return first
            case let .rubric(word, _): return word
            }
        }

        /// How many words must come before the repeat besides ``minimumHeadlineWords``: after a
        /// rubric, the rubric, the restated word and at least one more.
        var wordsBeforeRepeat: Int {
            switch self {
            case .opening: return 0
            case let .rubric(_, index): return index + 2
            }
        }
    }

    /// Whether the lead that starts at `leadStart` restates the headline that runs from `opening`
    /// to it, beyond a name said twice (`… sehingga peluang Timnas Indonesia lolos …` is one
    /// sentence): of the words the lead repeats from `opening` on, one after the first is lower
    /// case (`Harga cabai rawit …`, a phrase, no name), or a content word of the rest of the
    /// headline comes back in the lead's first sentence within ``maximumRestatementWords``
    /// words after them (`Tiongkok melaporkan 14% lonjakan kasus baru Tiongkok telah
    /// mengumumkan lonjakan …`).
    private func restatesHeadline(from opening: Range<Int>, at leadStart: Range<Int>, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        // The repeated run, word by word; then the first words after it on either side.
        var headlineWord: Range<Int>? = opening
        var leadWord: Range<Int>? = leadStart
        var isPhrase = false
        while let headline = headlineWord, let lead = leadWord, tokens.isSameWord(headline, lead) {
            if lead != leadStart && tokens.startsLowercase(tokens.core(lead)) { isPhrase = true }
            headlineWord = tokens.token(startingAtOrAfter: headline.upperBound, before: leadStart.lowerBound)
            leadWord = tokens.token(startingAtOrAfter: lead.upperBound, before: range.upperBound)
        }
        if isPhrase { return true }
        var checked = 0
        while let lead = leadWord, checked < maximumRestatementWords {
            if isContentWord(lead, tokens) {
                var headline = headlineWord
                while let word = headline {
                    if tokens.isSameWord(word, lead) { return true }
                    headline = tokens.token(startingAtOrAfter: word.upperBound, before: leadStart.lowerBound)
                }
            }
            // Only the lead's first sentence counts.
            if tokens.endsSentence(lead) { return false }
            leadWord = tokens.token(startingAtOrAfter: lead.upperBound, before: range.upperBound)
            checked += 1
        }
        return false
    }

    /// Whether `token` is a content word: four letters or more, no opener or continuing word.
    private func isContentWord(_ token: Range<Int>, _ tokens: Tokens) -> Bool {
        let word = tokens.withoutTrailingPunctuation(tokens.core(token))
        return word.count >= 4 && !lexicon.openers.contains(word, in: tokens) && !lexicon.continuingWords.contains(word, in: tokens)
    }

    /// The first word in `window` spelt as `needle` (bytes of the paragraph `range`) that, with
    /// the word after it, makes `restatement` and starts a sentence: capitalised, at least
    /// ``minimumHeadlineWords`` words into the paragraph's first sentence and line, after a word
    /// that ends no clause and that no name may follow (``precedesName(_:_:)``: `… bertemu
    /// Menteri Luar Negeri Jepang`), in a lead that restates its headline
    /// (``restatesHeadline(from:at:_:_:)``).
    private func repeatStart(
        of needle: Range<Int>, as restatement: Restatement, in window: Range<Int>, _ range: Range<Int>, _ tokens: Tokens
    ) -> Int? {
        var start = window.lowerBound
        while let found = tokens.wordStart(of: needle, within: start..<window.upperBound) {
            start = found + 1
            guard let word = tokens.token(startingAtOrAfter: found, before: range.upperBound),
                tokens.startsUppercase(word),
                let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
                let previous = tokens.token(endingAtOrBefore: found, after: range.lowerBound),
                !tokens.endsClause(previous),
                makes(restatement, with: word, next: next, range, tokens),
                !precedesName(previous, tokens),
                let count = wordsBefore(found, in: range, tokens),
                count >= max(minimumHeadlineWords, restatement.wordsBeforeRepeat),
                restatesHeadline(from: restatement.firstWord, at: word, range, tokens)
            else { continue }
            return found
        }
        return nil
    }

    /// How many words of the paragraph `range` come before `offset`, if no sentence, no line and
    /// no clause ends before it (a comma or a semicolon: a headline is one clause, and `…, dan
    /// ribuan warga Solo memadati …` goes on) and they are no more than ``maximumHeadlineWords``.
    private func wordsBefore(_ offset: Int, in range: Range<Int>, _ tokens: Tokens) -> Int? {
        guard !tokens.hasLineBreak(range.lowerBound..<offset) else { return nil }
        var count = 0
        var position = range.lowerBound
        while let word = tokens.token(startingAtOrAfter: position, before: offset) {
            guard count < maximumHeadlineWords, !tokens.endsSentence(word), !tokens.endsWithPause(word) else { return nil }
            count += 1
            position = word.upperBound
        }
        return count
    }

    /// The word after a rubric that is the paragraph's first word or its first two (`Brexit:`,
    /// `HIV/Aids:`, `Liga Inggris:`), and how many words come before it.
    private func rubricWord(
        after first: Range<Int>, _ second: Range<Int>, _ tokens: Tokens, _ range: Range<Int>
    ) -> (word: Range<Int>, index: Int)? {
        if tokens.lastByte(first) == UInt8(ascii: ":") { return (second, 1) }
        guard tokens.lastByte(second) == UInt8(ascii: ":"),
            let third = tokens.token(startingAtOrAfter: second.upperBound, before: range.upperBound)
        else { return nil }
        return (third, 2)
    }

    /// Whether `word`, followed by `next`, makes `restatement` in the paragraph `range` (how
    /// many words come before it is asked later, by ``repeatStart(of:as:in:_:_:)``).
    private func makes(_ restatement: Restatement, with word: Range<Int>, next: Range<Int>, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        switch restatement {
        case let .opening(first, second):
            return restatesOpening(word, next: next, first: first, second: second, limit: range.upperBound, tokens)
        case let .rubric(rubric, _):
            return tokens.isSameWord(word, rubric) && tokens.startsLowercase(tokens.core(next))
        }
    }

    /// Whether `word`, followed by `next`, restates the paragraph's opening words `first` and
    /// `second`, as ``repeatedOpening(in:_:)`` describes; words are looked for before `limit`.
    private func restatesOpening(
        _ word: Range<Int>, next: Range<Int>, first: Range<Int>, second: Range<Int>, limit: Int, _ tokens: Tokens
    ) -> Bool {
        guard tokens.isSameWord(word, first) else { return false }
        if tokens.isSameWord(next, second) {
            // Three more words; none of the repeat's second word and the next two ends a clause.
            var last = next
            for _ in 0..<3 {
                guard !tokens.endsClause(last), let following = tokens.token(startingAtOrAfter: last.upperBound, before: limit)
                else { return false }
                last = following
            }
            return true
        }
        // Asked last: the common words are read the first time one is needed.
        return tokens.startsLowercase(next) && tokens.isCapitalizedWord(first) && tokens.last(first) != ","
            && lexicon.isPlainCommonWord(first, in: tokens)
    }
}
