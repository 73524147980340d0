import Testing
@testable import NSummKit

/// One golden case from `Fixtures/segmentation-cases.txt`.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let input: String
    let expected: [String]

    var testDescription: String { "\(rule): \(expected.first ?? "")" }

    /// Parses the fixture: ` ‖ ` joins sentences with a space, ` ⏎ ` with a line break.
    static func all() -> [SegmentationCase] {
        guard let text = try? TestSupport.fixture("segmentation-cases.txt") else { return [] }
        var rule = ""
        var cases: [SegmentationCase] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                rule = String(line.dropFirst(3))
                continue
            }
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            var input = ""
            var expected: [String] = []
            var rest = Substring(line)
            while !rest.isEmpty {
                let space = rest.range(of: " ‖ ")
                let newline = rest.range(of: " ⏎ ")
                let next = [space, newline].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
                guard let next else {
                    expected.append(String(rest))
                    input += rest
                    break
                }
                expected.append(String(rest[..<next.lowerBound]))
                input += rest[..<next.lowerBound] + (next == newline ? "\n" : " ")
                rest = rest[next.upperBound...]
            }
            cases.append(SegmentationCase(rule: rule, input: input, expected: expected))
        }
        return cases
    }
}

@Suite struct SentenceSegmenterTests {
    @Test func fixtureHasCases() {
        #expect(SegmentationCase.all().count >= 40)
    }

    @Test(arguments: SegmentationCase.all())
    func golden(_ testCase: SegmentationCase) {
        #expect(TestSupport.sentences(testCase.input) == testCase.expected)
    }

    @Test func paragraphsAreNeverCrossed() {
        let document = TestSupport.nsumm.analyze("Rapat itu dihadiri\n\noleh para menteri.")
        #expect(document.paragraphs.count == 2)
        #expect(document.sentences.map(\.paragraph) == [0, 1])
    }

