import Testing
@testable import NSummKit

/// Export, write, read, copy sources to targets, write, read, merge: the text that comes back is
/// exactly the exported sentences of the article with the white space between them.
@Suite struct XLIFFRoundTripTests {
    static var articles: [String] { [XLIFFTestArticles.flood] + XLIFFTestArticles.samples.map(\.text) }

    static var cases: [(Int, XLIFFVersion, XLIFFExtractor.Scope)] {
        articles.indices.flatMap { article in
            [XLIFFVersion.v1_2, .v2_1].flatMap { version in [(article, version, .full), (article, version, .summary)] }
        }
    }

    @Test(arguments: cases)
    func givesBackTheSource(article: Int, version: XLIFFVersion, scope: XLIFFExtractor.Scope) throws {
        let text = Self.articles[article]
        let document = XLIFFTestArticles.nsumm.analyze(text)
        let body = document.sentences.indices.filter { document.sentences[$0].kind == .body }
        let selection = SummarySelection(rankedSentences: [body[body.count / 2], body[0], body[body.count - 1]])
        let bundle = try XLIFFTestArticles.bundle(text, scope: scope, summary: selection)
        let writer = XLIFFWriter(version: version)
        let exported = try XLIFFReader().read(try writer.write(bundle), name: "export.xlf").bundle
        let translated = XLIFFTestArticles.translated(exported)
        let result = try XLIFFReader().read(try writer.write(translated), name: "translated.xlf")
        #expect(result.issues.isEmpty)
        let merged = XLIFFMerger().merge(result.bundle)
        #expect(merged.count == 1)
        #expect(merged[0].issues.isEmpty)
        let expected = XLIFFTestArticles.expectedText(of: document) { scope == .full || selection.rank(of: $0) != nil }
        #expect(merged[0].text == expected)
    }
}
