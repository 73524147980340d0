/// One measurable property of a candidate sentence that the ``Summarizer`` weighs.
///
/// A sentence's score is the weighted sum of its feature values,
/// `score = Σ weight(feature) × value(feature)`, with the weights of
/// ``SummarizerConfiguration``. Each feature documents its formula; values lie between 0 and 1
/// (a weight's sign says whether the property helps or hurts). Features whose value depends on
/// the sentences already chosen (``dependsOnSelection``) are computed again at every step of the
/// greedy selection.
protocol SentenceFeature: Sendable {
    /// The name used in configurations (`--weights name=value`), JSON output and `--explain`.
    static var name: String { get }
    /// Whether ``value(of:in:selection:)`` looks at the selection.
    static var dependsOnSelection: Bool { get }
    /// The value for candidate `candidate` of `profile`, given the sentences chosen so far.
    func value(of candidate: Int, in profile: ArticleProfile, selection: SummaryCoverage) -> Double
}

extension SentenceFeature {
    /// Most features look at the sentence alone.
    static var dependsOnSelection: Bool { false }
}
