/// What the entity lexicons say about a word or phrase, as bits: a word may be in several
/// lexicons at once (`Partai` is a common word and an organisation head).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// An ordinary Indonesian word (`common-words`, `stopwords`): a capitalised one that opens
    /// a sentence is not taken for a name by itself.
    static let common = WordClass(rawValue: 1 << 0)
    /// A function word (`stopwords`).
    static let stop = WordClass(rawValue: 1 << 1)
    /// A given name or name part (`entity-given-names`).
    static let givenName = WordClass(rawValue: 1 << 2)
    /// A title, rank or honorific, kept outside names (`entity-titles`).
    static let title = WordClass(rawValue: 1 << 3)
    /// Opens an organisation name: `Partai`, `Kementerian`, `PT` (`entity-name-cues`).
    static let orgHead = WordClass(rawValue: 1 << 4)
    /// Closes an organisation name: `Tbk`, `Institute`.
    static let orgTail = WordClass(rawValue: 1 << 5)
    /// Opens a place name: `Kota`, `Pulau`, `Jalan`.
    static let locationHead = WordClass(rawValue: 1 << 6)
    /// A speech verb or other word that stands next to a person's name: `kata`, `ujar`.
    static let personCue = WordClass(rawValue: 1 << 7)
    /// A lowercase word allowed inside a name: `dan`, `bin`, `van`.
    static let connector = WordClass(rawValue: 1 << 8)
    /// A capitalised word that never makes a name: `Pemilu`, `UU`, `Anda`.
    static let nonName = WordClass(rawValue: 1 << 9)
    /// A sub-body left out of an organisation's name: `DPP`, `Kantor Wilayah`.
    static let subBody = WordClass(rawValue: 1 << 10)
    /// A preposition before places: `di`, `ke`.
    static let locationCue = WordClass(rawValue: 1 << 11)
    /// A month name.
    static let month = WordClass(rawValue: 1 << 12)
    /// A weekday name.
    static let weekday = WordClass(rawValue: 1 << 13)
    /// A part of the day after a date or time: `pagi`, `malam`.
    static let dayPart = WordClass(rawValue: 1 << 14)
    /// Introduces a clock time: `pukul`.
    static let timeCue = WordClass(rawValue: 1 << 15)
    /// A time zone: `WIB`.
    static let timeZone = WordClass(rawValue: 1 << 16)
    /// Introduces a year: `tahun`.
    static let yearCue = WordClass(rawValue: 1 << 17)
    /// A number word: `dua`, `belasan`.
    static let numberWord = WordClass(rawValue: 1 << 18)
    /// A multiplier after a number: `ribu`, `juta`, `miliar`.
    static let multiplier = WordClass(rawValue: 1 << 19)
    /// A currency: `Rp`, `US$`, `dolar`.
    static let currency = WordClass(rawValue: 1 << 20)
    /// Percent: `persen`, `%`.
    static let percent = WordClass(rawValue: 1 << 21)
    /// A lowercase word allowed inside an organisation's name: `dan`, `untuk`, `of`.
    static let orgConnector = WordClass(rawValue: 1 << 22)
    /// Qualifies a title that follows: `Wakil`, `mantan`, `Plt`.
    static let titleModifier = WordClass(rawValue: 1 << 23)
    /// Words that stand before an organisation mention and say so: `partai`, `lembaga`.
    static let orgCue = WordClass(rawValue: 1 << 24)

    /// The class names used in the second column of `entity-*.tsv` lexicons.
    static let names: [String: WordClass] = [
        "org-head": .orgHead, "org-tail": .orgTail, "location-head": .locationHead,
        "person-cue": .personCue, "connector": .connector, "non-name": .nonName,
        "sub-body": .subBody, "location-cue": .locationCue, "month": .month,
        "weekday": .weekday, "day-part": .dayPart, "time-cue": .timeCue,
        "time-zone": .timeZone, "year-cue": .yearCue, "number": .numberWord,
        "multiplier": .multiplier, "currency": .currency, "percent": .percent,
        "title": .title, "org-connector": .orgConnector, "title-modifier": .titleModifier, "org-cue": .orgCue,
    ]
}
