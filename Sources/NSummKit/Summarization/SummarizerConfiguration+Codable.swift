import FoundationEssentials

extension SummarizerConfiguration: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case weights, positionScale, shortSentenceWords, entityKinds
    }

    /// Any key, to find the ones that are not ``CodingKeys``.
    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads a configuration; every key may be left out and keeps its default then.
    ///
    /// - Throws: ``SummarizerConfigurationError`` for unknown keys or features and values out
    ///   of range; `DecodingError` for values of the wrong type.
    public init(from decoder: any Decoder) throws {
        self.init()
        for key in try decoder.container(keyedBy: AnyKey.self).allKeys
        where CodingKeys(stringValue: key.stringValue) == nil {
            throw SummarizerConfigurationError.unknownKey(key.stringValue)
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for (name, weight) in try container.decodeIfPresent([String: Double].self, forKey: .weights) ?? [:] {
            try setWeight(weight, for: name)
        }
        if let scale = try container.decodeIfPresent(Double.self, forKey: .positionScale) {
            guard scale > 0 && scale.isFinite else {
                throw SummarizerConfigurationError.invalidValue(key: "positionScale", reason: "must be a positive number")
            }
            positionScale = scale
        }
        if let words = try container.decodeIfPresent(Int.self, forKey: .shortSentenceWords) {
            guard words >= 1 else {
                throw SummarizerConfigurationError.invalidValue(key: "shortSentenceWords", reason: "must be at least 1")
            }
            shortSentenceWords = words
        }
        if let kinds = try container.decodeIfPresent([String].self, forKey: .entityKinds) {
            entityKinds = []
            for name in kinds {
                guard let kind = EntityKind(rawValue: name) else {
                    throw SummarizerConfigurationError.invalidValue(
                        key: "entityKinds",
                        reason: "unknown kind '\(name)'; the kinds are "
                            + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
                }
                entityKinds.insert(kind)
            }
        }
    }

    /// Writes every key, entity kinds in a fixed order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weights, forKey: .weights)
        try container.encode(positionScale, forKey: .positionScale)
        try container.encode(shortSentenceWords, forKey: .shortSentenceWords)
        try container.encode(EntityKind.allCases.filter(entityKinds.contains).map(\.rawValue), forKey: .entityKinds)
    }

    /// Reads a configuration from JSON text (see the type's documentation for the format).
    ///
    /// - Throws: ``SummarizerConfigurationError`` saying what is wrong.
    public init(json: [UInt8]) throws(SummarizerConfigurationError) {
        do {
            self = try JSONDecoder().decode(Self.self, from: Data(json))
        } catch let error as SummarizerConfigurationError {
            throw error
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .invalidValue(key: path.isEmpty ? "(top level)" : path, reason: "expected \(Self.describe(type))")
        } catch DecodingError.dataCorrupted(let context) {
            throw .malformed(context.debugDescription)
        } catch {
            throw .malformed("\(error)")
        }
    }

    /// The configuration as indented JSON with sorted keys (what `--print-config` shows).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        // Encoding plain numbers, strings and dictionaries cannot fail.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type: return "a number"
        case is Int.Type: return "a whole number"
        case is String.Type: return "a string"
        default: return "a value of another type (\(type))"
        }
    }
}
