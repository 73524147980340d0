import Foundation

/// A regular expression from a lexicon file (ICU syntax, through Foundation), matched at the
/// start of a piece of text.
struct LinePattern: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let expression: NSRegularExpression

    /// Compiles `pattern`; nil when it is not a valid expression (the lexicon line is skipped).
    init?(_ pattern: String) {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.expression = expression
    }

    /// The length in UTF-8 bytes of the match that starts at the beginning of `text`, if any.
    func prefixMatch(in text: String) -> Int? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, options: .anchored, range: range),
            let matched = Range(match.range, in: text)
        else { return nil }
        return text[matched].utf8.count
    }

    /// Whether the pattern matches all of `text`.
    func matchesWhole(_ text: String) -> Bool {
        prefixMatch(in: text) == text.utf8.count
    }
}
