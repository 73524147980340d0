extension Summary: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, length, summary, selection, features, sentences
    }

    /// `{"name", "length", "summary", "selection", "features", "sentences": [SummarySentence]}`:
    /// the summary text, the indices of the chosen sentences, the feature names and every
    /// sentence of the document.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document.name, forKey: .name)
        try container.encode(length, forKey: .length)
        try container.encode(text, forKey: .summary)
        try container.encode(selection, forKey: .selection)
        try container.encode(featureNames, forKey: .features)
        var list = container.nestedUnkeyedContainer(forKey: .sentences)
        for index in document.sentences.indices {
            try list.encode(EncodedSentence(sentence: sentence(index), featureNames: featureNames))
        }
    }

    /// A sentence with its feature values keyed by name, rounded to 6 decimals.
    private struct EncodedSentence: Encodable {
        let sentence: SummarySentence
        let featureNames: [String]

        private enum CodingKeys: String, CodingKey {
            case index, text, content, kind, paragraph, range, contentRange, dateline, features, score, rank,
                selected, entities
        }

        private enum EntityKeys: String, CodingKey {
            case kind, text, range
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sentence.index, forKey: .index)
            try container.encode(sentence.text, forKey: .text)
            try container.encode(sentence.content, forKey: .content)
            try container.encode(sentence.kind, forKey: .kind)
            try container.encode(sentence.paragraph, forKey: .paragraph)
            try container.encode(sentence.range, forKey: .range)
            try container.encode(sentence.contentRange, forKey: .contentRange)
            try container.encodeIfPresent(sentence.dateline, forKey: .dateline)
            if let score = sentence.score {
                var values: [String: Double] = [:]
                for (name, value) in zip(featureNames, score.values) { values[name] = Self.rounded(value) }
                try container.encode(values, forKey: .features)
                try container.encode(Self.rounded(score.total), forKey: .score)
                try container.encode(score.rank, forKey: .rank)
            }
            try container.encode(sentence.isSelected, forKey: .selected)
            var entities = container.nestedUnkeyedContainer(forKey: .entities)
            for entity in sentence.entities {
                var object = entities.nestedContainer(keyedBy: EntityKeys.self)
                try object.encode(entity.kind.rawValue, forKey: .kind)
                try object.encode(entity.text, forKey: .text)
                try object.encode(entity.range, forKey: .range)
            }
        }

        /// Six decimals are plenty to read and compare scores, and keep the JSON short.
        static func rounded(_ value: Double) -> Double {
            (value * 1_000_000).rounded() / 1_000_000
        }
    }
}
