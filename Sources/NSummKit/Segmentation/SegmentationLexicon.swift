/// The word lists the sentence rules use, read once when an ``NSumm`` value is made.
final class SegmentationLexicon: Sendable {
    /// `abbreviations-prefix`: abbreviations before a name (`Dr.`, `Jl.`).
    let prefixAbbreviations: WordSet
    /// `abbreviations-number`: abbreviations before a number (`No.`, `Rp.`).
    let numberAbbreviations: WordSet
    /// `abbreviations-general`: abbreviations that may end a sentence (`dll.`, `Tbk.`).
    let generalAbbreviations: WordSet
    /// All abbreviations, whatever their role.
    let abbreviations: WordSet
    /// Words that open sentences: `stopwords` and `sentence-starters`, without the words that are
    /// capitalised inside sentences anyway (`capitalized-words`).
    let openers: WordSet
    /// A filter of `openers` for the byte scan that finds where sentences may start.
    let openerFilter: WordFilter
    /// `sentence-starters` without `capitalized-words`: the words that open a sentence however
    /// they are spelt, unlike stop words, some of which are parts of names (`Pekerjaan Umum`,
    /// `Sekolah Menengah Atas`); the only openers a title-case headline's lead is known by.
    let starters: WordSet
    /// `openers` plus `sentence-heads` (titles that head sentences, such as `Presiden`).
    let heads: WordSet
    /// `attribution-verbs`: verbs that attribute a quotation (`kata`, `menambahkan`).
    let attributionVerbs: WordSet
    /// Words after which no boundary is guessed: `non-final-words` (prepositions, conjunctions
    /// and articles, which never end a sentence: `dan`, `yang`, `kepada`) and `title-heads`
    /// (words a title or saying follows: `berjudul`, `pameo`).
    let continuingWords: WordSet
    /// `demonstratives`: words that point back to the noun before them (`ini`, `itu`).
    let demonstratives: WordSet
    /// A filter of `demonstratives` for the byte scan that finds where sentences may start.
    let demonstrativeFilter: WordFilter
    /// `time-zones`: zones written after a clock time (`WIB`, `ET`).
    let timeZones: WordSet
    /// `label-nouns`: nouns that a letter labels (`sesi I`, `vitamin C`): the letter is no initial.
    let labelNouns: WordSet
    /// `domain-suffixes`: the last labels of web domains (`com`, `id`).
    let domainSuffixes: WordSet
    /// The prefix entries of `boilerplate` (`Baca juga:*`): openings of lines of site debris.
    let debrisLinePrefixes: LinePrefixSet
    /// `common-words` (root words), bisected where it lies; a set of its words, made the first
    /// time a rule asks, when a user's file extends it.
    private let sortedCommonWords: SortedWordList?
    private let deferredCommonWords: Deferred<WordSet>
    /// `capitalized-words`: everyday words that are capitalised inside sentences anyway
    /// (`Antara`, the news agency), so they open no sentence and make no common word.
    let capitalizedWords: WordSet
    /// The `location-head` and `org-head` words of `entity-name-cues`, which open the name of
    /// a place or a body (`Jalan`, `Bandara`, `Universitas`); read the first time a rule asks.
    var nameHeads: WordSet { deferredNameHeads.value }
    private let deferredNameHeads: Deferred<WordSet>
    /// Words a name follows: ``nameHeads``, the `location-cue` and `org-cue` words of
    /// `entity-name-cues`, which announce the name of a place or a body (`negeri`, `klub`), and
    /// `name-kinds`, the kinds of people, customs and brands (`pria`, `tarian`, `merek`); read
    /// the first time a rule asks.
    var nameCues: WordSet { deferredNameCues.value }
    private let deferredNameCues: Deferred<WordSet>
    /// The first words of the names in `gazetteer*` and `entity-calendar` (`Malang`, `Jumat`,
    /// `Garuda` of `Garuda Indonesia`): words that are capitalised inside a sentence (the later
    /// words of a name, such as `Kebijakan` of `Badan Kebijakan Fiskal`, are not names alone);
    /// read the first time a rule asks.
    var nameWords: WordSet { deferredNameWords.value }
    private let deferredNameWords: Deferred<WordSet>
    /// Words longer than this many bytes are never abbreviations, initials or list markers:
    /// the longest abbreviation, or twelve bytes (dotted initials such as `A.B.C.D.E.` with a
    /// bracket), whichever is more, plus room for quotes and brackets around it.
    let longestCandidate: Int

