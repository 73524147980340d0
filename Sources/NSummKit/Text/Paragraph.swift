/// A paragraph of a ``Document``: text between blank lines. Sentences never cross paragraphs.
public struct Paragraph: Sendable, Hashable {
    /// Where the paragraph is in the original input (surrounding spaces excluded).
    public let range: TextRange
    /// Indices into ``Document/sentences`` of the paragraph's sentences, in order.
    public let sentences: Range<Int>
}
