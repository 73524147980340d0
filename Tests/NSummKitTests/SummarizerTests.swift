import Foundation
import Testing
@testable import NSummKit

/// What the summarizer chooses and how it reports it.
@Suite struct SummarizerTests {
    static let nsumm = try! NSumm(language: .indonesian)
    let summarizer = Summarizer(nsumm: nsumm)
    typealias Flood = SummaryTestArticles.Flood
    var flood: Document { Self.nsumm.analyze(SummaryTestArticles.flood) }

    @Test func keepsTheLeadWithoutItsDatelineInArticleOrder() {
        let summary = summarizer.summarize(flood, length: .sentences(3))
        #expect(summary.selection == [Flood.lead, Flood.rain, Flood.rescue])
        #expect(summary.text.hasPrefix("Banjir setinggi satu meter"))
        #expect(!summary.text.contains("KABARKITA"))
        // Chosen by score (the short second sentence comes third), written in article order.
        #expect(summary.selection.map { summary.sentence($0).score!.rank } == [1, 3, 2])
    }

    @Test func neverChoosesTitleDatelineBylineOrBoilerplate() {
        let document = Self.nsumm.analyze(
            SummaryTestArticles.flood + "Baca juga: Banjir Jakarta Surut dalam Sehari\n")
        let summary = summarizer.summarize(document, length: .sentences(100))
        let kinds = Set(summary.selection.map { document.sentences[$0].kind })
        #expect(kinds == [.body])
        #expect(summary.selection.count == document.sentences.filter { $0.kind == .body }.count)
        for index in document.sentences.indices where document.sentences[index].kind != .body {
            #expect(summary.sentence(index).score == nil)
            #expect(!summary.sentence(index).isSelected)
        }
    }

    @Test func passesOverQuotesFragmentsAndQuestions() {
        // Six of nine body sentences: the full quote, the question and the three-word fragment
        // are left out; the sentence that is mostly attribution after a quote is not.
        let summary = summarizer.summarize(flood, length: .sentences(6))
        #expect(summary.selection == [Flood.lead, Flood.rain, Flood.rescue, Flood.quoteClose, Flood.forecast, Flood.plan])
    }

    @Test func weightsChangeTheChoice() throws {
        var configuration = SummarizerConfiguration()
        try configuration.setWeights("quote=0,shortSentence=0,question=0")
        let plain = Summarizer(nsumm: Self.nsumm, configuration: configuration)
        // Without the penalties, position alone decides: the first five body sentences.
        #expect(plain.summarize(flood, length: .sentences(5)).selection == Array(Flood.lead...Flood.quoteClose))
    }

    @Test(arguments: [
        (SummaryLength.sentences(2), 2), (.sentences(100), 9), (.ratio(0.34), 3), (.ratio(0.01), 1),
        (.ratio(1), 9),
    ])
    func lengthInSentences(length: SummaryLength, count: Int) {
        #expect(summarizer.summarize(flood, length: length).selection.count == count)
    }

    @Test func wordBudgetPassesOverSentencesThatNoLongerFit() {
        // The lead has 16 words and the rescue sentence 16; "Hujan deras …" (9 words) fits
        // beside the lead in 26, the rescue sentence does not.
        let summary = summarizer.summarize(flood, length: .words(26))
        #expect(summary.selection == [Flood.lead, Flood.rain])
        let tiny = summarizer.summarize(flood, length: .words(3))
        #expect(tiny.selection == [Flood.fragment])
        #expect(summarizer.summarize(flood, length: .words(2)).selection.isEmpty)
    }

    /// Long summaries of long articles with selection-dependent weights stay linear in the
    /// summary's length (a greedy choice that rescored every sentence against every chosen one
    /// would take minutes here).
    @Test func longSummariesOfLongArticlesWithRedundancy() throws {
        var configuration = SummarizerConfiguration()
        try configuration.setWeights("redundancy=-0.5,entityNovelty=0.2")
        let body = SummaryTestArticles.flood.split(separator: "\n\n").dropFirst().joined(separator: "\n\n")
        let document = Self.nsumm.analyze(Array(repeating: body, count: 100).joined(separator: "\n\n"))
        let candidates = document.sentences.filter { $0.kind == .body }.count
        #expect(candidates >= 800)
        let summary = Summarizer(nsumm: Self.nsumm, configuration: configuration)
            .summarize(document, length: .ratio(0.5))
        #expect(summary.selection.count == (candidates + 1) / 2)
        #expect(summary.selection == summary.selection.sorted())
    }

    @Test func emptyArticlesGiveEmptySummaries() {
        let summary = summarizer.summarize(Self.nsumm.analyze(""), length: .sentences(3))
        #expect(summary.selection.isEmpty)
        #expect(summary.text == "")
    }

    @Test func sameInputSameOutput() throws {
        let first = try JSON.encode(summarizer.summarize(flood, length: .sentences(3)))
        let again = Summarizer(nsumm: try NSumm(language: .indonesian))
        #expect(try JSON.encode(again.summarize(flood, length: .sentences(3))) == first)
    }

    @Test func selectionDependentFeaturesReportTheirValueAtTheTimeOfChoice() throws {
        var configuration = SummarizerConfiguration()
        try configuration.setWeight(-1, for: "redundancy")
        let careful = Summarizer(nsumm: Self.nsumm, configuration: configuration)
        let document = Self.nsumm.analyze(SummaryTestArticles.harvest)
        let summary = careful.summarize(document, length: .sentences(2))
        // "Petani jagung senang." repeats 2 of its 3 words: −0.67 puts it below "Harga emas melonjak."
        #expect(summary.selection == [0, 2])
        let redundancy = summary.featureNames.firstIndex(of: "redundancy")!
        #expect(summary.sentence(0).score!.values[redundancy] == 0)
        #expect(abs(summary.sentence(1).score!.values[redundancy] - 2.0 / 3.0) < 1e-12)
    }

    @Test func jsonCarriesEverySentenceWithOffsetsFeaturesAndEntities() throws {
        let summary = summarizer.summarize(flood, length: .sentences(3))
        let object = try JSONSerialization.jsonObject(with: JSON.encode(summary)) as! [String: Any]
        let sentences = object["sentences"] as! [[String: Any]]
        #expect(sentences.count == flood.sentences.count)
        #expect(sentences.filter { $0["selected"] as! Bool }.count == 3)
        let lead = sentences[Flood.lead]
        #expect((lead["features"] as! [String: Double]).keys.sorted() == SummarizerConfiguration.featureNames.sorted())
        #expect(lead["dateline"] != nil)
        let content = lead["contentRange"] as! [String: [Int]]
        let bytes = Array(SummaryTestArticles.flood.utf8)
        #expect(String(decoding: bytes[content["utf8"]![0]..<content["utf8"]![1]], as: UTF8.self) == lead["content"] as! String)
        #expect(sentences[Flood.title]["score"] == nil)
        #expect(!(lead["entities"] as! [[String: Any]]).isEmpty)
    }
}

/// Encodes like the CLI's `--format json` (sorted keys).
private enum JSON {
    static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }
}
