/// The kinds of entity nsumm spots. Names (person, organization, location) are what the
/// summarizer's entity density counts most; the numeric kinds mark dates, times and amounts.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person's name, without title or honorific: `Kassym-Jomart Tokayev`.
    case person = "PER"
    /// An organisation: `Organisasi Perjanjian Keamanan Kolektif`, `CSTO`, `PT Astra International Tbk`.
    case organization = "ORG"
    /// A place: a country, province, city or other named location.
    case location = "LOC"
    /// A date or day: `Kamis (6/1)`, `5 Januari 2022`.
    case date = "DATE"
    /// A time of day: `pukul 10.30 WIB`.
    case time = "TIME"
    /// A count or measured quantity: `2.500 pasukan`, `18 anggota`.
    case quantity = "QUANTITY"
    /// An amount of money: `Rp 5 juta`, `US$ 1,2 miliar`.
    case money = "MONEY"
    /// A percentage: `12,5 persen`.
    case percent = "PERCENT"

    /// Whether this kind is a name (person, organization or location).
    public var isName: Bool {
        self == .person || self == .organization || self == .location
    }
}