    /// Reads the lists from `lexicons`.
    init(lexicons: LexiconSet) {
        func words(_ name: String) -> WordSet { WordSet(lexicon: name, in: lexicons) }
        prefixAbbreviations = words("abbreviations-prefix")
        numberAbbreviations = words("abbreviations-number")
        generalAbbreviations = words("abbreviations-general")
        abbreviations = prefixAbbreviations.union(numberAbbreviations).union(generalAbbreviations)
        capitalizedWords = words("capitalized-words")
        starters = words("sentence-starters").subtracting(capitalizedWords)
        openers = starters.union(words("stopwords").subtracting(capitalizedWords))
        openerFilter = WordFilter(openers)
        heads = openers.union(words("sentence-heads"))
        attributionVerbs = words("attribution-verbs")
        continuingWords = words("non-final-words").union(words("title-heads"))
        demonstratives = words("demonstratives")
        demonstrativeFilter = WordFilter(demonstratives)
        timeZones = words("time-zones")
        labelNouns = words("label-nouns")
        domainSuffixes = words("domain-suffixes")
        debrisLinePrefixes = LinePrefixSet(prefixEntriesOf: lexicons["boilerplate"]?.words ?? [])
        sortedCommonWords = SortedWordList(lexicon: "common-words", in: lexicons)
        deferredCommonWords = Deferred { WordSet(lexicon: "common-words", in: lexicons) }
        deferredNameHeads = Deferred {
            WordSet(lexicon: "entity-name-cues", in: lexicons, classes: ["location-head", "org-head"])
        }
        deferredNameCues = Deferred {
            WordSet(lexicon: "entity-name-cues", in: lexicons, classes: ["location-head", "location-cue", "org-head", "org-cue"])
                .union(WordSet(lexicon: "name-kinds", in: lexicons))
        }
        deferredNameWords = Deferred {
            WordSet(lexicons: lexicons.names(startingWith: "gazetteer") + ["entity-calendar"], in: lexicons, firstWords: true)
        }
        longestCandidate = max(12, abbreviations.longestWord + 6)
    }

    /// Whether `token` is a root word of `common-words`, in any case.
    func isCommonWord(_ token: Range<Int>, in tokens: Tokens) -> Bool {
        if let sortedCommonWords { return sortedCommonWords.contains(token, in: tokens) }
        return deferredCommonWords.value.contains(token, in: tokens)
    }

    /// Whether the bytes `word` are a root word of `common-words`, in any case.
    private func isCommonWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if let sortedCommonWords { return sortedCommonWords.contains(word) }
        return deferredCommonWords.value.contains(word)
    }

    /// Whether `token` is a common word or derived from one (`Langkah`, `Kebijakan` from
    /// `bijak`) that is no name and not capitalised inside a sentence anyway (not `Malang`,
    /// `Ramadan`): capitalised, it opens a sentence unless a name follows it.
    func isPlainCommonWord(_ token: Range<Int>, in tokens: Tokens) -> Bool {
        guard isCommonWord(token, in: tokens) || hasCommonRoot(token, in: tokens) else { return false }
        return !capitalizedWords.contains(token, in: tokens) && !nameWords.contains(token, in: tokens)
    }

    /// Whether `token` is derived from a common word (`Kebijakan`, `Pengiriman`).
    private func hasCommonRoot(_ token: Range<Int>, in tokens: Tokens) -> Bool {
        tokens.withBytes(token) { slice in
            slice.withContiguousStorageIfAvailable { word in
                AffixStripper.hasCommonRoot(word, 0..<word.count, isCommon: isCommonWord)
            } ?? false
        }
    }
}
