/// Finds sentence boundaries that have no punctuation for ICU to see — where a scraper lost a
/// line break after a headline, or a full stop went missing:
///
/// - a headline run together with the first sentence of its article, at the start of a
///   paragraph: a run of mostly capitalised words (`Babi Pembunuh Menganiaya Petani Cina sampai
///   Meninggal`) followed by an agency's dateline (`JAKARTA, KOMPAS.com -`, `Surabaya (ANTARA)
///   -`) or by a capitalised sentence starter (``SegmentationLexicon/starters``;
///   not a stop word, which may be part of a name: `Pekerjaan Umum dan …`) and a lower-case
///   word (`Seorang petani diserang …`), or a headline whose lead repeats its first
///   word (`Harga Cabai Meroket Jelang Ramadan Harga cabai rawit …`);
/// - a headline that opens with a rubric (`Kecelakaan pesawat Mikronesia: … laguna Maskapai
///   udara mengoperasikan …`), up to the first plain common word after a lower-case word;
/// - a capitalised opener between two lower-case words with no punctuation before it
///   (`… di tahun 1999 Dikatakannya, upaya …`): inside an Indonesian sentence only names are
///   capitalised, and openers are not names; not after a word that never ends a sentence or
///   that a title follows (``SegmentationLexicon/continuingWords``: `… dan Saya yang maju`,
///   `… berjudul Sebuah Kisah`); likewise a plain common word before a demonstrative
///   (`… yang baru Langkah ini akan …`) and a `-nya` starter before a number (`… meningkat
///   Sedikitnya 384 orang …`);
/// - a quoted sentence after a word with no punctuation (`… kata Pak Adam “Hari ini, tidak ada
///   satu pun.”`): a quotation of six words or more, opened by a capital and closed after
///   `.`, `!`, `?` or `,`, that follows no function word or title head (`seperti "…"`,
///   `berjudul “…”` go on) and is not followed by a lower-case word other than an attribution
///   (`“…!” di depan kantor` goes on, `“…?” katanya` is attributed);
/// - a capitalised sentence after a Unicode ellipsis (`… kabar… Namun tidak ada jawaban.`),
///   which ICU does not count as a terminator, though it does the three full stops it stands
///   for;
/// - a sentence that starts with a number or a lower-case word after a full stop (`… terluka
///   parah. 10 tahun sebelumnya …`, `… pada 2003. 20 tahun kemudian …`, `… katanya. itu sangat
///   mengerikan.`), which ICU does not break because the next word is not capitalised;
/// - an agency credit in brackets after a full stop (`… kata dia. (ant/hms)`, `… di tanah
///   air. [idc] AMERIKA SERIKAT – …`), which ICU keeps with the sentence because it is lower
///   case: the credit is a sentence of its own.
struct UnpunctuatedBoundaryRule: Sendable {
    let lexicon: SegmentationLexicon
    /// A headline has at least this many words before the opener.
    let minimumHeadlineWords = 3
    /// A headline has at most this many words.
    let maximumHeadlineWords = 30
    /// A lead that restates its headline's opening does so within this many bytes of the
    /// paragraph's start (thirty words of ten bytes).
    let maximumHeadlineBytes = 300
    /// A lead shows that it restates its headline within this many words after the words it
    /// repeats.
    let maximumRestatementWords = 12
    /// A quoted sentence closes within this many bytes of its opening mark.
    let maximumQuotationBytes = 2048
    /// A quoted sentence has at least this many words.
    let minimumQuotationWords = 6

