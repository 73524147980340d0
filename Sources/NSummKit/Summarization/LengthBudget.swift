/// How much more a summary may take, for one ``SummaryLength``: a number of sentences, or a
/// number of words that each sentence taken uses up.
struct LengthBudget {
    private let profile: ArticleProfile
    private var sentencesLeft: Int
    private var wordsLeft: Int?

    init(_ length: SummaryLength, profile: ArticleProfile) {
        self.profile = profile
        sentencesLeft = length.sentenceCount(of: profile.candidates.count) ?? profile.candidates.count
        if case .words(let words) = length { wordsLeft = max(0, words) }
    }

    /// Whether the summary may take another sentence.
    var wantsMore: Bool { sentencesLeft > 0 && wordsLeft.map { $0 > 0 } ?? true }

    /// Takes `candidate` if it fits; false when it is longer than the words left.
    mutating func take(_ candidate: Int) -> Bool {
        let words = profile.candidates[candidate].wordCount
        if let wordsLeft {
            guard words <= wordsLeft else { return false }
            self.wordsLeft = wordsLeft - words
        }
        sentencesLeft -= 1
        return true
    }
}
