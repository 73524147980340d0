/// The word lists the sentence rules use, case-folded once when an ``NSumm`` value is made.
struct SegmentationLexicon: Sendable {
    /// `abbreviations-prefix`: abbreviations before a name (`Dr.`, `Jl.`).
    let prefixAbbreviations: Set<String>
    /// `abbreviations-number`: abbreviations before a number (`No.`, `Rp.`).
    let numberAbbreviations: Set<String>
    /// `abbreviations-general`: abbreviations that may end a sentence (`dll.`, `Tbk.`).
    let generalAbbreviations: Set<String>
    /// Words that open sentences: `stopwords` and `sentence-starters`, without the words that are
    /// capitalised inside sentences anyway (`capitalized-words`).
    let openers: Set<String>
    /// `openers` plus `sentence-heads` (titles that head sentences, such as `Presiden`).
    let heads: Set<String>
    /// `attribution-verbs`: verbs that attribute a quotation (`kata`, `menambahkan`).
    let attributionVerbs: Set<String>

    /// Reads the lists from `lexicons`.
    init(lexicons: LexiconSet) {
        func folded(_ name: String) -> Set<String> { Set(lexicons.words(name).map { $0.lowercased() }) }
        prefixAbbreviations = folded("abbreviations-prefix")
        numberAbbreviations = folded("abbreviations-number")
        generalAbbreviations = folded("abbreviations-general")
        openers = folded("sentence-starters").union(folded("stopwords"))
            .subtracting(folded("capitalized-words"))
        heads = openers.union(folded("sentence-heads"))
        attributionVerbs = folded("attribution-verbs")
    }

    /// Whether `word` (case-folded, full stop included) is an abbreviation of any role.
    func isAbbreviation(_ word: String) -> Bool {
        prefixAbbreviations.contains(word) || numberAbbreviations.contains(word)
            || generalAbbreviations.contains(word)
    }
}