    /// The starts of sentences in `range` of `bytes` (a paragraph) that no punctuation marks.
    ///
    /// - Complexity: O(n) in the paragraph's length; tokens are looked at only where a
    ///   capitalised word, a number or an opening quote follows a space, a lower-case word a
    ///   full stop, or a bracket the end of a sentence.
    func boundaries(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int] {
        let tokens = Tokens(bytes)
        var found: [Int] = []
        if let headlineEnd = headlineEnd(in: tokens, range) ?? repeatedOpening(in: tokens, range)
            ?? rubricLead(in: bytes, tokens, range)
        {
            found.append(headlineEnd)
        }
        // A candidate looks at the two bytes before it, which must be the paragraph's.
        var index = range.lowerBound + 2
        while index < range.upperBound {
            // Candidates: numbers and lower-case words after a full stop; brackets after a
            // sentence; opening quotes after a word; capitalised words after a lower-case word
            // and before one or a number (`di tahun 1999 Dikatakannya, upaya`).
            index = ByteScanner.firstUnpunctuatedOpening(
                in: bytes, index..<range.upperBound, openers: lexicon.openerFilter, followers: lexicon.demonstrativeFilter)
            guard index < range.upperBound else { break }
            let first = bytes[index]
            if first == 0x28 || first == 0x5B {
                found += creditBoundaries(at: index, in: tokens, range)
            } else if first == 0x22 || first == 0xE2 {
                if opensQuotedSentence(at: index, in: bytes, range, tokens) { found.append(index) }
            } else if first <= 0x39 || first >= 0x61 {
                if let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
                    first <= 0x39 ? startsNumberedSentence(previous, tokens) : startsLowercaseSentence(previous, tokens)
                {
                    found.append(index)
                }
            } else if let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
                opensAfterWord(previous, at: index, range, tokens)
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
        // The last three words, newest first: where a dateline after the headline starts (a
        // tuple, not an array: this runs for every paragraph and must not allocate).
        var recent: (Range<Int>?, Range<Int>?, Range<Int>?) = (nil, nil, nil)
        var count = 0
        var offset = range.lowerBound
        while count <= maximumHeadlineWords,
            let word = tokens.token(startingAtOrAfter: offset, before: range.upperBound)
        {
            if let previous, count >= minimumHeadlineWords, tokens.startsUppercase(previous),
                tokens.startsUppercase(word), !tokens.endsClause(previous), longWords > 0,
                Double(capitalisedLongWords) >= Tokens.titleCaseShare * Double(longWords),
                let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
                opensSentence(word, next: next, tokens, among: lexicon.starters)
            {
                return isTitleCaseToLineEnd(from: word.upperBound, in: tokens, range) ? nil : word.lowerBound
            }
            // A dash marks a dateline (`Jakarta, CNN Indonesia --`), which a headline in title
            // case may stand before (`Harga Cabai Meroket JAKARTA, KOMPAS.com - …`); a sentence
            // that ends inside it makes it no headline.
            if tokens.isDash(word) {
                guard let (start, age) = datelineStart(before: recent, tokens), count - age - 1 >= minimumHeadlineWords,
                    longWords > 0, Double(capitalisedLongWords) >= Tokens.titleCaseShare * Double(longWords)
                else { return nil }
                return start.lowerBound
            }
            if tokens.endsSentence(word) { return nil }
            if word.count >= 4 {
                longWords += 1
                if tokens.startsUppercase(word) { capitalisedLongWords += 1 }
                // Ordinary prose is ruled out after a few words.
                if longWords >= 3 && Double(capitalisedLongWords) < Tokens.titleCaseShare * Double(longWords) {
                    return nil
                }
            }
            previous = word
            recent = (word, recent.0, recent.1)
            count += 1
            offset = word.upperBound
        }
        return nil
    }

    /// Which of `words` (the last three words before a dash, newest first) opens an agency's
    /// dateline, and how many words after it come before the dash: a capitalised place and a
    /// comma before the outlet (`JAKARTA, KOMPAS.com`, `Jakarta, CNN Indonesia`), or a place
    /// before an agency in brackets (`Surabaya (ANTARA)`).
    private func datelineStart(
        before words: (Range<Int>?, Range<Int>?, Range<Int>?), _ tokens: Tokens
    ) -> (word: Range<Int>, age: Int)? {
        guard let last = words.0 else { return nil }
        if tokens.isBracketedAgency(last) {
            return words.1.flatMap { tokens.startsUppercase($0) ? ($0, 1) : nil }
        }
        for (word, age) in [(words.1, 1), (words.2, 2)] {
            if let word, tokens.last(word) == ",", tokens.startsUppercase(word) { return (word, age) }
        }
        return nil
    }

    /// Whether the words from `offset` to the end of its line are those of a title-case
    /// headline: capitalised or numbers, lower case only where a word cannot end a sentence
    /// (`Mantan Presiden Jokowi Kembali ke Solo Usai Pelantikan` is one headline; an opener
    /// there starts no lead).
    private func isTitleCaseToLineEnd(from offset: Int, in tokens: Tokens, _ range: Range<Int>) -> Bool {
        var offset = offset
        // Word by word, stopping at the first that breaks the title case (the next, as a rule).
        while let word = tokens.token(startingAtOrAfter: offset, before: range.upperBound),
            !tokens.hasLineBreak(offset..<word.lowerBound)
        {
            guard tokens.startsUppercase(word) || tokens.startsNumeric(word)
                || lexicon.continuingWords.contains(tokens.withoutTrailingPunctuation(word), in: tokens)
            else { return false }
            offset = word.upperBound
        }
        return true
    }

    /// Where a credit in brackets after a finished sentence (`… di tanah air. [idc] AMERIKA
    /// SERIKAT – Polisi …`) starts and, when a capitalised word follows it, where that next
    /// sentence starts: a credit is a sentence of its own.
    private func creditBoundaries(at index: Int, in tokens: Tokens, _ range: Range<Int>) -> [Int] {
        guard let credit = tokens.token(startingAtOrAfter: index, before: range.upperBound),
            tokens.isBracketedCredit(credit),
            let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
            tokens.endsSentence(previous), !lexicon.abbreviations.contains(tokens.core(previous), in: tokens)
        else { return [] }
        guard let next = tokens.token(startingAtOrAfter: credit.upperBound, before: range.upperBound),
            tokens.startsUppercase(tokens.core(next))
        else { return [index] }
        return [index, next.lowerBound]
    }

    /// Whether the capitalised word at `index`, followed by a lower-case word, starts a sentence
    /// after `previous`: after a Unicode ellipsis, as after three full stops (`… kabar… Namun
    /// tidak …`); after a lower-case word or a number that ends no clause and can end a
    /// sentence, when the word is an opener (`… di tahun 1999 Dikatakannya, upaya …`), a
    /// starter that bounds a number or a noun pointing back (see ``countsNumber(_:next:_:)``
    /// and ``pointsBack(_:next:after:_:_:)``), and not inside a title-case line (`Bocah 7
    /// Tahun di Depok Tewas …`). After a verb that takes an object right away (`dikaruniai`)
    /// no opener starts a sentence, and after a word a name follows (`kampung Baru itu`, `kota
    /// Tahu ini`) only a sentence starter does.
    private func opensAfterWord(_ previous: Range<Int>, at index: Int, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        // The last byte of `…` is A6; of a closing mark after it, 9D (`”`), 99 (`’`), `"` or `)`.
        let last = tokens.lastByte(previous)
        if last == 0xA6 || last == 0x9D || last == 0x99 || last == 0x22 || last == 0x29,
            tokens.endsWithUnicodeEllipsis(previous)
        {
            return !tokens.isBracketedEllipsis(previous)
        }
        if last == 0x22 || last == 0x9D, closesUnpunctuatedQuotation(previous, range, tokens) { return true }
        // The opener lookup first: most capitalised words after a lower-case one are names.
        guard tokens.startsLowercase(previous) || tokens.startsNumeric(previous), !tokens.endsClause(previous),
            let word = tokens.token(startingAtOrAfter: index, before: range.upperBound),
            let next = tokens.token(startingAtOrAfter: word.upperBound, before: range.upperBound),
            opensSentence(word, next: next, tokens) || countsNumber(word, next: next, tokens)
                || pointsBack(word, next: next, after: previous, range, tokens)
        else { return false }
        return !lexicon.continuingWords.contains(tokens.withoutTrailingPunctuation(previous), in: tokens)
            && !tokens.isPassiveVerbWithObject(previous)
            && (!lexicon.nameCues.contains(previous, in: tokens)
                || lexicon.starters.contains(tokens.withoutTrailingPunctuation(word), in: tokens))
            && !isTitleCaseToLineEnd(from: word.upperBound, in: tokens, range)
    }

    /// Whether `previous` closes a quoted sentence that lost its final punctuation (`"… Air
    /// bersih menjadi langka. Minimarket di mana-mana dijarah" Jan Gelfand, …`): a quotation
    /// mark right after a lower-case word that can end a sentence, closing a quotation in
    /// sentence case of at least six words, counted back to its opening mark or the
    /// paragraph's start. A short quoted term (`sumber "latar belakang" Bob Woodward`), a title
    /// (`"… Hollywood Boys" Club`) or a mark after `bahwa` goes on.
    private func closesUnpunctuatedQuotation(_ previous: Range<Int>, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        let mark = tokens.lastScalarStart(previous)
        let word = previous.lowerBound..<mark
        guard mark > previous.lowerBound, tokens.startsLowercase(word), UTF8Bytes.isLowercase(tokens.last(word)),
            !lexicon.continuingWords.contains(word, in: tokens)
        else { return false }
        var start = previous.lowerBound
        var words = 1
        let limit = max(range.lowerBound, previous.lowerBound - maximumQuotationBytes)
        while let word = tokens.token(endingAtOrBefore: start, after: limit) {
            words += 1
            start = word.lowerBound
            if tokens.startsWithOpeningQuotation(word) { break }
        }
        return words >= minimumQuotationWords && !tokens.isTitleCase(start..<previous.upperBound)
    }

    /// A capitalised opener (of `openers`, or of ``SegmentationLexicon/openers``) followed by a
    /// lower-case word.
    private func opensSentence(_ word: Range<Int>, next: Range<Int>, _ tokens: Tokens, among openers: WordSet? = nil) -> Bool {
        guard tokens.isCapitalizedWord(word), tokens.startsLowercase(next) else { return false }
        return (openers ?? lexicon.openers).contains(tokens.withoutTrailingPunctuation(word), in: tokens)
    }

    /// Whether a name may follow `word` as its object, agent or complement, so that a
    /// capitalised word after it is no sign of a new sentence: a word that never ends a
    /// sentence (``SegmentationLexicon/continuingWords``: `dan`, `menurut`), a verb of saying
    /// (`kata`), an active or passive verb (`bertemu`, `dipimpin`), or a word that announces a
    /// name (``SegmentationLexicon/nameCues``: `negeri`, `tarian`). The verbs, told by their
    /// prefix, are asked first.
    func precedesName(_ word: Range<Int>, _ tokens: Tokens) -> Bool {
        tokens.isActiveVerb(word) || tokens.isPassiveVerb(word)
            || lexicon.continuingWords.contains(word, in: tokens)
            || lexicon.attributionVerbs.contains(word, in: tokens)
            || lexicon.nameCues.contains(word, in: tokens)
    }

    /// A capitalised sentence starter in `-nya` that bounds a number (`… yang meningkat
    /// Sedikitnya 384 orang tewas`, `Setidaknya 20 rumah …`): such a word is no name, and
    /// unlike `Sekitar` or `Sebanyak` it is no verb's object (`… menjual Sekitar 200 gelas`
    /// is a stray capital).
    private func countsNumber(_ word: Range<Int>, next: Range<Int>, _ tokens: Tokens) -> Bool {
        tokens.isCapitalizedWord(word) && tokens.startsNumeric(next) && tokens.endsWithNya(word)
            && lexicon.starters.contains(tokens.withoutTrailingPunctuation(word), in: tokens)
    }

    /// A capitalised common word that a demonstrative and a lower-case word follow (`… sesuai
    /// rencana yang baru Langkah ini akan menahan …`): the noun a sentence opens with, since
    /// inside a sentence only a name is capitalised. Words that are names as well (gazetteer
    /// entries: `Malang`; ``SegmentationLexicon/capitalizedWords``: `Ramadan`) or open one
    /// (`Kementerian itu`, the ministry named before) are left out, and so is any word after a
    /// verb `previous` whose object or agent it may be (`berlambang Banteng itu`, `dibuka
    /// Gubernur itu`); the caller leaves out words after one a name follows (`negeri Sakura
    /// itu`).
    private func pointsBack(
        _ word: Range<Int>, next: Range<Int>, after previous: Range<Int>, _ range: Range<Int>, _ tokens: Tokens
    ) -> Bool {
        guard tokens.isCapitalizedWord(word), lexicon.demonstratives.contains(next, in: tokens),
            let following = tokens.token(startingAtOrAfter: next.upperBound, before: range.upperBound),
            tokens.startsLowercase(following), !tokens.isActiveVerb(previous), !tokens.isPassiveVerb(previous)
        else { return false }
        // Asked last: the common words and names are read the first time one is needed.
        return lexicon.isPlainCommonWord(word, in: tokens) && !lexicon.nameHeads.contains(word, in: tokens)
    }

    /// Whether the opening quotation mark at `index` (after a space) starts a quoted sentence
    /// that no punctuation separates from the word before it.
    private func opensQuotedSentence(
        at index: Int, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ tokens: Tokens
    ) -> Bool {
        let (mark, markLength) = UTF8Bytes.scalar(at: index, in: bytes)
        let markEnd = index + markLength
        guard mark == "\"" || mark == "\u{201C}", markEnd < range.upperBound,
            (0x41...0x5A).contains(bytes[markEnd]),
            let previous = tokens.token(endingAtOrBefore: index, after: range.lowerBound),
            !tokens.endsClause(previous), !tokens.endsSentence(previous),
            !lexicon.openers.contains(tokens.withoutTrailingPunctuation(previous), in: tokens),
            !lexicon.continuingWords.contains(tokens.withoutTrailingPunctuation(previous), in: tokens)
        else { return false }
        // The quotation: at least six words, closed by a mark after punctuation.
        var spaces = 0
        var offset = markEnd
        let limit = min(range.upperBound, markEnd + maximumQuotationBytes)
        while offset < limit {
            let (scalar, length) = UTF8Bytes.scalar(at: offset, in: bytes)
            if scalar == "\u{201D}" || scalar == "\"" {
                let before = UTF8Bytes.scalar(at: UTF8Bytes.scalarStart(before: offset, in: bytes), in: bytes).0
                return spaces >= 5 && (UTF8Bytes.isTerminator(before) || before == ",")
                    && !sentenceContinues(after: offset + length, range, tokens)
            }
            if scalar == " " { spaces += 1 }
            offset += length
        }
        return false
    }

    /// Whether the sentence around a quotation goes on at `offset`, right after its closing
    /// mark: lower-case words follow, and no verb of saying among the first few
    /// (`“…!” di depan kantor`, but not `“…?” katanya` or `“…?” dia menambahkan`).
    private func sentenceContinues(after offset: Int, _ range: Range<Int>, _ tokens: Tokens) -> Bool {
        let words = tokens.ranges(in: offset..<range.upperBound, atMost: AttributionRule.longestAttribution)
        guard let next = words.first, tokens.startsLowercase(next) else { return false }
        return !words.contains { lexicon.attributionVerbs.contains(tokens.withoutTrailingPunctuation($0), in: tokens) }
    }

    /// A word or a number that ends with a full stop and is no abbreviation or list marker,
    /// before a number (`… terluka parah. 10 tahun …`, `… pada 2003. 20 tahun kemudian …`,
    /// `… berakhir 1-1. 10 menit …`): no number runs on past a full stop and a space.
    private func startsNumberedSentence(_ previous: Range<Int>, _ tokens: Tokens) -> Bool {
        guard previous.count >= 3, tokens.last(previous) == "." else { return false }
        if tokens.startsNumeric(previous) {
            // A number ends with a digit or a percent sign before its full stop (not `03/RW.`).
            let beforeStop = tokens.last(previous.lowerBound..<(previous.upperBound - 1))
            return UTF8Bytes.isNumeric(beforeStop) || beforeStop == "%"
        }
        return tokens.startsLowercase(previous) && !lexicon.abbreviations.contains(previous, in: tokens)
    }

    /// A word of at least four letters or digits and a full stop, with no other dot in it (no
    /// ellipsis, initials or domain name) and no abbreviation, before a lower-case word: a
    /// capital the writer forgot (`… asal Italia. apakah …`), or a sentence after a quotation's
    /// attribution (`… katanya. itu sangat mengerikan.`).
    private func startsLowercaseSentence(_ previous: Range<Int>, _ tokens: Tokens) -> Bool {
        guard previous.count >= 5, tokens.last(previous) == ".",
            tokens.startsLowercase(previous) || tokens.startsUppercase(previous) || tokens.startsNumeric(previous)
        else { return false }
        let hasInnerDot = tokens.withBytes(previous.lowerBound..<(previous.upperBound - 1)) { $0.contains(0x2E) }
        return !hasInnerDot && !lexicon.abbreviations.contains(previous, in: tokens)
    }
}
