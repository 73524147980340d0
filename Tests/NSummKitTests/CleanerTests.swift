import Testing
@testable import NSummKit

@Suite struct CleanerTests {
    /// The Kazakhstan sample: a headline, a dateline, an asterisk byline and a comment widget.
    @Test func marksTheSampleArticle() throws {
        let sample = try #require(try TestSupport.samples().first { $0.name == "kazakhstan-csto.txt" })
        let document = TestSupport.nsumm.analyze(try SourceText(bytes: sample.bytes, name: sample.name))
        let kinds = document.sentences.map(\.kind)
        #expect(kinds.first == .title)
        #expect(document.text(of: document.sentences[0]) == "Rusia Kirim Pasukan Bantu Konflik di Kazakhstan")
        let opening = document.sentences[1]
        let dateline = try #require(opening.dateline)
        #expect(String(decoding: sample.bytes[dateline.utf8], as: UTF8.self) == "Jakarta, PUBLIKASI –")
        #expect(document.content(of: opening).hasPrefix("Rusia telah mengirimkan pasukan"))
        #expect(document.sentences.filter { $0.kind == .byline }.map { document.text(of: $0) } == ["*Arya"])
        #expect(document.sentences.last.map { document.text(of: $0) } == "Leave a Comment!")
        #expect(document.sentences.last?.kind == .boilerplate)
        #expect(kinds.filter { $0 == .body }.count == kinds.count - 3)
    }

    @Test(arguments: [
        ("Jakarta, KOMPAS.com - Harga cabai naik lagi pekan ini.", "Jakarta, KOMPAS.com -"),
        ("Jakarta (ANTARA) - Pemerintah menambah kuota impor beras.", "Jakarta (ANTARA) -"),
        ("TEMPO.CO, Jakarta - Polisi menangkap dua tersangka.", "TEMPO.CO, Jakarta -"),
        ("Jakarta, CNN Indonesia -- Usulan itu menuai penolakan.", "Jakarta, CNN Indonesia --"),
        ("Jakarta - Timnas Indonesia menang 2-1 atas Vietnam.", "Jakarta -"),
        ("Kuala Lumpur – Polisi Malaysia menangkap dua WNI.", "Kuala Lumpur –"),
        ("jpnn.com, JAKARTA - Polisi menangkap dua tersangka.", "jpnn.com, JAKARTA -"),
        ("JAKARTA, iNews.id - Polisi menyita 20 kilogram sabu.", "JAKARTA, iNews.id -"),
        ("Bandung, suara.com – Hujan deras merendam tiga kecamatan.", "Bandung, suara.com –"),
        ("Jakarta, 12/3 (ANTARA) - Pemerintah menambah kuota impor beras.", "Jakarta, 12/3 (ANTARA) -"),
        ("Bandung, 22 April 2024 – PT KAI mencatat 3,1 juta penumpang selama Lebaran.", "Bandung, 22 April 2024 –"),
        ("Jakarta, 26/03/2024 – APBN mencatat surplus hingga akhir Februari.", "Jakarta, 26/03/2024 –"),
    ])
    func recognisesDatelines(text: String, dateline: String) throws {
        let document = TestSupport.nsumm.analyze(text)
        let range = try #require(document.sentences.first?.dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == dateline)
    }

    /// Kontan's dateline, the outlet, a dash and the place with a full stop, is a sentence of
    /// its own: the whole sentence is the dateline and the news begins with the next one.
    @Test func kontanDatelineIsASentenceOfItsOwn() {
        let document = TestSupport.nsumm.analyze(
            "KONTAN.CO.ID - JAKARTA. Harga emas Antam naik Rp 5.000 hari ini. Pembeli ramai di Pulogadung.")
        #expect(document.sentences.map(\.kind) == [.dateline, .body, .body])
        #expect(document.sentences.first.map { document.text(of: $0) } == "KONTAN.CO.ID - JAKARTA.")
        #expect(document.sentences[1].dateline == nil)
    }

    @Test(arguments: [
        "Presiden Joko Widodo meresmikan jalan tol itu pada Senin.",
        "Indonesia - Vietnam berakhir 2-1 di Stadion Utama.", "Persib - Persija berakhir imbang tanpa gol.",
        "Menurut polisi, pelaku - dua pria asal Bekasi - sudah ditangkap.",
    ])
    func ordinarySentenceHasNoDateline(text: String) {
        #expect(TestSupport.nsumm.analyze(text).sentences.first?.dateline == nil)
    }

