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
        let profile = self.profile(of: document, entities: entities)
        let count = profile.candidates.count
        let featureCount = features.count
        var values = [Double](repeating: 0, count: count * featureCount)
        var scores = [Double](repeating: 0, count: count)
        let empty = SummaryCoverage(profile, tracking: false)
        for candidate in 0..<count {
            for index in features.indices where !isDynamic[index] {
                let value = features[index].value(of: candidate, in: profile, selection: empty)
                values[candidate * featureCount + index] = value
                scores[candidate] += weights[index] * value
            }
        }
        let dynamic = features.indices.filter { isDynamic[$0] && weights[$0] != 0 }
        let picks: [Int]
        if dynamic.isEmpty {
            // The selection changes no score: the best static scores win, and the values of the
            // selection-dependent features are worked out only if someone asks (Summary).
            picks = choose(from: profile, length: length, order: (0..<count).sorted { Self.precedes($0, $1, scores) })
        } else {
            picks = chooseGreedily(from: profile, length: length, dynamic: dynamic, values: &values, scores: &scores)
        }
        var ranks = [Int](repeating: 0, count: count)
        for (position, candidate) in picks.enumerated() { ranks[candidate] = position + 1 }
        let rest = (0..<count).filter { ranks[$0] == 0 }.sorted { Self.precedes($0, $1, scores) }
        for (position, candidate) in rest.enumerated() { ranks[candidate] = picks.count + position + 1 }
        return makeSummary(
            document, entities: entities, length: length, profile: profile, picks: picks,
            scores: Summary.Scores(
                values: values, totals: scores, ranks: ranks, selectionValuesKnown: !dynamic.isEmpty))
    }

    /// What the features measure in `document`.
    func profile(of document: Document, entities: [Entity]) -> ArticleProfile {
        ArticleProfile(document, entities: entities, countedKinds: configuration.entityKinds, stopWords: stopWords)
    }

    /// Takes candidates in `order` while the length allows.
    private func choose(from profile: ArticleProfile, length: SummaryLength, order: [Int]) -> [Int] {
        var budget = LengthBudget(length, profile: profile)
        var picks: [Int] = []
        for candidate in order where budget.wantsMore {
            if budget.take(candidate) { picks.append(candidate) }
        }
        return picks
    }

    /// Takes the best candidate again and again, scoring the selection-dependent features
    /// against what is chosen so far; fills in their values (at the time of choice for the
    /// chosen sentences, against the whole summary for the others) and adds them to `scores`.
    ///
    /// - Complexity: O(*k* · *n*) for *k* chosen sentences and *n* words and entities of the
    ///   candidates.
    private func chooseGreedily(
        from profile: ArticleProfile, length: SummaryLength, dynamic: [Int], values: inout [Double],
        scores: inout [Double]
    ) -> [Int] {
        let count = profile.candidates.count
        let featureCount = features.count
        var budget = LengthBudget(length, profile: profile)
        var selection = SummaryCoverage(profile, tracking: true)
        var open = [Bool](repeating: true, count: count)
        var chosen = [Bool](repeating: false, count: count)
        func total(_ candidate: Int) -> Double {
            dynamic.reduce(scores[candidate]) {
                $0 + weights[$1] * features[$1].value(of: candidate, in: profile, selection: selection)
            }
        }
        func record(_ candidate: Int) {
            for index in features.indices where isDynamic[index] {
                let value = features[index].value(of: candidate, in: profile, selection: selection)
                values[candidate * featureCount + index] = value
                scores[candidate] += weights[index] * value
            }
        }
        while budget.wantsMore {
            var best: (candidate: Int, score: Double)? = nil
            for candidate in 0..<count where open[candidate] {
                let score = total(candidate)
                if best == nil || score > best!.score { best = (candidate, score) }
            }
            guard let best else { break }
            open[best.candidate] = false
            guard budget.take(best.candidate) else { continue }
            record(best.candidate)
            selection.add(best.candidate)
            chosen[best.candidate] = true
        }
        for candidate in 0..<count where !chosen[candidate] { record(candidate) }
        return selection.chosen
    }

    /// Higher score first; the earlier sentence on a tie.
    private static func precedes(_ first: Int, _ second: Int, _ scores: [Double]) -> Bool {
        scores[first] != scores[second] ? scores[first] > scores[second] : first < second
    }

    private func makeSummary(
        _ document: Document, entities: [Entity], length: SummaryLength, profile: ArticleProfile,
        picks: [Int], scores: Summary.Scores
    ) -> Summary {
        var candidateIndex = [Int](repeating: -1, count: document.sentences.count)
        for (index, candidate) in profile.candidates.enumerated() { candidateIndex[candidate.sentence] = index }
        func key(_ index: Int) -> (Int, Int) { (entities[index].sentence, entities[index].range.utf8.lowerBound) }
        // The spotter gives valid entities in this order already; others may not.
        let sentenceCount = document.sentences.count
        let isClean = entities.indices.allSatisfy {
            (0..<sentenceCount).contains(entities[$0].sentence) && ($0 == 0 || key($0 - 1) <= key($0))
        }
        let sorted = isClean
            ? entities
            : entities.indices.filter { (0..<sentenceCount).contains(entities[$0].sentence) }
                .sorted { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }.map { entities[$0] }
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
            candidateIndex: candidateIndex, scores: scores, entityRanges: entityRanges, profile: profile,
            picks: picks, features: features)
    }
}
