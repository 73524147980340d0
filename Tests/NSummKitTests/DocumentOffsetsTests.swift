import Testing
@testable import NSummKit

@Suite struct DocumentOffsetsTests {
    /// Every sentence's UTF-8 range, cut from the original bytes, is the sentence (in NFC
    /// inputs), and its scalar range cuts the same text from the scalars.
    @Test func rangesPointIntoTheOriginalInput() throws {
        let text = "\u{FEFF}Judul Berita\r\n\r\n“Kami siap,” kata Ketua Komisi II DPR.\r\nIa menambahkan Rp5 juta.\r\n"
        let bytes = Array(text.utf8)
        let document = TestSupport.nsumm.analyze(try SourceText(bytes: bytes, name: "x"))
        let scalars = Array(text.unicodeScalars)
        #expect(document.sentences.count == 3)
        for sentence in document.sentences {
            let expected = document.text(of: sentence)
            #expect(String(decoding: bytes[sentence.range.utf8], as: UTF8.self) == expected)
            var fromScalars = String.UnicodeScalarView()
            fromScalars.append(contentsOf: scalars[sentence.range.scalars])
            #expect(String(fromScalars) == expected)
        }
        #expect(document.sentences[0].range.utf8.lowerBound == 3)
        #expect(document.sentences[0].range.scalars.lowerBound == 1)
    }

    @Test func decomposedInputIsAnalysedInNFCWithOriginalOffsets() throws {
        // "Café" with a combining acute accent, then a second sentence.
        let text = "Kafe\u{0301} itu tutup. Pemiliknya pindah ke Bali."
        let bytes = Array(text.utf8)
        let document = TestSupport.nsumm.analyze(try SourceText(bytes: bytes, name: "x"))
        #expect(document.sentences.count == 2)
        #expect(document.text(of: document.sentences[0]) == "Kaf\u{00E9} itu tutup.")
        #expect(document.text(of: document.sentences[0]).unicodeScalars.count == 15)
        let second = document.sentences[1]
        #expect(String(decoding: bytes[second.range.utf8], as: UTF8.self) == "Pemiliknya pindah ke Bali.")
        #expect(second.range.scalars.lowerBound == 17)
    }

    @Test func paragraphsListTheirSentences() {
        let document = TestSupport.nsumm.analyze("Satu. Dua.\n\nTiga.")
        #expect(document.paragraphs.map(\.sentences) == [0..<2, 2..<3])
        #expect(document.sentences(in: document.paragraphs[1]).map { document.text(of: $0) } == ["Tiga."])
    }
}
