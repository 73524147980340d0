/// The regular expressions of one lexicon, compiled the first time one is needed. Compiling
/// ICU expressions with Unicode properties costs milliseconds, which a short article may never
/// need; the lock makes the one-time compilation safe from any thread.
final class PatternList: @unchecked Sendable {
    // `compiled` is only read or written while `lock` is held.
    private let sources: [String]
    private let lock = Lock()
    private var compiled: [LinePattern]?

    /// The expressions `sources`, not compiled yet.
    init(_ sources: [String]) {
        self.sources = sources
    }

    /// The compiled expressions (invalid ones left out; see ``invalidSources``).
    var patterns: [LinePattern] {
        lock.withLock {
            if let compiled { return compiled }
            let patterns = sources.compactMap(LinePattern.init)
            compiled = patterns
            return patterns
        }
    }

    /// The sources that are not valid expressions.
    var invalidSources: [String] {
        sources.filter { LinePattern($0) == nil }
    }
}
