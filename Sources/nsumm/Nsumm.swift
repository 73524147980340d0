import ArgumentParser

/// The `nsumm` command: Indonesian news to sentences, summaries and XLIFF bundles.
@main
struct Nsumm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nsumm",
        abstract: "Indonesian news articles to clean sentences, short summaries and XLIFF bundles.",
        discussion: """
            Exit status: 0 success, 64 wrong usage, 65 bad input data (not UTF-8, NUL bytes, \
            invalid XLIFF), 66 an input is missing or unreadable, 70 internal error, 73 an \
            output cannot be created, 74 input/output error.
            """,
        version: "0.1.0",
        subcommands: [Segment.self, Entities.self, Summarize.self, Xliff.self, Merge.self]
    )
}
