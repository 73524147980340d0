import Testing
@testable import NSummKit

@Suite struct ProtectedSpanFinderTests {
    let finder = ProtectedSpanFinder(lexicons: XLIFFTestArticles.nsumm.lexicons)

    @Test(arguments: [
        ("https://www.kompas.id/baca/2024", ProtectedSpan.Kind.url), ("www.bekasikota.go.id", .url),
        ("Kompas.com", .url), ("JUARA.NET", .url), ("posko@bekasikota.go.id", .email), ("@jokowi", .handle),
        ("#IndonesiaMaju", .handle), ("A320", .code), ("COVID-19", .code), ("H5N1", .code), ("PX-200", .code),
        ("B737-MAX", .code),
    ])
    func protects(token: String, kind: ProtectedSpan.Kind) {
        #expect(finder.kind(of: token) == kind)
    }

    /// Amounts, counts, dates and ordinary words stay translatable.
    @Test(arguments: [
        "Rp50", "RP2", "KM12", "NO.5", "H-7", "Ke-2", "15.069", "1,5", "12/5", "5G", "Jakarta", "S.Kom", "dll", "#1", "@",
        "nama@", "CSTO",
    ])
    func leavesTranslatable(token: String) {
        #expect(finder.kind(of: token) == nil)
    }

    @Test func findsSpansWithExactOffsets() {
        let text = XLIFFTestArticles.flood
        let document = XLIFFTestArticles.nsumm.analyze(text)
        let bytes = Array(text.utf8)
        let found = finder.spans(in: document).map { span in
            (span.kind, String(decoding: bytes[span.range.utf8], as: UTF8.self))
        }
        #expect(found.map(\.0) == [.url, .email, .code])
        #expect(found.map(\.1) == ["www.bekasikota.go.id", "posko@bekasikota.go.id", "PX-200"])
    }

    /// Offsets point into the input as given, even when it is not in NFC and normalisation
    /// shortens the text before the span.
    @Test func offsetsSurviveNormalisation() {
        let text = "Kafe\u{301} itu memesan mesin A320 lewat www.contoh.co.id kemarin."
        let document = XLIFFTestArticles.nsumm.analyze(text)
        let bytes = Array(text.utf8)
        let found = finder.spans(in: document).map { String(decoding: bytes[$0.range.utf8], as: UTF8.self) }
        #expect(found == ["A320", "www.contoh.co.id"])
    }

    @Test func skipsBylinesAndBoilerplate() {
        let document = XLIFFTestArticles.nsumm.analyze("Harga naik lagi.\n\nBaca juga: www.contoh.com/A320")
        #expect(finder.spans(in: document).isEmpty)
    }
}
