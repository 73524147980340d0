/// Direct speech. Editors paraphrase what people said instead of quoting it, so human summaries
/// of news almost never keep a quoted sentence; its weight is negative.
///
/// `value = q / l`, where `l` counts the letters and digits of the sentence and `q` those that
/// stand inside quotation marks (`“…”` or `"…"`, followed across the sentences of a paragraph;
/// see ``QuoteTracker``). A sentence that is all quote gets 1, one that only names a film
/// title in quotes a small value.
struct QuoteFeature: SentenceFeature {
    static let name = "quote"

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        profile.candidates[candidate].quotedShare
    }
}
