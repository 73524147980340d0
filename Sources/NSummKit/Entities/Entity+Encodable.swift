extension Entity: Encodable {
    private enum CodingKeys: String, CodingKey {
        case sentence, type, text, range
    }

    /// `{"sentence": 3, "type": "PER", "text": "Kassym-Jomart Tokayev", "range": TextRange}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(kind, forKey: .type)
        try container.encode(text, forKey: .text)
        try container.encode(range, forKey: .range)
    }
}