    @Test func hardWrappedProseIsOneSentence() {
        let text = """
            Pemerintah provinsi menyiapkan anggaran tambahan untuk memperbaiki jalan yang
            rusak akibat banjir di sejumlah kabupaten sepanjang pantai utara Jawa Tengah
            dan Jawa Timur sejak awal bulan lalu. Perbaikan dimulai pekan depan.
            """
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.count == 2)
        #expect(document.singleLineText(of: document.sentences[0]).hasSuffix("sejak awal bulan lalu."))
        #expect(!document.singleLineText(of: document.sentences[0]).contains("\n"))
    }

    /// A two-line paragraph after the first: long sentence-case prose wraps; a title-case
    /// subheading ends at its line break.
    @Test func twoLineParagraphWrapsUnlessTitleCase() {
        let wrapped = "Banjir surut.\n\nKepala BNPB Suharyanto menyebut korban meninggal mencapai\n272 orang. Sebanyak 39 orang masih hilang."
        #expect(TestSupport.sentences(wrapped) == [
            "Banjir surut.", "Kepala BNPB Suharyanto menyebut korban meninggal mencapai\n272 orang.",
            "Sebanyak 39 orang masih hilang.",
        ])
        let subheading = "Banjir surut.\n\nRatusan Warga Kembali ke Rumah Masing-Masing Usai Banjir\nMereka mulai membersihkan lumpur."
        #expect(TestSupport.sentences(subheading).count == 3)
    }

    /// A line that ends with a word that cannot end a sentence goes on on the next line.
    @Test func lineEndingInAContinuingWordWraps() {
        #expect(TestSupport.sentences("Ratusan warga menggelar aksi damai di\nBundaran HI pada Minggu pagi. Aksi berlangsung tertib.") == [
            "Ratusan warga menggelar aksi damai di\nBundaran HI pada Minggu pagi.", "Aksi berlangsung tertib.",
        ])
        #expect(TestSupport.sentences("Ketua KPU menegaskan bahwa\n\"Pemilu akan digelar sesuai jadwal.\"") == [
            "Ketua KPU menegaskan bahwa\n\"Pemilu akan digelar sesuai jadwal.\""
        ])
    }

    /// A credit glued to the full stop (`Fitri.(ANT)`) is a sentence of its own, not split
    /// inside its bracket.
    @Test func creditGluedToTheFullStopStaysWhole() {
        #expect(TestSupport.sentences("Pemerintah menetapkan cuti bersama Idul Fitri.(ANT)") == [
            "Pemerintah menetapkan cuti bersama Idul Fitri.", "(ANT)",
        ])
    }

    /// A name in an aside set off by commas, wrapped at the line end, goes on; so does a long
    /// line of three before a name (`Rudi` ⏎ `Hartono, di …`).
    @Test func nameWrappedInsideAnAsideContinues() {
        #expect(TestSupport.sentences("Bantuan diserahkan Wali Kota Bandung, Muhammad\nFarhan, kepada para korban.")
            == ["Bantuan diserahkan Wali Kota Bandung, Muhammad\nFarhan, kepada para korban."])
        #expect(TestSupport.sentences("Longsor terjadi di Kecamatan Cibeber, Kabupaten\nCianjur, pada Rabu dini hari.")
            == ["Longsor terjadi di Kecamatan Cibeber, Kabupaten\nCianjur, pada Rabu dini hari."])
    }

    /// A line that ends with a word needing an amount after it goes on (`mencapai Rp` ⏎ `271
    /// triliun`).
    @Test func lineEndingBeforeItsAmountWraps() {
        #expect(TestSupport.sentences("Kerugian negara akibat korupsi itu mencapai Rp\n271 triliun, menurut BPKP.")
            == ["Kerugian negara akibat korupsi itu mencapai Rp\n271 triliun, menurut BPKP."])
        #expect(TestSupport.sentences("Inflasi inti tercatat sebesar\n1,93 persen secara tahunan.")
            == ["Inflasi inti tercatat sebesar\n1,93 persen secara tahunan."])
    }

    /// A credit after a full stop is a sentence of its own, glued to it or on the next line
    /// (LF or CRLF).
    @Test(arguments: ["", "\n", "\r\n"])
    func creditAfterAFullStopIsASentence(separator: String) {
        #expect(TestSupport.sentences("Gubernur meminta warga tetap waspada.\(separator)(rls/hms)").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        } == ["Gubernur meminta warga tetap waspada.", "(rls/hms)"])
    }

    @Test func wrappedLineEndingInCommaContinues() {
        #expect(TestSupport.sentences("Menurut Budi,\nharga cabai naik lagi.") == ["Menurut Budi,\nharga cabai naik lagi."])
    }

    @Test func numberedListMarkerAtLineStartDoesNotEndASentence() {
        #expect(
            TestSupport.sentences("Langkah pertama:\n1. Siapkan berkas.\n2. Datang ke kantor.")
                == ["Langkah pertama:", "1. Siapkan berkas.", "2. Datang ke kantor."])
    }

    @Test func overlongSentencesAreCutAtWhiteSpace() {
        var nsumm = TestSupport.nsumm
        nsumm.maximumSentenceBytes = 100
        let text = String(repeating: "pedagang ", count: 40) + "mengeluh."
        let sentences = TestSupport.sentences(text, nsumm: nsumm)
        #expect(sentences.count == 4)
        #expect(sentences.allSatisfy { $0.utf8.count <= 100 && $0.hasPrefix("pedagang") })
        #expect(sentences.joined(separator: " ") == text)
    }

    @Test func overlongWordsAreCutBetweenCharacters() {
        var nsumm = TestSupport.nsumm
        nsumm.maximumSentenceBytes = 64
        let text = String(repeating: "é", count: 100)  // 200 bytes, no white space
        let document = nsumm.analyze(text)
        #expect(document.sentences.count == 4)
        #expect(document.sentences.map { document.text(of: $0) }.joined() == text)
        #expect(document.sentences.allSatisfy { $0.range.utf8.count <= 64 })
    }

    @Test func emptyAndBlankInputsHaveNoSentences() {
        #expect(TestSupport.sentences("").isEmpty)
        #expect(TestSupport.sentences(" \n\t\n  ").isEmpty)
    }
}
