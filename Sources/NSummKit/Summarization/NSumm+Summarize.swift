extension NSumm {
    /// Summarizes `document` with the default ``SummarizerConfiguration``.
    ///
    /// ```swift
    /// let nsumm = try NSumm(language: .indonesian)
    /// let summary = nsumm.summarize(nsumm.analyze(text), length: .sentences(3))
    /// ```
    ///
    /// Each call sets up a ``Summarizer``; to summarize many articles, or with another
    /// configuration, build one ``Summarizer`` and reuse it.
    public func summarize(_ document: Document, length: SummaryLength = .sentences(3)) -> Summary {
        Summarizer(nsumm: self).summarize(document, length: length)
    }
}
