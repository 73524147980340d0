/// How long a summary is. Sentences are never cut: a summary is always whole sentences.
///
/// ```swift
/// nsumm.summarize(doc, length: .sentences(3))   // the 3 best sentences
/// nsumm.summarize(doc, length: .ratio(0.2))     // a fifth of the body sentences
/// nsumm.summarize(doc, length: .words(60))      // as many as fit in 60 words
/// ```
public enum SummaryLength: Sendable, Hashable {
    /// This many sentences (fewer when the article has fewer body sentences).
    case sentences(Int)
    /// This share of the article's body sentences, rounded, and at least one; between 0 and 1.
    case ratio(Double)
    /// The best sentences that together have at most this many words: going down the ranking,
    /// a sentence that no longer fits is passed over for shorter ones after it. Empty when no
    /// sentence is short enough.
    case words(Int)

    /// The number of sentences to choose from `candidates` body sentences, or nil for a word
    /// budget.
    func sentenceCount(of candidates: Int) -> Int? {
        switch self {
        case .sentences(let count):
            return min(max(0, count), candidates)
        case .ratio(let ratio):
            guard candidates > 0, ratio > 0 else { return 0 }
            return min(candidates, max(1, Int((ratio * Double(candidates)).rounded())))
        case .words:
            return nil
        }
    }
}

extension SummaryLength: Encodable {
    private enum CodingKeys: String, CodingKey {
        case sentences, ratio, words
    }

    /// `{"sentences": 3}`, `{"ratio": 0.2}` or `{"words": 60}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .sentences(let count): try container.encode(count, forKey: .sentences)
        case .ratio(let ratio): try container.encode(ratio, forKey: .ratio)
        case .words(let words): try container.encode(words, forKey: .words)
        }
    }
}
