/// An extractive summary of a ``Document``: which body sentences were chosen, and for every
/// sentence why (its feature values, score and rank) and what entities it holds.
///
/// ```swift
/// let summary = nsumm.summarize(doc, length: .sentences(3))
/// print(summary.text)                                  // the chosen sentences, datelines left out
/// for sentence in summary.sentences where sentence.isSelected {
///     print(sentence.index, sentence.score!.total, sentence.content)
/// }
/// ```
public struct Summary: Sendable {
    /// The summarized document.
    public let document: Document
    /// The length asked for.
    public let length: SummaryLength
    /// Indices into ``Document/sentences`` of the chosen sentences, in article order.
    public let selection: [Int]
    /// The feature names, in the order of ``SentenceScore/values``.
    public let featureNames: [String]
    /// The document's entities, sorted by sentence.
    public let entities: [Entity]
    /// For every sentence of the document, its candidate index, or -1 when it is no candidate.
    let candidateIndex: [Int]
    /// The scores of the candidates, in article order.
    let scores: Scores
    /// For every sentence of the document, its entities as a range of ``entities``.
    let entityRanges: [Range<Int>]
    /// What the features measured, for the values worked out on demand.
    let profile: ArticleProfile
    /// The chosen candidates in the order they were chosen.
    let picks: [Int]
    /// The features, in the order of ``featureNames``.
    let features: [any SentenceFeature]

    /// The chosen sentences in article order, without datelines, joined by spaces (line breaks
    /// inside a sentence become spaces too).
    public var text: String {
        selectedSentences.joined(separator: " ")
    }

    /// The chosen sentences in article order, without datelines, each on one line.
    public var selectedSentences: [String] {
        selection.map { index in
            let sentence = document.sentences[index]
            return document.text.singleLineString(sentence.contentStart..<sentence.span.upperBound)
        }
    }

    /// The candidates' feature values, totals and ranks, in flat arrays.
    struct Scores {
        /// Row by row: the values of the features of each candidate.
        let values: [Double]
        let totals: [Double]
        let ranks: [Int]
        /// Whether ``values`` holds the selection-dependent features too; when none of them
        /// has a weight they play no part in the choice and are worked out only when asked for.
        let selectionValuesKnown: Bool
    }

    /// The total score and rank of sentence `index` of the document, without the feature values
    /// (``score(ofSentence:)`` has those); nil when it was no candidate.
    ///
    /// - Complexity: O(1).
    public func standing(ofSentence index: Int) -> (total: Double, rank: Int)? {
        let candidate = candidateIndex[index]
        return candidate < 0 ? nil : (scores.totals[candidate], scores.ranks[candidate])
    }

    /// The scoring of sentence `index` of the document; nil when it was no candidate (titles,
    /// datelines, bylines, boilerplate).
    ///
    /// - Complexity: O(*k* · *w*) for *k* chosen sentences of *w* words when the
    ///   selection-dependent features weigh nothing (their values are worked out now), else O(1).
    public func score(ofSentence index: Int) -> SentenceScore? {
        let candidate = candidateIndex[index]
        guard candidate >= 0 else { return nil }
        let count = featureNames.count
        var values = Array(scores.values[(candidate * count)..<((candidate + 1) * count)])
        if !scores.selectionValuesKnown {
            let before = picks.firstIndex(of: candidate).map { picks[..<$0] } ?? picks[...]
            let selection = SummaryCoverage(profile, choosing: before)
            for (column, feature) in features.enumerated() where type(of: feature).dependsOnSelection {
                values[column] = feature.value(of: candidate, in: profile, selection: selection)
            }
        }
        return SentenceScore(values: values, total: scores.totals[candidate], rank: scores.ranks[candidate])
    }

    /// Everything about sentence `index` of the document.
    public func sentence(_ index: Int) -> SummarySentence {
        let sentence = document.sentences[index]
        let score = score(ofSentence: index)
        return SummarySentence(
            index: index, text: document.text(of: sentence), content: document.content(of: sentence),
            kind: sentence.kind, paragraph: sentence.paragraph, range: sentence.range,
            contentRange: document.contentRange(of: sentence), dateline: sentence.dateline, score: score,
            isSelected: score.map { $0.rank <= selection.count } ?? false,
            entities: Array(entities[entityRanges[index]]))
    }

    /// Every sentence of the document, in order.
    ///
    /// - Complexity: O(*n*) in the length of the document; builds a string per sentence.
    public var sentences: [SummarySentence] {
        document.sentences.indices.map(sentence)
    }
}

/// One sentence as the summarizer saw it.
public struct SummarySentence: Sendable {
    /// Position of the sentence in the document, from 0.
    public let index: Int
    /// The whole sentence (NFC), dateline included.
    public let text: String
    /// The sentence without its dateline: what a summary shows.
    public let content: String
    /// What the sentence is; only body sentences are candidates.
    public let kind: SentenceKind
    /// Index of its paragraph.
    public let paragraph: Int
    /// Where it is in the original input.
    public let range: TextRange
    /// Where ``content`` is in the original input (``range`` without the dateline).
    public let contentRange: TextRange
    /// The dateline at its start, if any.
    public let dateline: TextRange?
    /// Its feature values, score and rank; nil for sentences that are not candidates (titles,
    /// datelines, bylines, boilerplate).
    public let score: SentenceScore?
    /// Whether the summary holds it.
    public let isSelected: Bool
    /// The entities in it.
    public let entities: [Entity]
}

/// The scoring of one candidate sentence.
public struct SentenceScore: Sendable, Hashable {
    /// The value of each feature, in the order of ``Summary/featureNames``. Features that
    /// depend on the sentences chosen before (`entityNovelty`, `redundancy`) hold the value the
    /// sentence had when it was chosen, or, for sentences not chosen, the value given the whole
    /// summary.
    public let values: [Double]
    /// The weighted sum of ``values``.
    public let total: Double
    /// 1 for the sentence chosen first, and so on; the sentences not chosen follow by falling
    /// score (ties by position).
    public let rank: Int
}
