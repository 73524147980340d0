import Dispatch
import Foundation
import Testing
@testable import NSummKit

@Suite struct SummarizerConcurrencyTests {
    /// One summarizer shared by many threads gives each of them the same summaries as a single
    /// thread does.
    @Test func sharedSummarizerIsThreadSafe() throws {
        let nsumm = try NSumm(language: .indonesian)
        var configuration = SummarizerConfiguration()
        try configuration.setWeights("redundancy=-0.3,entityNovelty=0.2")
        let summarizer = Summarizer(nsumm: nsumm, configuration: configuration)
        let articles = [SummaryTestArticles.flood, SummaryTestArticles.harvest, SummaryTestArticles.flood + "Banjir surut pada Rabu sore.\n"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let expected = try articles.map { try encoder.encode(summarizer.summarize(nsumm.analyze($0), length: .sentences(3))) }
        let results = Results(count: 16 * 30)
        DispatchQueue.concurrentPerform(iterations: 16) { thread in
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for round in 0..<30 {
                let article = (thread + round) % articles.count
                let summary = summarizer.summarize(nsumm.analyze(articles[article]), length: .sentences(3))
                results.set(thread * 30 + round, (article, try? encoder.encode(summary)))
            }
        }
        for (article, json) in results.values { #expect(json == expected[article]) }
    }

    /// Results written from many threads, each slot by one.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [(Int, Data?)]
        init(count: Int) { values = Array(repeating: (0, nil), count: count) }
        func set(_ index: Int, _ value: (Int, Data?)) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
