import Testing
@testable import NSummKit

/// The credit, debris and date styles of the `bylines`, `boilerplate` and `timestamps`
/// lexicons, each on an article of its own, and ordinary sentences those patterns leave alone.
@Suite struct CleanerLexiconTests {
    /// Credits on the article's last line: writer and editor, reporter and outlet, an outlet
    /// alone, a name in brackets, and photo credits with or without brackets.
    @Test(arguments: [
        "Penulis Galuh Putri Riyanto | Editor Reska K. Nistanto",
        "Penulis: Galuh Putri Riyanto | Editor: Reska K. Nistanto",
        "Rep: Fuji Eka Permana/ Red: Muhammad Hafil", "Oleh Arthur Gideon", "Rio Eristiawan, Jurnalis",
        "Mochamad Fadli - detikNews", "Tim detikBali - detikBali", "Nyoman Ary Wahyudi - Bisnis.com",
        "Irfan Ma'ruf · Sabtu, 06 April 2024 - 07:45:00 WIB",
        "Laporan Kontributor TribunJabar.id Garut, Sidqi Al Ghifari",
        "CNN Indonesia", "BBC News Indonesia", "VOA Indonesia", "Redaksi VOA",
        "(Rio Eristiawan)", "(*)", "(CNN Indonesia/Adhi Wicaksono)", "(KOMPAS.com/RIZKY SYAHPUTRA)",
        "ANTARA FOTO/Dedhez Anggara/rwa.", "Foto/REUTERS", "(Foto: AFP)",
    ])
    func creditOnTheLastLineIsAByline(credit: String) {
        let document = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\nWisatawan mulai berdatangan.\n\(credit)")
        #expect(document.sentences.map(\.kind) == [.body, .body, .byline])
        #expect(document.sentences.last.map { document.text(of: $0) } == credit)
    }

    /// Kumparan's channel names start with a small letter, so they stand in a paragraph of their
    /// own rather than run on from the line before.
    @Test(arguments: ["kumparanNEWS", "kumparanBISNIS"])
    func kumparanChannelIsAByline(channel: String) {
        let document = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\nWisatawan mulai berdatangan.\n\n\(channel)")
        #expect(document.sentences.map(\.kind) == [.body, .body, .byline])
    }

    /// The credit styles the lexicon knew before still are bylines.
    @Test(arguments: [
        "(ANTARA FOTO/Aprillio Akbar/nym)", "(KOMPAS.com/Garry Lotulung)", "(Foto: Ari Saputra/detikcom)",
        "(Yogi Ernes/Detikcom)",
    ])
    func earlierPhotoCreditsStillAreBylines(credit: String) {
        let document = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\nWisatawan mulai berdatangan.\n\(credit)")
        #expect(document.sentences.last?.kind == .byline)
        let initials = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\nWisatawan mulai berdatangan. (ant/hms)")
        #expect(initials.sentences.last?.kind == .byline)
    }

    /// A page head with a colonless byline and two publication stamps on one line, in either
    /// order: the stamps are the dateline, and the article's own dateline is still found.
    @Test(arguments: [
        "Diperbarui 22 Feb 2024, 10:15 WIB Diterbitkan 22 Feb 2024, 09:00 WIB",
        "Diterbitkan 3 Maret 2024, 08.30 WIB Diperbarui 3 Maret 2024, 11.05 WIB",
    ])
    func twoStampsOnOneLineAreTheDateline(stamps: String) throws {
        let text = "Longsor Tutup Jalan Ciwidey\nOleh Arthur Gideon\n\(stamps)\n\n"
            + "BANDUNG, KOMPAS.com - Longsor menutup jalan ke Ciwidey. Petugas membersihkan tanah."
        let document = TestSupport.nsumm.analyze(text)
        #expect(document.sentences.map(\.kind) == [.title, .byline, .dateline, .body, .body])
        #expect(document.text(of: document.sentences[2]) == stamps)
        let range = try #require(document.sentences[3].dateline)
        #expect(String(decoding: Array(text.utf8)[range.utf8], as: UTF8.self) == "BANDUNG, KOMPAS.com -")
    }

