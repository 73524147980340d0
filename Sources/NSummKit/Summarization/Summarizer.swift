/// Picks the sentences of a news article that an editor would keep.
///
/// Every body sentence is a candidate (titles, datelines, bylines and boilerplate never are).
/// Each candidate gets a score, the weighted sum of its feature values (see
/// ``SummarizerConfiguration`` for the features, their formulas and weights), and the summary
/// takes candidates greedily: at each step the best-scoring one that is left (ties go to the
/// earlier sentence), recomputing the features that depend on what was chosen before. The
/// chosen sentences come out in article order, whole, without their datelines.
///
/// Build one summarizer and share it: it is immutable, `Sendable` and safe to use from many
/// threads at once.
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let summarizer = Summarizer(nsumm: nsumm)
/// let summary = summarizer.summarize(nsumm.analyze(text), length: .sentences(3))
/// print(summary.text)
/// ```
public struct Summarizer: Sendable {
    /// The features, in the order of ``Summary/featureNames``.
    static let featureTypes: [any SentenceFeature.Type] = [
        PositionFeature.self, ParagraphPositionFeature.self, QuoteFeature.self,
        ShortSentenceFeature.self, QuestionFeature.self, CentralityFeature.self,
        EntityDensityFeature.self, EntityNoveltyFeature.self, RedundancyFeature.self,
    ]

    /// The weights and options in use.
    public let configuration: SummarizerConfiguration
    private let nsumm: NSumm
    private let features: [any SentenceFeature]
    private let weights: [Double]
    /// For each feature, whether it depends on the selection (looked up once, not per sentence).
    private let isDynamic: [Bool]
    private let stopWords: WordCounts

    /// A summarizer that spots entities with `nsumm` and scores with `configuration`.
    ///
    /// - Precondition: `configuration.positionScale` is positive and finite and
    ///   `configuration.shortSentenceWords` is at least 1 (a decoded configuration always is).
    public init(nsumm: NSumm, configuration: SummarizerConfiguration = SummarizerConfiguration()) {
        precondition(configuration.positionScale > 0 && configuration.positionScale.isFinite, "positionScale must be positive")
        precondition(configuration.shortSentenceWords >= 1, "shortSentenceWords must be at least 1")
        self.nsumm = nsumm
        self.configuration = configuration
        features = [
            PositionFeature(scale: configuration.positionScale), ParagraphPositionFeature(), QuoteFeature(),
            ShortSentenceFeature(minimumWords: configuration.shortSentenceWords), QuestionFeature(),
            CentralityFeature(), EntityDensityFeature(), EntityNoveltyFeature(), RedundancyFeature(),
        ]
        weights = features.map { configuration.weight(of: type(of: $0).name) }
        isDynamic = features.map { type(of: $0).dependsOnSelection }
        stopWords = WordCounts(nsumm.lexicons.words("stopwords").compactMap { WordScanner.hash($0) })
    }

    /// Summarizes `document`, spotting its entities first.
    ///
    /// - Complexity: O(*n* log *n*) in the length of the document when no feature that
    ///   depends on the selection has a weight; O(*k* · *m*) more with one, for *k* chosen of
    ///   *m* candidates (O(*m*²) for a word budget).
    public func summarize(_ document: Document, length: SummaryLength = .sentences(3)) -> Summary {
        summarize(document, entities: nsumm.entities(in: document), length: length)
    }

