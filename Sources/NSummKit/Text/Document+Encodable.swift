extension Document: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, paragraphs, sentences
    }

    /// `{"name", "paragraphs": [{"range", "sentences"}], "sentences": [SentenceRecord]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(sentences.indices.map { record(ofSentence: $0) }, forKey: .sentences)
    }

    /// Sentence `index` with its text, ready to encode.
    public func record(ofSentence index: Int) -> SentenceRecord {
        let sentence = sentences[index]
        return SentenceRecord(
            index: index, text: text(of: sentence), kind: sentence.kind,
            paragraph: sentence.paragraph, range: sentence.range, dateline: sentence.dateline)
    }
}

extension Paragraph: Encodable {
    private enum CodingKeys: String, CodingKey {
        case range, sentences
    }

    /// `{"range": TextRange, "sentences": [first, end]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        try container.encode(sentences, forKey: .sentences)
    }
}

/// A sentence with its text, as nsumm writes it in JSON.
public struct SentenceRecord: Encodable, Sendable {
    /// Position of the sentence in the document, from 0.
    public let index: Int
    /// The sentence text (NFC).
    public let text: String
    /// What the sentence is.
    public let kind: SentenceKind
    /// Index of its paragraph.
    public let paragraph: Int
    /// Where it is in the original input.
    public let range: TextRange
    /// The dateline at its start, if any.
    public let dateline: TextRange?
}