    /// Sentences at the article's end that look a little like credits stay article text.
    @Test(arguments: [
        "Oleh karena itu, harga tiket dinaikkan.", "Oleh Oleh Khas Ciwidey", "Rio Eristiawan, jurnalis senior, ikut hadir.",
        "Penulis buku itu hadir | Editor tidak datang.", "Pengelola menargetkan 5.000 wisatawan - Kompas mencatatnya.",
        "CNN Indonesia melaporkan hal serupa.", "Foto/video itu beredar luas di media sosial.",
        "(Rio Eristiawan menambahkan bahwa harga naik.)",
    ])
    func lookalikeSentenceAtTheEndIsText(sentence: String) {
        let document = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\nWisatawan mulai berdatangan.\n\(sentence)")
        #expect(document.sentences.allSatisfy { $0.kind == .body })
    }

    /// Follow and app promotions, related-article and video links, photo captions and
    /// credits, placeholders and dividers, each a line of its own in the middle of the article.
    @Test(arguments: [
        "Follow Berita Terkini di Google News", "Ikuti saluran WhatsApp kami untuk kabar terbaru",
        "Dapatkan berita terkini langsung di ponsel Anda", "Dapatkan akses eksklusif ke artikel premium kami",
        "Simak update artikel pilihan lainnya dari kami di Google News",
        "Ayo, baca konten menarik lainnya dan ikuti kami di WhatsApp", "Baca berikutnya",
        "Lihat juga video: Warga Ciwidey Gotong Royong", "Saksikan Video Pilihan di Bawah Ini",
        "Anda mungkin juga tertarik: Tiket Masuk Naik Lagi", "Photo :", "loading...", "***",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis tanpa izin",
        "Keterangan gambar, Wisatawan berfoto di kebun teh", "Sumber gambar, Getty Images",
        "Artikel Terkait", "Berita Terkait",
    ])
    func siteDebrisLineIsBoilerplate(line: String) {
        let kinds = Self.kindsOfTheMiddleParagraph(line)
        #expect(!kinds.isEmpty && Set(kinds) == [.boilerplate])
    }

    /// A related-article or video label alone takes the headline on its next line.
    @Test(arguments: ["Artikel Terkait", "Berita Terkait", "Lihat juga video:", "Anda mungkin juga tertarik:"])
    func relatedLabelTakesTheHeadlineOnTheNextLine(label: String) {
        #expect(Self.kindsOfTheMiddleParagraph("\(label)\nTiket Masuk Naik Lagi, Ini Daftarnya") == [.boilerplate, .boilerplate])
    }

    /// A sentence that opens with the first word of a new entry, but not with the entry, stays
    /// article text.
    @Test(arguments: [
        "Ayo berkunjung ke Ciwidey akhir pekan ini.", "Keterangan saksi itu dibantah polisi.",
        "Sumber gambar itu belum diketahui.", "Dapatkan tiketnya di loket resmi.",
    ])
    func lineLikeADebrisEntryIsText(line: String) {
        let kinds = Self.kindsOfTheMiddleParagraph(line)
        #expect(!kinds.isEmpty && Set(kinds) == [.body])
    }

    /// The kinds of the sentences of `line`, a paragraph between two of the article's own; none
    /// when the article's paragraphs are not body text.
    private static func kindsOfTheMiddleParagraph(_ line: String) -> [SentenceKind] {
        let kinds = TestSupport.nsumm.analyze("Kebun teh di Ciwidey dibuka lagi.\n\n\(line)\n\nWisatawan mulai berdatangan.")
            .sentences.map(\.kind)
        guard kinds.count >= 3, kinds.first == .body, kinds.last == .body else { return [] }
        return Array(kinds.dropFirst().dropLast())
    }
}
