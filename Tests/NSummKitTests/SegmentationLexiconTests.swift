import Testing
@testable import NSummKit

/// The word classes the segmentation rules ask the lexicons about.
@Suite struct SegmentationLexiconTests {
    private let lexicon: SegmentationLexicon

    init() throws {
        lexicon = SegmentationLexicon(lexicons: try LexiconSet(language: .indonesian))
    }

    /// Whether `word` is a plain common word, one that opens a sentence when capitalised.
    private func isPlain(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { lexicon.isPlainCommonWord(0..<bytes.count, in: Tokens($0)) }
    }

    /// Root words and words derived from them are plain, whatever their case; the later word
    /// of a longer name (`Kebijakan` of `Badan Kebijakan Fiskal`) is too.
    @Test func rootsAndDerivedWordsArePlain() {
        for word in ["Langkah", "Kebijakan", "Keputusan", "Pengiriman", "Maskapai", "HARGA"] {
            #expect(isPlain(word), "\(word)")
        }
    }

    /// Names spelt like common words, words capitalised inside a sentence anyway, and words
    /// that are no common word at all are not plain.
    @Test func namesAndCapitalisedWordsAreNot() {
        for word in ["Malang", "Batu", "Jumat", "Ramadan", "Rupiah", "Islam", "Jakarta", "Xyzzy"] {
            #expect(!isPlain(word), "\(word)")
        }
    }

    /// The words a name follows include the heads and cues of places and bodies and the kinds
    /// of people, customs and brands.
    @Test func nameCues() {
        for (word, expected) in [("negeri", true), ("pria", true), ("tarian", true), ("Jalan", true), ("klub", true),
                                 ("depan", false), ("kebijakan", false)] {
            let bytes = Array(word.utf8)
            let found = bytes.withUnsafeBufferPointer { lexicon.nameCues.contains(0..<bytes.count, in: Tokens($0)) }
            #expect(found == expected, "\(word)")
        }
    }
}
