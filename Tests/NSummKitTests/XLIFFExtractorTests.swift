import Testing
@testable import NSummKit

@Suite struct XLIFFExtractorTests {
    let document = XLIFFTestArticles.nsumm.analyze(XLIFFTestArticles.flood)

    func file(scope: XLIFFExtractor.Scope, summary: SummarySelection? = nil, spans: [ProtectedSpan] = []) throws -> XLIFFFile {
        try XLIFFExtractor(scope: scope).file(
            for: document, id: "f1", original: "banjir.txt", summary: summary, protecting: spans)
    }

    @Test func fullScopeHasEveryParagraphButNoBylineOrDebris() throws {
        let file = try file(scope: .full)
        #expect(file.units.map(\.id) == ["p1", "p2", "p3", "p4"])
        #expect(file.units.map(\.name) == ["title", "paragraph-2", "paragraph-3", "paragraph-4"])
        #expect(file.units.flatMap(\.segments).map(\.id) == ["s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"])
        let texts = file.units.flatMap(\.segments).map(\.source.plainText)
        #expect(!texts.contains { $0.contains("*Rin") || $0.contains("Baca juga") })
        #expect(texts[7] == "Pompa tipe PX-200 dikerahkan sejak H-1.")
    }

    /// The dateline is not in the first sentence's segment but in a file note.
    @Test func datelineGoesToANote() throws {
        let file = try file(scope: .full)
        #expect(file.units[1].segments[0].source.plainText == "Hujan deras sejak Senin (3/3) malam membuat Kali Bekasi meluap.")
        let note = try #require(file.notes.first { $0.category == "dateline" })
        #expect(note.text.hasSuffix("Bekasi, KABARKITA –"))
        #expect(file.notes.first { $0.category == "headline" }?.text == "Headline: Banjir Rendam Ratusan Rumah di Bekasi")
        #expect(file.notes.contains { $0.text == "Source: banjir.txt" })
    }

    /// A publication time on its own line is left out of the units like the dateline, and the
    /// note gives both.
    @Test func publicationTimeJoinsTheDatelineNote() throws {
        let article = "Banjir Rendam Ratusan Rumah\nKamis, 12 Januari 2023 | 14:35 WIB\n\n"
            + "GARUT, KOMPAS.com - Banjir bandang menerjang lima kecamatan. Ratusan rumah rusak."
        let file = try XLIFFExtractor(scope: .full).file(
            for: XLIFFTestArticles.nsumm.analyze(article), id: "f1", original: "garut.txt")
        let texts = file.units.flatMap(\.segments).map(\.source.plainText)
        #expect(texts == ["Banjir Rendam Ratusan Rumah", "Banjir bandang menerjang lima kecamatan.", "Ratusan rumah rusak."])
        let note = try #require(file.notes.first { $0.category == "dateline" })
        #expect(note.text.hasSuffix(": Kamis, 12 Januari 2023 | 14:35 WIB | GARUT, KOMPAS.com -"))
    }

    @Test func whiteSpaceBetweenSentencesIsKept() throws {
        let unit = try file(scope: .full).units[2]
        let kinds = unit.parts.map { part -> String in
            switch part {
            case .segment(let segment): return segment.id
            case .ignorable(let ignorable): return "[\(ignorable.source)]"
            }
        }
        #expect(kinds == ["s4", "[ ]", "s5", "[ ]", "s6"])
    }

