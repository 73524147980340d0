import FoundationEssentials

/// JSON encoding with a stable key order, so that the same input gives the same bytes.
enum JSON {
    /// Compact JSON with sorted keys.
    static func compact<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// Indented JSON with sorted keys.
    static func pretty<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
