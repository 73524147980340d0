/// How much of a sentence the summary already says.
///
/// `value = max over chosen sentences c of |W(s) ∩ W(c)| / |W(s)|`, where `W(x)` is the set of
/// distinct content words of `x` (see ``CentralityFeature``); 0 before the first choice and for
/// a sentence without content words. A negative weight steers the summary away from repeating
/// itself (maximal marginal relevance).
struct RedundancyFeature: SentenceFeature {
    static let name = "redundancy"
    static let dependsOnSelection = true

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        let words = profile.candidates[candidate].contentWords
        return words.isEmpty ? 0 : Double(selection.mostSharedWords(with: candidate)) / Double(words.count)
    }
}
