import Testing
@testable import NSummKit

/// Spots `text` and returns each entity as "TYPE text".
func spotted(_ nsumm: NSumm, _ text: String) -> [String] {
    nsumm.entities(in: nsumm.analyze(text)).map { "\($0.kind.rawValue) \($0.text)" }
}

/// Names: persons, organisations and places, with titles kept outside. The sentences are
/// written for these tests.
@Suite struct EntitySpotterNameTests {
    let nsumm = try! NSumm(language: .indonesian)

    @Test func titlesStayOutsideNames() {
        #expect(
            spotted(nsumm, "Presiden Kassym-Jomart Tokayev meminta bantuan militer.")
                == ["PER Kassym-Jomart Tokayev"])
        #expect(
            spotted(nsumm, "Menteri Luar Negeri Retno Marsudi tiba pagi ini.") == ["PER Retno Marsudi"])
        #expect(
            spotted(nsumm, "Menteri Keuangan Sri Mulyani Indrawati memperkirakan inflasi turun.")
                == ["PER Sri Mulyani Indrawati"])
        // After an abbreviated title no portfolio follows: the ordinary word is the name.
        #expect(spotted(nsumm, "Ia ditelepon Mensesneg Sudi Silalahi semalam.") == ["PER Sudi Silalahi"])
        #expect(
            spotted(nsumm, "Rapat dipimpin Wakil Ketua DPR Fadel Rahmat dan Dr. H. Sutan Alamsyah.")
                == ["ORG DPR", "PER Fadel Rahmat", "PER Sutan Alamsyah"])
    }

    @Test func titleThenOrganisationThenPerson() {
        #expect(
            spotted(nsumm, "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono berkunjung ke Surabaya.")
                == ["ORG Partai Demokrat", "PER Agus Harimurti Yudhoyono", "LOC Surabaya"])
        #expect(
            spotted(nsumm, "Hal itu disampaikan Kepala BPS Margo Yuwono di Jakarta.")
                == ["ORG BPS", "PER Margo Yuwono", "LOC Jakarta"])
    }

    @Test func organisations() {
        #expect(
            spotted(nsumm, "Pasukan dikirim oleh Organisasi Perjanjian Keamanan Kolektif (CSTO).")
                == ["ORG Organisasi Perjanjian Keamanan Kolektif (CSTO)"])
        #expect(
            spotted(nsumm, "Sahamnya dibeli PT Astra International Tbk tahun lalu.")
                == ["ORG PT Astra International Tbk"])
        #expect(
            spotted(nsumm, "Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia menolak permohonan itu.")
                == ["ORG Kementerian Hukum dan Hak Asasi Manusia"])
        // Unknown organisations from their heads, sub-bodies left out.
        #expect(
            spotted(nsumm, "Surat itu dikirim ke DPP Partai Harapan Bangsa di Bandung.")
                == ["ORG Partai Harapan Bangsa", "LOC Bandung"])
        #expect(spotted(nsumm, "Kasus itu ditangani Pengadilan Negeri Tangerang.") == ["ORG Pengadilan Negeri Tangerang"])
        // A company tail and the ticker after a known company belong to it.
        #expect(
            spotted(nsumm, "Saham PT Bank Central Asia Tbk (BBCA) naik 2,5 persen.")
                == ["ORG PT Bank Central Asia Tbk (BBCA)", "PERCENT 2,5 persen"])
        // The region of a branch or an office is part of how it is named, not a place named.
        #expect(spotted(nsumm, "Ketua DPD Partai Demokrat Bali I Made Sudarta hadir.") == ["ORG Partai Demokrat", "PER I Made Sudarta"])
        #expect(spotted(nsumm, "Ia mencalonkan diri sebagai gubernur DKI Jakarta.") == [])
    }

    @Test func acronyms() {
        #expect(spotted(nsumm, "CSTO merupakan aliansi militer yang dipimpin Rusia.") == ["ORG CSTO", "LOC Rusia"])
        #expect(
            spotted(nsumm, "Penyidik KPK memeriksa pejabat BUMN dan anggota DPRD.")
                == ["ORG KPK", "ORG BUMN", "ORG DPRD"])
        // An unknown acronym is taken for an organisation; common acronyms are no names.
        #expect(spotted(nsumm, "Warga antre di SPBU dengan membawa KTP ke kantor GMKI.") == ["ORG GMKI"])
    }

    @Test func allCapitals() {
        #expect(
            spotted(nsumm, "PRESIDEN JOKO WIDODO MENGUNJUNGI KALIMANTAN TIMUR BERSAMA ERICK THOHIR.")
                == ["PER JOKO WIDODO", "LOC KALIMANTAN TIMUR", "PER ERICK THOHIR"])
    }

    @Test func sentenceInitialNames() {
        // A name opening the sentence is a name; an ordinary capitalised word is not.
        #expect(spotted(nsumm, "Sabyr membawa spanduk ke alun-alun.") == ["PER Sabyr"])
        #expect(spotted(nsumm, "Budiman Tanuredjo menilai langkah itu tepat.") == ["PER Budiman Tanuredjo"])
        #expect(spotted(nsumm, "Menurut Sabyr, demonstrasi berlangsung damai.") == ["PER Sabyr"])
        #expect(spotted(nsumm, "Pengiriman pasukan dilakukan sejak pagi.") == [])
        #expect(spotted(nsumm, "\"Kami tidak mendukung,\" kata Sabyr.") == ["PER Sabyr"])
    }

    @Test func titleCaseHeadline() {
        #expect(
            spotted(nsumm, "Rusia Kirim Pasukan Bantu Konflik di Kazakhstan")
                == ["LOC Rusia", "LOC Kazakhstan"])
    }

    @Test func places() {
        #expect(
            spotted(nsumm, "Ia tinggal di Kabupaten Sleman, Daerah Istimewa Yogyakarta, sejak 2010.")
                .prefix(2) == ["LOC Kabupaten Sleman", "LOC Daerah Istimewa Yogyakarta"])
        #expect(spotted(nsumm, "Bentrokan pecah di alun-alun utama Almaty.") == ["LOC Almaty"])
        #expect(spotted(nsumm, "Rombongan menginap di Pulau Nusakambangan.") == ["LOC Pulau Nusakambangan"])
    }

    @Test func tickets() {
        // Full names joined by a hyphen are two people; a one-word pair is one name, as written.
        #expect(
            spotted(nsumm, "Pasangan Joko Widodo-Jusuf Kalla unggul di Jawa Barat.")
                == ["PER Joko Widodo", "PER Jusuf Kalla", "LOC Jawa Barat"])
        #expect(spotted(nsumm, "Tim Prabowo-Hatta menggugat hasilnya.") == ["PER Prabowo-Hatta"])
        #expect(spotted(nsumm, "Presiden Kassym-Jomart Tokayev tiba.") == ["PER Kassym-Jomart Tokayev"])
    }

    @Test func nonNamesAreSkipped() {
        #expect(spotted(nsumm, "Hasil Pemilu Legislatif diumumkan KPU.") == ["ORG KPU"])
        #expect(spotted(nsumm, "Anda bisa membaca UU Pemilu di situs itu.") == [])
    }
}
