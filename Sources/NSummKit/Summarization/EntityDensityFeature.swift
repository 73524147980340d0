/// How dense a sentence is in named entities: the sentences that say who did what where carry
/// the news.
///
/// `value = e / w`, where `w` is the number of words of the sentence (dateline left out) and `e`
/// the number of those words that belong to an entity of the kinds in
/// ``SummarizerConfiguration/entityKinds`` (names of people, organisations and places by
/// default). `Presiden Joko Widodo tiba di Jakarta.` has 6 words, 3 of them in names: 0.5.
struct EntityDensityFeature: SentenceFeature {
    static let name = "entityDensity"

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        let sentence = profile.candidates[candidate]
        return sentence.wordCount == 0 ? 0 : Double(sentence.entityWordCount) / Double(sentence.wordCount)
    }
}