    @Test func captionsAndEmbedsAreBoilerplate() {
        let text = "Harga cabai naik.\n\nFoto: Pedagang cabai di Pasar Induk. ANTARA/Budi\n\n"
            + "Pilihan Editor: Harga Bawang Ikut Naik\n\nPedagang mengeluh.\n\n[Gambas:Video 20detik]"
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.body, .boilerplate, .boilerplate, .boilerplate, .body, .boilerplate])
    }

    @Test func readAlsoLinesAreBoilerplateWherever() {
        let text = "Harga cabai naik.\n\nBaca juga: Harga Bawang Ikut Naik\n\nPedagang mengeluh."
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.body, .boilerplate, .body])
    }

    /// Page furniture of a line of its own between two paragraphs of the article: photo and
    /// share buttons, app and news-feed promotions, "read more" and next-page links.
    @Test(arguments: [
        "Lihat Foto", "Cek Berita dan Artikel yang lain di Google News",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Download aplikasi Kompas.com untuk akses berita lebih cepat.", "Unduh aplikasi Liputan6.com sekarang",
        "Bagikan", "Halaman selanjutnya >>", "Baca selengkapnya di sini",
        "Baca artikel detiknews, \"Harga BBM Naik Lagi\" selengkapnya di sini.",
        "Simak juga video 'Banjir Rendam Bekasi':", "Scroll Untuk Lanjut Membaca",
        "Lanjutkan Membaca ↓", "Posted on 18 April 2024 by admin", "Dilihat: 1.204 kali",
        "Halaman : 1 2 3 Selanjutnya", "Balas",
    ])
    func siteFurnitureIsBoilerplate(line: String) {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\n\(line)\n\nPedagang mengeluh.")
        let kinds = document.sentences.map(\.kind)
        #expect(kinds.first == .body && kinds.last == .body && kinds.count >= 3)
        #expect(kinds.dropFirst().dropLast().allSatisfy { $0 == .boilerplate })
    }

    /// Text that opens like furniture but is none: a tutorial's step, a paragraph on copyright.
    @Test(arguments: [
        "Unduh aplikasi Identitas Kependudukan Digital di Play Store atau App Store.",
        "Hak cipta atas karya jurnalistik tetap berada di tangan perusahaan pers.",
    ])
    func textThatOpensLikeFurnitureIsText(line: String) {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\n\(line)\n\nPedagang mengeluh.")
        #expect(document.sentences.allSatisfy { $0.kind == .body })
    }

    /// A "read also" label alone on its line, with or without its colon, takes the headline it
    /// links to from the next line of its paragraph.
    @Test(arguments: ["Baca juga:", "Lihat juga:", "Baca Juga", "Baca juga :"])
    func readAlsoLabelTakesTheHeadlineOnTheNextLine(label: String) {
        let document = TestSupport.nsumm.analyze(
            "Harga cabai naik.\n\n\(label)\nHarga BBM Naik Lagi, Ini Daftarnya\n\nPedagang mengeluh.")
        #expect(document.sentences.map(\.kind) == [.body, .boilerplate, .boilerplate, .body])
    }

    /// The next line stays article text after a label that has its headline with it, after a
    /// label that ends its paragraph, and when it is a sentence with a full stop.
    @Test(arguments: [
        "Baca juga: Harga Bawang Ikut Naik\nPedagang mengeluh soal harga",
        "Baca juga:\n\nPedagang mengeluh soal harga", "Baca juga:\nPedagang mengeluh soal harga.",
    ])
    func lineAfterAReadAlsoLinkIsTextOtherwise(paragraph: String) {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\n\(paragraph)\n\nPembeli berkurang.")
        #expect(document.sentences.map(\.kind) == [.body, .boilerplate, .body, .body])
    }

    @Test func agencyInitialsAtTheEndAreAByline() {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\nPedagang mengeluh. (ant/hms)")
        #expect(document.sentences.last?.kind == .byline)
    }

    @Test func creditsInSquareBracketsOrWithDigitsAreBylines() {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\nPedagang mengeluh. [idc]\n\nPembeli berkurang. (adji/M1/sir)")
        #expect(document.sentences.filter { $0.kind == .byline }.map { document.text(of: $0) } == ["[idc]", "(adji/M1/sir)"])
    }

    /// Photo credits in brackets, an outlet or agency and a photographer's name between
    /// slashes, and a contributor with the place he reports from, on the article's last line.
    @Test(arguments: [
        "(ANTARA FOTO/Aprillio Akbar/nym)", "(KOMPAS.com/Garry Lotulung)", "(Foto: Ari Saputra/detikcom)",
        "(Yogi Ernes/Detikcom)", "Kontributor Garut, Ari Maulana",
    ])
    func photoAndContributorCreditsAreBylines(credit: String) {
        let document = TestSupport.nsumm.analyze("Harga cabai naik.\n\nPedagang mengeluh.\n\(credit)")
        #expect(document.sentences.map(\.kind) == [.body, .body, .byline])
        #expect(document.sentences.last.map { document.text(of: $0) } == credit)
    }

    /// A scraped page head — headline, labelled byline, publication time — before the
    /// dateline, and a copyright footer: the dateline is still found after the time line.
    @Test(arguments: [
        "Kamis, 12 Januari 2023 | 14:35 WIB", "CNN Indonesia | Senin, 06/12/2021 10:15 WIB",
        "Diperbarui 12 Jan. 2023, 15.00 WIB", "Selasa, 5 Desember 2023 pukul 10.00 WITA",
    ])
    func publicationTimeIsPartOfTheDateline(time: String) throws {
        let text = "Banjir Bandang Terjang Garut\nOleh: Andi Saputra\n\(time)\n\n"
            + "GARUT, KOMPAS.com - Banjir bandang menerjang lima kecamatan. Ratusan rumah rusak.\n\n"
            + "Copyright 2023 Kompas.com. All rights reserved."
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.title, .byline, .dateline, .body, .body, .boilerplate, .boilerplate])
        #expect(document.text(of: document.sentences[2]) == time)
        let range = try #require(document.sentences[3].dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == "GARUT, KOMPAS.com -")
    }

    /// An advertising slot and a byline, each a paragraph of its own, between the headline and
    /// the first body sentence: the dateline is still found, three paragraphs down.
    @Test func datelineOfAFirstBodySentenceAfterDebrisParagraphs() throws {
        let text = "Gempa Guncang Cianjur\n\nADVERTISEMENT\n\nOleh: Budi\n\n"
            + "CIANJUR, KOMPAS.com - Gempa magnitudo 5,6 mengguncang Cianjur. Warga berhamburan keluar rumah."
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.title, .boilerplate, .byline, .body, .body])
        let range = try #require(document.sentences[3].dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == "CIANJUR, KOMPAS.com -")
    }

    @Test func aDateInsideTheArticleIsText() {
        let document = TestSupport.nsumm.analyze(
            "Harga cabai naik.\n\nPedagang mengeluh.\n\nKamis, 12 Januari 2023 menjadi hari terakhir.\n\nPembeli berkurang.")
        #expect(document.sentences.allSatisfy { $0.kind == .body })
    }

    /// Furniture the lexicons do not know (a kicker, a caption with its credit) before a lead
    /// with an outlet's dateline: the dateline is found there, and what stands before it is
    /// furniture too.
    @Test func datelineFoundPastUnknownFurniture() throws {
        let text = "Banjir Rendam Ratusan Rumah di Bekasi\n\nWarga masih bertahan di pengungsian hingga malam hari\n\n"
            + "Ilustrasi banjir. (FOTO KABARKITA/Andi)\n\n"
            + "BEKASI, KABARKITA.com - Banjir merendam ratusan rumah sejak Senin. Warga mengungsi ke masjid."
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.title, .boilerplate, .boilerplate, .byline, .body, .body])
        let range = try #require(document.sentences[4].dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == "BEKASI, KABARKITA.com -")
    }

    /// A later paragraph that opens with a name and title set off by a dash, or with a colon, is
    /// no dateline, and the paragraphs before it stay text.
    @Test(arguments: ["Menteri BUMN, Erick Thohir - yang hadir - menyebut rencana itu.", "Ketua DPR, Puan Maharani: Kita harus bersatu."])
    func laterParagraphWithoutOutletIsNoDateline(opening: String) {
        let text = "Harga cabai naik tajam pekan ini.\n\nPedagang mengeluh.\n\n\(opening)"
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.allSatisfy { $0.kind == .body && $0.dateline == nil })
    }

    /// A headline in title case that the segmenter split off the dateline on its line is the
    /// title, and the dateline opens the first body sentence.
    @Test(arguments: [
        ("Harga Cabai Meroket Jelang Ramadan JAKARTA, KOMPAS.com - Harga cabai rawit naik. Pedagang mengeluh.",
         "Harga Cabai Meroket Jelang Ramadan", "JAKARTA, KOMPAS.com -"),
        ("Pemkot Surabaya Gelar Vaksinasi Massal Surabaya (ANTARA) - Pemerintah kota menggelar vaksinasi. Warga antusias.",
         "Pemkot Surabaya Gelar Vaksinasi Massal", "Surabaya (ANTARA) -"),
    ])
    func headlineOnTheDatelinesLineIsTheTitle(text: String, title: String, dateline: String) throws {
        let document = TestSupport.nsumm.analyze(text)
        try #require(document.sentences.count == 3)
        #expect(document.sentences[0].kind == .title)
        #expect(document.text(of: document.sentences[0]) == title)
        let range = try #require(document.sentences[1].dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == dateline)
    }

    /// A scraped page with a line a piece of furniture and no blank line: the lead's dateline
    /// opens a line, not a paragraph; what stands before it is furniture, and the longest
    /// title-case headline there is the title (not the site name on the first line).
    @Test func datelineAtALineStartAfterFurnitureInOneParagraph() throws {
        let text = """
            Liputan6.com
            Health
            Kemenkes Imbau Warga Waspada Lonjakan Kasus Demam Berdarah
            Oleh Rina Wulandari
            pada 06 Des 2023, 17:30 WIB
            Liputan6.com, Jakarta - Kementerian Kesehatan meminta warga mewaspadai lonjakan kasus demam berdarah.
            Kasus tertinggi tercatat di Jawa Barat.
            """
        let document = TestSupport.nsumm.analyze(text)
        let kinds = document.sentences.map(\.kind)
        // The writer's line and the time run together (`… Wulandari pada 06 Des …`).
        #expect(kinds == [.boilerplate, .boilerplate, .title, .boilerplate, .body, .body])
        let dateline = try #require(document.sentences.compactMap(\.dateline).first)
        #expect(String(decoding: Array(text.utf8)[dateline.utf8], as: UTF8.self) == "Liputan6.com, Jakarta -")
    }

    /// A page head with no dateline: the sections before the first sentence of prose are
    /// furniture, the headline among them is the title (the writer's line and the time are a
    /// byline and a timestamp).
    @Test func pageHeadBeforeTheFirstProseSentence() {
        let document = TestSupport.nsumm.analyze("""
            Berita
            Ekonomi Hijau
            Ekspor Produk Turunan Nikel Tembus Rekor pada Tahun Lalu
            Oleh Andi Pratama
            15 Januari 2024, 17:42
            Nilai ekspor produk turunan nikel mencapai rekor baru sepanjang tahun lalu.
            Pemerintah menargetkan kenaikan lagi tahun ini.
            """)
        #expect(document.sentences.map(\.kind) == [.boilerplate, .boilerplate, .title, .byline, .dateline, .body, .body])
    }

    /// After the closing credit, tags and related headlines are furniture; a table of results at
    /// the end of an article, with no credit after it or before the credit, is text.
    @Test func trailingFurnitureAfterTheCredit() {
        let tagged = TestSupport.nsumm.analyze("""
            Kebakaran melanda pasar tradisional di Semarang pada Minggu dini hari.
            Api baru padam setelah tiga jam, ujar Irwan.
            (ams/ams)
            kebakaran
            pasar johar
            Damkar Semarang Tambah Lima Armada Baru
            """)
        // The tags in lower case run together (`kebakaran pasar johar`): one line of furniture.
        #expect(tagged.sentences.map(\.kind) == [.body, .body, .byline, .boilerplate, .boilerplate])
        let results = TestSupport.nsumm.analyze("""
            Persib menang tipis pada pekan ketiga liga.

            Hasil pertandingan pekan ketiga:
            Persib Bandung 1-0 Persija Jakarta
            Arema FC 2-2 PSM Makassar
            """)
        #expect(results.sentences.allSatisfy { $0.kind == .body })
        // Before the editor's initials, the table is still text.
        let credited = TestSupport.nsumm.analyze("""
            Persib menang tipis pada pekan ketiga liga.

            Hasil pertandingan pekan ketiga:
            Persib Bandung 1-0 Persija Jakarta
            Arema FC 2-2 PSM Makassar
            (yoa/isn)
            """)
        #expect(credited.sentences.map(\.kind) == [.body, .body, .body, .body, .byline])
    }

    @Test func headlineNeedsMoreTextAfterIt() {
        let document = TestSupport.nsumm.analyze("Banjir Rendam Ribuan Rumah di Bekasi")
        #expect(document.sentences.first?.kind == .body)
    }
}

@Suite struct CleanerPatternTests {
    @Test func builtInPatternsAllCompile() throws {
        let cleaner = Cleaner(lexicons: try LexiconSet(language: .indonesian))
        #expect(cleaner.invalidPatterns.isEmpty)
    }
}