    /// Summarizes `document` with entities found elsewhere (each ``Entity/sentence`` must be an
    /// index into `document.sentences`; others are ignored).
    public func summarize(_ document: Document, entities: [Entity], length: SummaryLength) -> Summary {
        let profile = ArticleProfile(
            document, entities: entities, countedKinds: configuration.entityKinds, stopWords: stopWords)
        let count = profile.candidates.count
        let featureCount = features.count
        var values = [Double](repeating: 0, count: count * featureCount)
        var staticScores = [Double](repeating: 0, count: count)
        for candidate in 0..<count {
            for (index, feature) in features.enumerated() where !isDynamic[index] {
                let value = feature.value(of: candidate, in: profile, after: [])
                values[candidate * featureCount + index] = value
                staticScores[candidate] += weights[index] * value
            }
        }
        let picks = choose(from: profile, staticScores: staticScores, length: length)
        var totals = staticScores
        for candidate in 0..<count {
            let before = picks.firstIndex(of: candidate).map { Array(picks[..<$0]) } ?? picks
            for (index, feature) in features.enumerated() where isDynamic[index] {
                let value = feature.value(of: candidate, in: profile, after: before)
                values[candidate * featureCount + index] = value
                totals[candidate] += weights[index] * value
            }
        }
        var ranks = [Int](repeating: 0, count: count)
        for (order, candidate) in picks.enumerated() { ranks[candidate] = order + 1 }
        let rest = (0..<count).filter { ranks[$0] == 0 }.sorted { Self.precedes($0, $1, totals) }
        for (order, candidate) in rest.enumerated() { ranks[candidate] = picks.count + order + 1 }
        return makeSummary(
            document, entities: entities, length: length, profile: profile, picks: picks,
            scores: (0..<count).map {
                SentenceScore(
                    values: Array(values[($0 * featureCount)..<(($0 + 1) * featureCount)]),
                    total: totals[$0], rank: ranks[$0])
            })
    }

    /// The candidates to keep, in the order they are chosen.
    private func choose(from profile: ArticleProfile, staticScores: [Double], length: SummaryLength) -> [Int] {
        let count = profile.candidates.count
        let target = length.sentenceCount(of: count) ?? count
        var budget: Int? = nil
        if case .words(let words) = length { budget = max(0, words) }
        let dynamic = features.indices.filter { isDynamic[$0] && weights[$0] != 0 }
        var picks: [Int] = []
        func fits(_ candidate: Int) -> Bool {
            budget.map { profile.candidates[candidate].wordCount <= $0 } ?? true
        }
        if dynamic.isEmpty {
            for candidate in (0..<count).sorted(by: { Self.precedes($0, $1, staticScores) }) where picks.count < target {
                guard fits(candidate) else { continue }
                picks.append(candidate)
                budget? -= profile.candidates[candidate].wordCount
            }
            return picks
        }
        var open = [Bool](repeating: true, count: count)
        while picks.count < target {
            var best: (candidate: Int, score: Double)? = nil
            for candidate in 0..<count where open[candidate] {
                var score = staticScores[candidate]
                for index in dynamic {
                    score += weights[index] * features[index].value(of: candidate, in: profile, after: picks)
                }
                if best == nil || score > best!.score { best = (candidate, score) }
            }
            guard let best else { break }
            open[best.candidate] = false
            guard fits(best.candidate) else { continue }
            picks.append(best.candidate)
            budget? -= profile.candidates[best.candidate].wordCount
        }
        return picks
    }

    /// Higher score first; the earlier sentence on a tie.
    private static func precedes(_ first: Int, _ second: Int, _ scores: [Double]) -> Bool {
        scores[first] != scores[second] ? scores[first] > scores[second] : first < second
    }

    private func makeSummary(
        _ document: Document, entities: [Entity], length: SummaryLength, profile: ArticleProfile,
        picks: [Int], scores: [SentenceScore]
    ) -> Summary {
        var candidateIndex = [Int](repeating: -1, count: document.sentences.count)
        for (index, candidate) in profile.candidates.enumerated() { candidateIndex[candidate.sentence] = index }
        let valid = entities.filter { document.sentences.indices.contains($0.sentence) }
        let sorted = valid.indices.sorted {
            (valid[$0].sentence, valid[$0].range.utf8.lowerBound, $0) < (valid[$1].sentence, valid[$1].range.utf8.lowerBound, $1)
        }.map { valid[$0] }
        var entityRanges = [Range<Int>](repeating: 0..<0, count: document.sentences.count)
        var start = 0
        for sentence in document.sentences.indices {
            var end = start
            while end < sorted.count && sorted[end].sentence == sentence { end += 1 }
            entityRanges[sentence] = start..<end
            start = end
        }
        return Summary(
            document: document, length: length,
            selection: picks.map { profile.candidates[$0].sentence }.sorted(),
            featureNames: features.map { type(of: $0).name }, entities: sorted,
            candidateIndex: candidateIndex, scores: scores, entityRanges: entityRanges)
    }
}