    /// Summary scope: the headline and the selected sentences in article order, each noted with
    /// its rank; between two selected sentences of a paragraph goes the space after the first.
    @Test func summaryScopeKeepsSelectionInArticleOrder() throws {
        let file = try file(scope: .summary, summary: SummarySelection(rankedSentences: [5, 1, 3]))
        #expect(file.units.map(\.id) == ["p1", "p2", "p3"])
        #expect(file.units.flatMap(\.segments).map(\.id) == ["s1", "s2", "s4", "s6"])
        let paragraph = file.units[2]
        #expect(paragraph.parts.count == 3)
        #expect(paragraph.notes.map(\.text) == [
            "s4: sentence 3 of 7 of the article (paragraph 3); summary rank 3 of 3.",
            "s6: sentence 5 of 7 of the article (paragraph 3); summary rank 1 of 3.",
        ])
    }

    @Test func fullScopeFlagsTheSummary() throws {
        let notes = try file(scope: .full, summary: SummarySelection(rankedSentences: [2])).units[1].notes.map(\.text)
        #expect(notes == [
            "s2: sentence 1 of 7 of the article (paragraph 2); not in the summary.",
            "s3: sentence 2 of 7 of the article (paragraph 2); summary rank 1 of 1.",
        ])
    }

    @Test func idsDoNotDependOnScopeOrRun() throws {
        let full = try file(scope: .full)
        let again = try XLIFFExtractor(scope: .full).file(
            for: XLIFFTestArticles.nsumm.analyze(XLIFFTestArticles.flood), id: "f1", original: "banjir.txt")
        #expect(full == again)
        let summary = try file(scope: .summary, summary: SummarySelection(rankedSentences: [6]))
        #expect(summary.units.last?.id == "p4")
        #expect(summary.units.last?.segments.map(\.id) == ["s7"])
    }

    @Test func protectedSpansBecomeRuns() throws {
        let spans = ProtectedSpanFinder(lexicons: XLIFFTestArticles.nsumm.lexicons).spans(in: document)
        let segment = try file(scope: .full, spans: spans).units[3].segments[0]
        #expect(segment.source.runs == [
            .text("Informasi banjir dapat dipantau di "), .protected(id: "m7.1", text: "www.bekasikota.go.id"),
            .text(" atau lewat surel "), .protected(id: "m7.2", text: "posko@bekasikota.go.id"), .text("."),
        ])
    }

    /// A span that reaches into the dateline is cut at the start of the sentence proper; one
    /// that overlaps an earlier span is left out.
    @Test func spansAreClippedAndDeduplicated() throws {
        let bytes = Array(XLIFFTestArticles.flood.utf8)
        func range(of text: String) -> TextRange {
            let needle = Array(text.utf8)
            let lower = bytes.indices.first { Array(bytes[$0...].prefix(needle.count)) == needle }!
            return TextRange(utf8: lower..<(lower + needle.count), scalars: 0..<0)
        }
        let spans = [
            ProtectedSpan(kind: .location, range: range(of: "KABARKITA – Hujan")),
            ProtectedSpan(kind: .location, range: range(of: "Kali Bekasi")),
            ProtectedSpan(kind: .organization, range: range(of: "Bekasi meluap")),
        ]
        let runs = try file(scope: .full, spans: spans).units[1].segments[0].source.runs
        #expect(runs == [
            .protected(id: "m2.1", text: "Hujan"), .text(" deras sejak Senin (3/3) malam membuat "),
            .protected(id: "m2.2", text: "Kali Bekasi"), .text(" meluap."),
        ])
    }

    /// The summarizer's choice carries its ranks into the selection.
    @Test func selectionFromTheSummarizer() throws {
        let summary = Summarizer(nsumm: XLIFFTestArticles.nsumm).summarize(document, length: .sentences(3))
        let selection = SummarySelection(summary)
        #expect(selection.sentences == summary.selection)
        #expect(Set(selection.ranks.values) == [1, 2, 3])
        for index in summary.selection {
            #expect(selection.rank(of: index) == summary.sentence(index).score?.rank)
        }
    }

    @Test func summaryScopeNeedsASelection() {
        #expect(throws: XLIFFError.summaryMissing(document: "-")) { try file(scope: .summary) }
    }

    @Test func selectionMustNameArticleText() {
        #expect(throws: XLIFFError.selectionOutOfRange(document: "-", index: 40, count: 10)) {
            try file(scope: .summary, summary: SummarySelection(rankedSentences: [1, 40]))
        }
        #expect(throws: XLIFFError.selectionNotText(document: "-", index: 8, kind: .byline)) {
            try file(scope: .summary, summary: SummarySelection(rankedSentences: [8]))
        }
    }

    @Test func anArticleWithoutTextCannotBeExported() {
        let debris = XLIFFTestArticles.nsumm.analyze("Baca juga: Tips Menghadapi Banjir")
        #expect(throws: XLIFFError.nothingToTranslate(document: "-")) {
            try XLIFFExtractor(scope: .full).file(for: debris, id: "f1", original: "x")
        }
    }
}
