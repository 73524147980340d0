/// Where the sentence stands in its paragraph: paragraphs open with their main point.
///
/// `value = 1 / (1 + q)`, where `q` is the sentence's position among the body sentences of its
/// paragraph (0 for the first): 1, 0.5, 0.33, …
struct ParagraphPositionFeature: SentenceFeature {
    static let name = "paragraphPosition"

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        1 / Double(1 + profile.candidates[candidate].paragraphPosition)
    }
}
