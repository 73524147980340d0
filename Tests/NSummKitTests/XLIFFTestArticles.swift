import Foundation
@testable import NSummKit

/// Articles written for the XLIFF tests, and helpers shared by them.
enum XLIFFTestArticles {
    /// A short news article with a headline, a dateline, URLs, an e-mail address, a code, an
    /// amount and a day count, a byline and a "read also" line.
    static let flood = """
        Banjir Rendam Ratusan Rumah di Bekasi

        Bekasi, KABARKITA – Hujan deras sejak Senin (3/3) malam membuat Kali Bekasi meluap. Ratusan rumah di Kecamatan Rawalumbu terendam hingga 1,5 meter.

        Wali Kota Bekasi Tri Adhianto meninjau lokasi pada Selasa pagi. Ia meminta warga mengungsi ke posko di Jalan Ahmad Yani. Bantuan senilai Rp50 juta disalurkan hari itu juga.

        Informasi banjir dapat dipantau di www.bekasikota.go.id atau lewat surel posko@bekasikota.go.id. Pompa tipe PX-200 dikerahkan sejak H-1. *Rin

        Baca juga: Tips Menghadapi Banjir
        """

    /// The analyser, loaded once.
    static let nsumm = try! NSumm(language: .indonesian)

    /// English as spoken in the US.
    static let english = try! LanguageTag("en-US")

    /// The sample articles under `Samples/id/`, with their text.
    static var samples: [(name: String, text: String)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/id")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try! String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// A bundle of one file for `text`.
    static func bundle(
        _ text: String, scope: XLIFFExtractor.Scope = .full, summary: SummarySelection? = nil, protect: Bool = true
    ) throws -> XLIFFBundle {
        let document = nsumm.analyze(text)
        let spans = protect ? ProtectedSpanFinder(lexicons: nsumm.lexicons).spans(in: document) : []
        let file = try XLIFFExtractor(scope: scope).file(
            for: document, id: "f1", original: "artikel.txt", summary: summary, protecting: spans)
        return XLIFFBundle(sourceLanguage: .indonesian, targetLanguage: english, files: [file])
    }

    /// `bundle` with every source copied into its target at `state`.
    static func translated(_ bundle: XLIFFBundle, state: XLIFFState? = .translated) -> XLIFFBundle {
        var bundle = bundle
        for f in bundle.files.indices {
            for u in bundle.files[f].units.indices {
                bundle.files[f].units[u].parts = bundle.files[f].units[u].parts.map { part in
                    guard case .segment(var segment) = part else { return part }
                    segment.target = segment.source
                    segment.state = state
                    return .segment(segment)
                }
            }
        }
        return bundle
    }

    /// What a merge of `document` must give back: its headline and the body sentences that
    /// `includes` accepts, datelines left out, each paragraph's sentences joined by the text
    /// that follows each in the article, paragraphs joined by blank lines.
    static func expectedText(of document: Document, including includes: (Int) -> Bool) -> String {
        var paragraphs: [String] = []
        for paragraph in document.paragraphs {
            var text = ""
            var previous: Int? = nil
            for index in paragraph.sentences {
                let sentence = document.sentences[index]
                guard sentence.kind == .title || (sentence.kind == .body && includes(index)) else { continue }
                if let previous {
                    text += document.string(
                        document.sentences[previous].span.upperBound..<document.sentences[previous + 1].span.lowerBound)
                }
                text += document.content(of: sentence)
                previous = index
            }
            if previous != nil { paragraphs.append(text) }
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}
