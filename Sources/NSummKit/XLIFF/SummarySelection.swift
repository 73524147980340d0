/// Which sentences of a document form its summary, and their rank: the summarizer's answer, or
/// a choice made by hand. Indices are those of ``Document/sentences`` (from 0, as
/// `nsumm segment --format jsonl` numbers them); rank 1 is the most important sentence.
///
/// ```swift
/// let selection = SummarySelection(rankedSentences: [4, 1, 9])   // 4 has rank 1
/// selection.rank(of: 9)   // 3
/// ```
public struct SummarySelection: Sendable, Hashable {
    /// Sentence index → rank (from 1).
    public let ranks: [Int: Int]

    /// A selection from sentence indices, best first. A repeated index keeps its first rank.
    public init(rankedSentences: [Int]) {
        var ranks: [Int: Int] = [:]
        for index in rankedSentences where ranks[index] == nil {
            ranks[index] = ranks.count + 1
        }
        self.ranks = ranks
    }

    /// The rank of sentence `index`, or nil when it is not in the summary.
    public func rank(of index: Int) -> Int? { ranks[index] }

    /// How many sentences the summary has.
    public var count: Int { ranks.count }

    /// The selected sentence indices in document order.
    public var sentences: [Int] { ranks.keys.sorted() }
}
