import Testing
@testable import NSummKit

@Suite struct SegmentedTextTests {
    /// `segment` finds the sentences `analyze` finds, with the same paragraphs and kinds (batches
    /// of a few paragraphs give the same sentences, without kinds), and writes each on one line
    /// as the document does, wrapped paragraphs included.
    @Test func agreesWithTheDocument() throws {
        var inputs = try TestSupport.samples().map { $0.bytes }
        inputs.append(Array("Judul Berita\n\nJakarta - Baris pertama\nmasih kalimat yang sama. Kalimat\r\nkedua.\n".utf8))
        for bytes in inputs {
            let source = try SourceText(bytes: bytes, name: "x")
            let document = TestSupport.nsumm.analyze(source)
            let segmented = TestSupport.nsumm.segment(source)
            var batches: [SegmentedText] = []
            TestSupport.nsumm.segment(source, inBatchesOf: 64) { batches.append($0) }
            #expect(segmented.count == document.sentences.count)
            #expect(batches.flatMap { $0.map(\.paragraph) } == segmented.map(\.paragraph))
            #expect(batches.flatMap { $0.map(\.span) } == segmented.map(\.span))
            #expect(batches.allSatisfy { $0.allSatisfy { $0.kind == nil } })
            for (sentence, span) in zip(document.sentences, segmented) {
                #expect(span.paragraph == sentence.paragraph)
                #expect(span.kind == sentence.kind)
                var line: [UInt8] = []
                segmented.appendSingleLine(of: span, to: &line)
                #expect(String(decoding: line, as: UTF8.self) == document.singleLineText(of: sentence))
            }
        }
    }
}
