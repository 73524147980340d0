/// What a sentence is in the article. Only ``body`` sentences are news text; the others are kept
/// (nothing the user gave is dropped) but marked, so the summarizer and the XLIFF export can skip
/// them.
public enum SentenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The article's headline: a short first line without final punctuation.
    case title
    /// Ordinary article text.
    case body
    /// The author or agency credit, such as `*Arya` or `(ant/hms)`.
    case byline
    /// A dateline on its own, such as `Jakarta, PUBLIKASI –` on a line of its own, or the
    /// article's publication date and time (`Kamis, 12 Januari 2023 | 14:35 WIB`).
    case dateline
    /// Site debris: `Baca juga: …`, `ADVERTISEMENT`, `Leave a Comment!` and the like.
    case boilerplate
}
