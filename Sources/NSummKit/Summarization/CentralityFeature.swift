/// How much a sentence is about what the whole article is about.
///
/// `value = cos(s, A − s)`: the cosine between the sentence's content-word counts `s` and those
/// of all other body sentences together (`A − s`). Content words are the words that are neither
/// stop words (lexicon `stopwords`) nor plain numbers, compared case-insensitively. 0 when the
/// sentence shares no content word with the rest, 1 when it repeats the article's proportions.
struct CentralityFeature: SentenceFeature {
    static let name = "centrality"

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        var dot = 0.0
        var ownSquared = 0.0
        var sharedSquared = 0.0
        for offset in profile.candidates[candidate].contentWords {
            let own = Double(profile.contentWordCounts[offset])
            let all = Double(profile.articleWordCounts[profile.contentWords[offset]])
            dot += own * (all - own)
            ownSquared += own * own
            sharedSquared += own * all
        }
        // |A − s|² = |A|² − 2 s·A + |s|²
        let restSquared = Double(profile.articleWordCounts.sumOfSquares) - 2 * sharedSquared + ownSquared
        guard ownSquared > 0, restSquared > 0 else { return 0 }
        return dot / (ownSquared * restSquared).squareRoot()
    }
}
