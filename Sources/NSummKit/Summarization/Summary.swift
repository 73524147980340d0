import Foundation

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
    let scores: [SentenceScore]
    /// For every sentence of the document, its entities as a range of ``entities``.
    let entityRanges: [Range<Int>]

    /// The chosen sentences in article order, without datelines, joined by spaces (line breaks
    /// inside a sentence become spaces too).
    public var text: String {
        selection.map { document.content(of: document.sentences[$0]).joinedLines }.joined(separator: " ")
    }

    /// The chosen sentences in article order, without datelines, each on one line.
    public var selectedSentences: [String] {
        selection.map { document.content(of: document.sentences[$0]).joinedLines }
    }

    /// Everything about sentence `index` of the document.
    public func sentence(_ index: Int) -> SummarySentence {
        let sentence = document.sentences[index]
        let candidate = candidateIndex[index]
        return SummarySentence(
            index: index, text: document.text(of: sentence), content: document.content(of: sentence),
            kind: sentence.kind, paragraph: sentence.paragraph, range: sentence.range,
            contentRange: document.contentRange(of: sentence), dateline: sentence.dateline, score: candidate < 0 ? nil : scores[candidate],
            isSelected: candidate >= 0 && scores[candidate].rank <= selection.count,
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

extension String {
    /// The string with each line break, and the white space around it, turned into one space.
    var joinedLines: String {
        // Line breaks are U+000A…U+000D, U+0085, U+2028 and U+2029; the bytes 0x85, 0xA8 and 0xA9
        // also occur inside other characters, which only costs the slower check below.
        guard utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 })
        else { return self }
        return split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
