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
        for text in texts {
            let range = 0..<text.count
            let windowed = text.withUnsafeBufferPointer { Array(session.boundaries(in: $0, range)) }
            let full = text.withUnsafeBufferPointer { Array(session.boundaries(in: $0, range, full: true)) }
            #expect(windowed == full)
            #expect(!windowed.isEmpty)
        }
    }
}
