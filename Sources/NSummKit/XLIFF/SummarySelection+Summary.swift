extension SummarySelection {
    /// The sentences `summary` chose, ranked in the order the summarizer chose them.
    ///
    /// ```swift
    /// let summary = Summarizer(nsumm: nsumm).summarize(document, length: .sentences(3))
    /// let selection = SummarySelection(summary)   // for XLIFFExtractor
    /// ```
    public init(_ summary: Summary) {
        // Every chosen sentence is a candidate, so it has a standing.
        let ranked = summary.selection.sorted {
            (summary.standing(ofSentence: $0)!.rank, $0) < (summary.standing(ofSentence: $1)!.rank, $1)
        }
        self.init(rankedSentences: ranked)
    }
}
