/// A question. Feature stories open with one to draw the reader in (`Pernah mendengar kata
/// zucchini?`); summaries state facts instead, so its weight is negative.
///
/// `value = 1` when the sentence ends with `?` (closing quotes and brackets aside), else 0.
struct QuestionFeature: SentenceFeature {
    static let name = "question"

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        profile.candidates[candidate].isQuestion ? 1 : 0
    }
}
