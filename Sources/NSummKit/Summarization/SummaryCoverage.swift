/// The sentences a summary holds so far and what they already cover: the entities they mention
/// and, for every candidate, how many content words it shares with the closest of them. The
/// features that depend on the selection (``EntityNoveltyFeature``, ``RedundancyFeature``) read
/// it.
///
/// A tracking selection keeps both counts up to date for every candidate as sentences are added,
/// which the greedy choice needs (O(*m*) work an addition for *m* candidates instead of
/// O(*m* · *k*) a step); an untracked one computes them for the one candidate asked about.
struct SummaryCoverage {
    private let profile: ArticleProfile
    /// The chosen candidates, in the order they were chosen.
    private(set) var chosen: [Int] = []
    /// The entity keys the chosen sentences mention.
    private var covered: Set<UInt64> = []
    /// When tracking: per candidate, the most content words it shares with one chosen sentence.
    private var sharedWords: [Int]?
    /// When tracking: per candidate, how many of its distinct entities are not covered yet.
    private var newEntities: [Int]?

    /// An empty selection over the candidates of `profile`.
    init(_ profile: ArticleProfile, tracking: Bool) {
        self.profile = profile
        if tracking {
            sharedWords = [Int](repeating: 0, count: profile.candidates.count)
            newEntities = profile.candidates.map(\.entities.count)
        }
    }

    /// An untracked selection of `candidates`, chosen in that order.
    init(_ profile: ArticleProfile, choosing candidates: ArraySlice<Int>) {
        self.init(profile, tracking: false)
        for candidate in candidates { add(candidate) }
    }

    /// Adds `candidate` to the summary.
    ///
    /// - Complexity: O(*e*) untracked; O(*n*) tracking, in the words and entities of all
    ///   candidates.
    mutating func add(_ candidate: Int) {
        let entities = profile.entityKeys[profile.candidates[candidate].entities]
        let newlyCovered = entities.filter { !covered.contains($0) }
        covered.formUnion(newlyCovered)
        chosen.append(candidate)
        guard var sharedWords, var newEntities else { return }
        let words = profile.candidates[candidate].contentWords
        for other in profile.candidates.indices {
            sharedWords[other] = max(sharedWords[other], sharedCount(profile.candidates[other].contentWords, words))
            if !newlyCovered.isEmpty {
                newEntities[other] -= profile.entityKeys[profile.candidates[other].entities].filter(newlyCovered.contains).count
            }
        }
        self.sharedWords = sharedWords
        self.newEntities = newEntities
    }

    /// The most content words `candidate` shares with one chosen sentence.
    func mostSharedWords(with candidate: Int) -> Int {
        if let sharedWords { return sharedWords[candidate] }
        let words = profile.candidates[candidate].contentWords
        return chosen.map { sharedCount(words, profile.candidates[$0].contentWords) }.max() ?? 0
    }

    /// How many of the distinct entities of `candidate` no chosen sentence mentions.
    func uncoveredEntities(of candidate: Int) -> Int {
        if let newEntities { return newEntities[candidate] }
        return profile.entityKeys[profile.candidates[candidate].entities].filter { !covered.contains($0) }.count
    }

    /// The number of words two candidates' sorted content-word ranges have in common.
    private func sharedCount(_ first: Range<Int>, _ second: Range<Int>) -> Int {
        let words = profile.contentWords
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
