/// Why a ``SummarizerConfiguration`` could not be built or read.
public enum SummarizerConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No feature has this name.
    case unknownFeature(String)
    /// A configuration file has a key the summarizer does not know.
    case unknownKey(String)
    /// A value is out of range or of the wrong type.
    case invalidValue(key: String, reason: String)
    /// A configuration file is not the JSON object expected.
    case malformed(String)

    /// One line: what is wrong and what to do.
    public var description: String {
        switch self {
        case .unknownFeature(let name):
            return "unknown feature '\(name)'; the features are "
                + SummarizerConfiguration.featureNames.joined(separator: ", ")
        case .unknownKey(let key):
            return "unknown configuration key '\(key)'; the keys are weights, positionScale, "
                + "shortSentenceWords and entityKinds"
        case .invalidValue(let key, let reason):
            return "'\(key)': \(reason)"
        case .malformed(let reason):
            return "not a summarizer configuration: \(reason)"
        }
    }
}
