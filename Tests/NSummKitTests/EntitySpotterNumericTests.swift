import Testing
@testable import NSummKit

/// Dates, times, money, percentages and quantities. The sentences are written for these tests.
@Suite struct EntitySpotterNumericTests {
    let nsumm = try! NSumm(language: .indonesian)

    @Test func weekdaysWithDates() {
        #expect(spotted(nsumm, "Bentrokan terjadi Kamis (6/1) di pusat kota.") == ["DATE Kamis (6/1)"])
        #expect(spotted(nsumm, "Ia ditangkap Selasa (28/10/2014) malam.") == ["DATE Selasa (28/10/2014) malam"])
        #expect(spotted(nsumm, "Sidang digelar Senin, 3 Februari 2020.") == ["DATE Senin, 3 Februari 2020"])
    }

    @Test func calendarDates() {
        #expect(spotted(nsumm, "Kerusuhan pecah pada 5 Januari 2022.") == ["DATE 5 Januari 2022"])
        #expect(spotted(nsumm, "Survei dilakukan 22-25 Januari 2023.") == ["DATE 22-25 Januari 2023"])
        #expect(spotted(nsumm, "Harga naik sejak Maret 2021.") == ["DATE Maret 2021"])
        #expect(spotted(nsumm, "Ia menjabat pada periode 2019-2024.") == ["DATE 2019-2024"])
        #expect(spotted(nsumm, "Pemilihan berlangsung tahun 2024.") == ["DATE tahun 2024"])
    }

    @Test func times() {
        #expect(spotted(nsumm, "Rapat dimulai pukul 10.30 WIB di gedung itu.") == ["TIME pukul 10.30 WIB"])
        #expect(spotted(nsumm, "Gempa terjadi 04.15 WITA.") == ["TIME 04.15 WITA"])
    }

    @Test func money() {
        #expect(spotted(nsumm, "Kerugian mencapai Rp 5 juta.") == ["MONEY Rp 5 juta"])
        #expect(spotted(nsumm, "Bank itu menyalurkan US$ 1,2 miliar.") == ["MONEY US$ 1,2 miliar"])
        #expect(spotted(nsumm, "Nilainya sekitar 3 juta dolar AS.") == ["MONEY 3 juta dolar AS"])
    }

    @Test func percentagesAndQuantities() {
        #expect(spotted(nsumm, "Inflasi mencapai 5,5 persen tahun ini.") == ["PERCENT 5,5 persen"])
        #expect(spotted(nsumm, "Sekitar 2.500 pasukan dikirim ke sana.") == ["QUANTITY 2.500 pasukan"])
        #expect(spotted(nsumm, "Ada 18 anggota pasukan keamanan yang tewas.") == ["QUANTITY 18 anggota"])
        // A verb after a number is not what it counts.
        #expect(spotted(nsumm, "Lebih dari 2.000 ditangkap polisi.") == ["QUANTITY 2.000"])
    }
}
