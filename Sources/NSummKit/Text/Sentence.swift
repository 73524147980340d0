/// One sentence of a ``Document``, pointing back to its exact place in the input.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence is in the original input (leading and trailing spaces excluded).
    public let range: TextRange
    /// Index of the paragraph that holds the sentence.
    public let paragraph: Int
    /// What the sentence is: title, body text, byline or site debris.
    public let kind: SentenceKind
    /// The dateline that opens the sentence (`Jakarta, PUBLIKASI –`), if any. It is part of
    /// ``range``; summaries leave it out.
    public let dateline: TextRange?
    /// The sentence's span in the normalised text.
    let span: Range<Int>
    /// Where the sentence proper starts in the normalised text: after the dateline, if any.
    let contentStart: Int
}
