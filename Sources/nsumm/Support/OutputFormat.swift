import ArgumentParser

/// How a subcommand prints its results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Plain text for people and pipes.
    case text
    /// One JSON value: an object for one input, an array of them for several.
    case json
    /// JSON Lines: one compact object per record.
    case jsonl
}
