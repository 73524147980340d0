/// Everything that steers the ``Summarizer``: one weight per feature and the features' options.
///
/// A sentence's score is `Σ weight × value` over the features below; the summarizer keeps the
/// best-scoring body sentences (see ``Summarizer``). Each value lies between 0 and 1.
///
/// | feature | value | default weight |
/// |---|---|---|
/// | `position` | `exp(−p / positionScale)`, `p` = position among body sentences from 0 | 1 |
/// | `paragraphPosition` | `1 / (1 + q)`, `q` = position in its paragraph from 0 | 0 |
/// | `quote` | share of its letters inside quotation marks (direct speech) | −0.5 |
/// | `shortSentence` | `max(0, 1 − words / shortSentenceWords)` | −2 |
/// | `question` | 1 if it ends with `?` | −2 |
/// | `centrality` | cosine of its content words with those of the rest of the article | 0.1 |
/// | `entityDensity` | words inside entities of `entityKinds` / words | 0 |
/// | `entityNovelty` | share of its distinct entities not yet in the summary | 0 |
/// | `redundancy` | largest share of its content words that one chosen sentence has too | 0 |
///
/// The defaults were tuned on 200 IndoSum news articles with human summaries (cross-validated
/// over halves); see the README for the figures. Weights left at 0 are still computed and
/// reported, so `--explain` shows what they would add.
///
/// ```swift
/// var configuration = SummarizerConfiguration()
/// try configuration.setWeight(-1, for: "quote")
/// configuration.positionScale = 4
/// let summarizer = Summarizer(nsumm: nsumm, configuration: configuration)
/// ```
///
/// As JSON (`nsumm summarize --config file.json`; keys left out keep their defaults):
///
/// ```json
/// {"weights": {"quote": -1, "redundancy": -0.5}, "positionScale": 4}
/// ```
public struct SummarizerConfiguration: Sendable, Hashable {
    /// The feature names, in the order the summarizer reports them.
    public static let featureNames = Summarizer.featureTypes.map { $0.name }

    /// The weight of every feature, by name.
    public private(set) var weights: [String: Double]
    /// The position (among body sentences, from 0) at which the `position` value has fallen to
    /// 1/e; larger values spread the lead bonus over more sentences. Must be positive and
    /// finite (``Summarizer/init(nsumm:configuration:)`` checks).
    public var positionScale: Double
    /// Sentences with fewer words than this count as short (`shortSentence`). Must be at least
    /// 1 (``Summarizer/init(nsumm:configuration:)`` checks).
    public var shortSentenceWords: Int
    /// The entity kinds that `entityDensity` and `entityNovelty` count.
    public var entityKinds: Set<EntityKind>

    /// The tuned defaults.
    public init() {
        weights = [
            PositionFeature.name: 1,
            ParagraphPositionFeature.name: 0,
            QuoteFeature.name: -0.5,
            ShortSentenceFeature.name: -2,
            QuestionFeature.name: -2,
            CentralityFeature.name: 0.1,
            EntityDensityFeature.name: 0,
            EntityNoveltyFeature.name: 0,
            RedundancyFeature.name: 0,
        ]
        positionScale = 3
        shortSentenceWords = 10
        entityKinds = [.person, .organization, .location]
    }

    /// The weight of `feature` (0 for a name that is not a feature).
    public func weight(of feature: String) -> Double {
        weights[feature] ?? 0
    }

    /// Sets the weight of `feature`.
    ///
    /// - Throws: ``SummarizerConfigurationError/unknownFeature(_:)`` when no feature has that
    ///   name, ``SummarizerConfigurationError/invalidValue(key:reason:)`` for an infinite or NaN
    ///   weight.
    public mutating func setWeight(_ weight: Double, for feature: String) throws(SummarizerConfigurationError) {
        guard weights[feature] != nil else { throw .unknownFeature(feature) }
        guard weight.isFinite else { throw .invalidValue(key: feature, reason: "must be a finite number") }
        weights[feature] = weight
    }

    /// Applies `name=value` pairs separated by commas, such as `quote=-1,redundancy=-0.5`.
    ///
    /// - Throws: ``SummarizerConfigurationError`` naming the pair that is wrong.
    public mutating func setWeights(_ list: String) throws(SummarizerConfigurationError) {
        for pair in list.split(separator: ",", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            let name = parts[0].trimmingWhitespace()
            guard parts.count == 2, let weight = Double(parts[1].trimmingWhitespace())
            else { throw .invalidValue(key: name, reason: "write name=number, such as quote=-0.5") }
            try setWeight(weight, for: name)
        }
    }
}
