import ArgumentParser
import NSummKit

/// How long a summary is: `--sentences`, `--ratio` or `--words` (at most one; three sentences
/// when none is given).
struct SummaryLengthOptions: ParsableArguments {
    @Option(help: "Summary length in sentences (default 3).")
    var sentences: Int?

    @Option(help: "Summary length as a share of the body sentences, more than 0 and at most 1 (at least one sentence).")
    var ratio: Double?

    @Option(help: "Summary length: the best sentences that fit together in this many words.")
    var words: Int?

    func validate() throws {
        if [sentences != nil, ratio != nil, words != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --sentences, --ratio and --words")
        }
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be more than 0 and at most 1") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1") }
    }

    /// The length asked for.
    var length: SummaryLength {
        if let ratio { return .ratio(ratio) }
        if let words { return .words(words) }
        return .sentences(sentences ?? 3)
    }
}
