/// Why lexicons could not be loaded.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No lexicons exist for the language, built in or in the user's folders.
    case unknownLanguage(code: String, available: [String])
    /// A user lexicon folder cannot be read.
    case unreadableDirectory(path: String, reason: String)
    /// A user lexicon file cannot be read or is not UTF-8.
    case unreadableFile(path: String, reason: String)
    /// A pattern lexicon (`datelines`, `bylines`) holds an entry that is not a valid regular
    /// expression.
    case invalidPattern(lexicon: String, pattern: String)

    /// One line saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .unknownLanguage(let code, let available):
            return "no lexicons for language '\(code)'; available: "
                + "\(available.joined(separator: ", ")) (or add a folder \(code)/ with --lexicons)"
        case .unreadableDirectory(let path, let reason):
            return "\(path): cannot read lexicon folder (\(reason)); check the --lexicons path"
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read lexicon file (\(reason)); lexicons are UTF-8 text files"
        case .invalidPattern(let lexicon, let pattern):
            return "lexicon \(lexicon): '\(pattern)' is not a valid ICU regular expression; fix or remove that line"
        }
    }
}
