/// A stretch of an article that must reach the translation unchanged: a proper name, a URL, an
/// e-mail address or a code. The XLIFF export marks it `translate="no"` (2.x) or
/// `mtype="protected"` (1.2).
///
/// Numbers, amounts and dates are never protected: their separators and order change between
/// languages (`Rp2,06 triliun` → `Rp2.06 trillion`, `(12/5)` → 12 May).
///
/// ```swift
/// let names = entities.compactMap(ProtectedSpan.init)       // persons, organisations, places
/// let codes = ProtectedSpanFinder(lexicons: nsumm.lexicons).spans(in: document)
/// ```
public struct ProtectedSpan: Sendable, Hashable {
    /// What the span is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A person's name.
        case person
        /// An organisation's name.
        case organization
        /// A place name.
        case location
        /// A web address (`https://…`, `www.…`, `Kompas.com`).
        case url
        /// An e-mail address.
        case email
        /// A social media handle or hashtag (`@jokowi`, `#IndonesiaMaju`).
        case handle
        /// A code mixing capitals and digits: models, regulations, tickers (`A320`, `COVID-19`).
        case code
    }

    /// What the span is.
    public let kind: Kind
    /// Where it is in the original input.
    public let range: TextRange

    /// Creates a span.
    public init(kind: Kind, range: TextRange) {
        self.kind = kind
        self.range = range
    }

    /// The span of a name entity (person, organisation, location); nil for dates, times and
    /// amounts, which translators must adapt.
    public init?(_ entity: Entity) {
        switch entity.kind {
        case .person: kind = .person
        case .organization: kind = .organization
        case .location: kind = .location
        case .date, .time, .quantity, .money, .percent: return nil
        }
        range = entity.range
    }
}
