/// How much of a sentence the summary already says.
///
/// `value = max over chosen sentences c of |W(s) ∩ W(c)| / |W(s)|`, where `W(x)` is the set of
/// distinct content words of `x` (see ``CentralityFeature``); 0 before the first choice and for
/// a sentence without content words. A negative weight steers the summary away from repeating
/// itself (maximal marginal relevance).
struct RedundancyFeature: SentenceFeature {
    static let name = "redundancy"
    static let dependsOnSelection = true

    func value(of candidate: Int, in profile: ArticleProfile, after selection: [Int]) -> Double {
        let words = profile.candidates[candidate].contentWords
        guard !words.isEmpty else { return 0 }
        var highest = 0
        for chosen in selection {
            highest = max(highest, Self.sharedCount(words, profile.candidates[chosen].contentWords, in: profile.contentWords))
        }
        return Double(highest) / Double(words.count)
    }

    /// The number of hashes two sorted ranges of `words` have in common.
    private static func sharedCount(_ first: Range<Int>, _ second: Range<Int>, in words: [UInt64]) -> Int {
        var shared = 0
        var left = first.lowerBound
        var right = second.lowerBound
        while left < first.upperBound && right < second.upperBound {
            if words[left] == words[right] {
                shared += 1
                left += 1
                right += 1
            } else if words[left] < words[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return shared
    }
}
