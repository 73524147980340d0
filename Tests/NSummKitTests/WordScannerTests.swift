import Testing
@testable import NSummKit

@Suite struct WordScannerTests {
    func words(_ text: String) -> [WordScanner.Word] {
        var words: [WordScanner.Word] = []
        WordScanner.forEachWord(in: text) { words.append($0) }
        return words
    }

    @Test(arguments: [
        ("Demo besar-besaran di Almaty.", 4),
        ("Posisi pole ke-69 sepanjang kariernya", 5),
        ("Salat Jum'at dan Jum’at", 4),
        ("Rp 13,3 miliar (US$ 1 juta)", 7),
        ("— , . ! ?", 0),
        ("Ibu kota Nusantara—bukan Jakarta—dibangun", 6),
    ])
    func countsWords(text: String, count: Int) {
        #expect(words(text).count == count)
    }

    @Test func hashesIgnoreCaseAndApostropheForm() {
        #expect(WordScanner.hash("JAKARTA") == WordScanner.hash("Jakarta"))
        #expect(WordScanner.hash("Jum'at") == WordScanner.hash("Jum’at"))
        #expect(WordScanner.hash("Öztürk") == WordScanner.hash("ÖZTÜRK"))
        #expect(WordScanner.hash("Jakarta") != WordScanner.hash("Jakarta Pusat"))
        #expect(WordScanner.hash("Jakarta Pusat") == nil)
    }

    @Test func marksNumbers() {
        #expect(words("2017 F1 ke-69 3,5").map(\.isNumber) == [true, false, false, true, true])
    }
}
