/// A named entity or a number expression found in a sentence of a ``Document``.
public struct Entity: Sendable, Hashable {
    /// What the entity is.
    public let kind: EntityKind
    /// Where it is in the original input.
    public let range: TextRange
    /// Index of the sentence (in ``Document/sentences``) that holds it.
    public let sentence: Int
    /// The entity's text (NFC), as it appears in the sentence.
    public let text: String

    /// Creates an entity.
    public init(kind: EntityKind, range: TextRange, sentence: Int, text: String) {
        self.kind = kind
        self.range = range
        self.sentence = sentence
        self.text = text
    }
}
