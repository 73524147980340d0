import Testing
@testable import NSummKit

/// The Bloom filter the C scan asks before it hands a capitalised word to the sentence rules:
/// it must never drop a word of its set, and should drop most others.
struct WordFilterTests {
    private let lexicon: SegmentationLexicon

    init() throws {
        lexicon = SegmentationLexicon(lexicons: try LexiconSet(language: .indonesian))
    }

    /// Where the scan finds a sentence may open in `text` (after its first two bytes).
    private func firstOpening(in text: String) -> Int {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ByteScanner.firstUnpunctuatedOpening(
                in: buffer, 2..<buffer.count, openers: lexicon.openerFilter, followers: lexicon.demonstrativeFilter)
        }
    }

    /// Every opener of the built-in lexicons that is a run of ASCII letters is found after a
    /// lower-case word, as it was before the filter.
    @Test func everyOpenerPasses() {
        var checked = 0
        lexicon.openers.forEachASCIIWord { word in
            guard word.allSatisfy({ (0x61...0x7A).contains($0) }) else { return }
            let capitalised = String(decoding: [word[0] - 0x20] + word.dropFirst(), as: UTF8.self)
            // Enough text after the word for the scan to read sixteen bytes and ask the filter.
            let text = "kata dia \(capitalised) juga dan seterusnya lagi"
            #expect(firstOpening(in: text) == 9, "\(capitalised)")
            checked += 1
        }
        #expect(checked > 500)
    }

    /// Names after a lower-case word (`di Jakarta pada`) are mostly left to ICU: the filter lets
    /// through few of them.
    @Test func mostNamesAreDropped() {
        let names = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Widodo", "Prabowo", "Sulawesi",
                     "Kalimantan", "Papua", "Yogyakarta", "Semarang", "Palembang", "Denpasar", "Malang",
                     "Bogor", "Depok", "Bekasi", "Tangerang", "Cirebon"]
        let passed = names.filter { name in
            let text = "berada di \(name) pada hari Senin"
            return firstOpening(in: text) < text.utf8.count
        }
        #expect(passed.count <= 2, "\(passed)")
    }

    /// A capitalised word before a demonstrative is handed on, whatever the word (`… yang baru
    /// Langkah ini akan …`, `… kelahiran Jember itu sempat …`): the rules decide.
    @Test func wordBeforeDemonstrativePasses() {
        #expect(firstOpening(in: "rencana yang baru Langkah ini akan menahan laju") == 18)
        #expect(firstOpening(in: "pemain kelahiran Jember itu sempat berlatih") == 17)
        #expect(firstOpening(in: "pemain kelahiran Jember pada musim lalu berlatih") == 48)
    }

    /// A capital after a closing quotation mark is handed on whatever follows it: the rules
    /// decide (`… dijarah" Jan Gelfand, …`).
    @Test func capitalAfterClosingQuotationPasses() {
        #expect(firstOpening(in: "mereka dijarah\" Jan Gelfand") == 16)
    }
}
