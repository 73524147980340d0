/// How far a sentence falls short of a full news sentence: fragments (`Dua pelaku tertangkap.`,
/// `ujarnya lagi.`) carry little and read badly out of context; its weight is negative.
///
/// `value = max(0, 1 − w / m)`, where `w` is the number of words (dateline left out) and `m` is
/// ``SummarizerConfiguration/shortSentenceWords``: 0 for sentences of `m` words or more, 0.5
/// for half that length.
struct ShortSentenceFeature: SentenceFeature {
    static let name = "shortSentence"
    /// The length from which a sentence no longer counts as short.
    let minimumWords: Int

    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double {
        max(0, 1 - Double(profile.candidates[candidate].wordCount) / Double(minimumWords))
    }
}
