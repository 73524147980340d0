import Testing
@testable import NSummKit

@Suite struct ICUSentenceBreakerTests {
    /// Asking ICU only about windows around terminators must give exactly the boundaries of a
    /// full pass over the text.
    @Test func windowsAgreeWithAFullPass() throws {
        let breaker = try #require(ICUSentenceBreaker(locale: "id"))
        let session = try #require(breaker.session())
        var texts = try TestSupport.samples().map { $0.bytes }
        texts.append(Array("Ia lahir di A.S. Sejak itu ... ia pindah!? “Benar?” kata dia. 2.500 orang (ya.) Lalu 3.5 juta. Tiga.".utf8))
        texts.append(Array("Pak A. Budi. Ya! Tidak? Oke.  Dua spasi. Di A.S. Army. x. Y (a. B) “c. D” 1. 2. Z".utf8))
        texts.append(Array("Titik.Tanpa spasi. Kalimat\u{2029}baru. 日本語。次の文。 مرحبا؟ نعم. Akhir".utf8))
        // Full stops that ICU is not asked about: inside numbers and names, and at the end.
        texts.append(Array("Angka naik. 2024 berat. Situs detik.com, No.1 dan Rp9.125. Ia kabur.\u{201D} ".utf8))
        texts.append(Array("Selesai. (ant) Ya?! Sudah...\u{2019})".utf8))
        texts.append(Array("Ya. Kabur. \"".utf8))
        texts.append(Array("Ya. Kabur.\u{2026}".utf8))
        texts.append(Array("Ya. Kabur?! .\u{201D} ".utf8))
        // Breaks answered without ICU: closing marks, spaces, opening marks, a capital.
        texts.append(Array("Kata dia. \"Kami siap.\" Lalu pergi.\u{201D}  \u{201C}Aku? (Foto) Ini!' [Ya] A. B.) c. \u{2018}D".utf8))
        for text in texts {
            let range = 0..<text.count
            let windowed = text.withUnsafeBufferPointer { Array(session.boundaries(in: $0, range)) }
            let full = text.withUnsafeBufferPointer { Array(session.boundaries(in: $0, range, full: true)) }
            #expect(windowed == full)
            #expect(!windowed.isEmpty)
        }
    }

    /// Asked about many ranges at once, ICU judges each as a text of its own: the boundaries are
    /// those of a full pass over each range alone, none falls on a range's edge, and the text
    /// between two ranges (the blank lines between paragraphs, or a sentence left out) is
    /// ignored.
    @Test func rangesAskedAtOnceAgreeWithEachAlone() throws {
        let breaker = try #require(ICUSentenceBreaker(locale: "id"))
        let session = try #require(breaker.session())
        var text = Array("Ia tiba pukul 10. Lalu pergi.\n\n\"kutipan,\" katanya. Dia di A.S. Army lagi.".utf8)
        for sample in try TestSupport.samples() { text += Array("\n\n".utf8) + sample.bytes }
        let layout = text.withUnsafeBufferPointer { TextLayout($0, from: 0) }
        let paragraphs = layout.paragraphs.indices.map { layout.range(ofParagraph: $0) }
        // Every other paragraph, so that skipped text lies between the ranges too.
        for ranges in [paragraphs, paragraphs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)] {
            var atOnce: [Int] = []
            text.withUnsafeBufferPointer { session.appendBoundaries(in: $0, ranges, to: &atOnce) }
            let alone = ranges.flatMap { range in text.withUnsafeBufferPointer { session.boundaries(in: $0, range, full: true) } }
            #expect(atOnce == alone)
            #expect(!atOnce.isEmpty)
        }
    }
}
