/// Why an ``NSumm`` value could not be set up.
public enum NSummError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The lexicons could not be loaded.
    case lexicons(LexiconError)
    /// ICU could not open its sentence rules for the language (its data is missing).
    case icuUnavailable(language: String)

    /// One line saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .lexicons(let error):
            return error.description
        case .icuUnavailable(let language):
            return "ICU has no sentence rules for '\(language)'; reinstall libicu (apt-get install libicu72)"
        }
    }
}
