import Dispatch
import Foundation
import Testing
@testable import NSummKit

/// The whole pipeline on one shared library value from eight threads at once — analysis,
/// entities, summaries, XLIFF export in both versions, reading back and merging — gives every
/// thread exactly what one thread alone gets. Run under ThreadSanitizer in CI.
@Suite struct PipelineConcurrencyTests {
    /// Everything the pipeline produces for one article, as bytes to compare.
    static func pipeline(_ text: String, nsumm: NSumm, summarizer: Summarizer) throws -> [UInt8] {
        let document = nsumm.analyze(SourceText(text, name: "artikel.txt"))
        let entities = nsumm.entities(in: document)
        let summary = summarizer.summarize(document, length: .sentences(3))
        let file = try XLIFFExtractor(scope: .full).file(
            for: document, id: "f1", original: "artikel.txt", summary: SummarySelection(summary),
            protecting: entities.compactMap(ProtectedSpan.init))
        let bundle = XLIFFBundle(sourceLanguage: try LanguageTag("id-ID"), targetLanguage: try LanguageTag("en-US"), files: [file])
        var output = Array(summary.text.utf8)
        for version in [XLIFFVersion.v1_2, .v2_1] {
            let written = try XLIFFWriter(version: version).write(bundle)
            let read = try XLIFFReader().read(written, name: "artikel.xlf")
            output += written + Array(XLIFFMerger().merge(read.bundle).map(\.text).joined().utf8)
        }
        return output
    }

    @Test func eightThreadsShareOneValue() throws {
        let nsumm = TestSupport.nsumm
        let summarizer = Summarizer(nsumm: nsumm, configuration: SummarizerConfiguration())
        let articles = try TestSupport.samples().map { String(decoding: $0.bytes, as: UTF8.self) }
            + [SummaryTestArticles.flood, SummaryTestArticles.harvest]
        let expected = try articles.map { try Self.pipeline($0, nsumm: nsumm, summarizer: summarizer) }
        let rounds = 12
        let results = ResultSlots(count: 8 * rounds)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<rounds {
                let article = (thread + round) % articles.count
                results.set(thread * rounds + round, article, try? Self.pipeline(articles[article], nsumm: nsumm, summarizer: summarizer))
            }
        }
        for (article, output) in results.values {
            #expect(output == expected[article])
        }
    }

    /// Results written from many threads, one slot each.
    private final class ResultSlots: @unchecked Sendable {
        // Every access holds `lock`.
        private let lock = NSLock()
        private var slots: [(Int, [UInt8]?)]

        init(count: Int) {
            slots = Array(repeating: (0, nil), count: count)
        }

        func set(_ index: Int, _ article: Int, _ output: [UInt8]?) {
            lock.withLock { slots[index] = (article, output) }
        }

        var values: [(Int, [UInt8]?)] { lock.withLock { slots } }
    }
}
