/// Finds names (persons, organisations, places), dates, times, amounts of money, percentages
/// and quantities in Indonesian text with rules and lexicons — no statistical model.
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let doc = nsumm.analyze("Presiden Kassym-Jomart Tokayev meminta bantuan CSTO, Kamis (6/1).")
/// for entity in nsumm.entities(in: doc) {
///     print(entity.kind, entity.text)   // PER Kassym-Jomart Tokayev, ORG CSTO, DATE Kamis (6/1)
/// }
/// ```
///
/// Titles and honorifics are kept outside names (`Presiden Kassym-Jomart Tokayev` gives the
/// person `Kassym-Jomart Tokayev`), and sub-bodies outside organisations (`DPP Partai Golkar`
/// gives `Partai Golkar`). The rules are described in `NameRules` and `NumericRules`; the words
/// they use come from these lexicons of the ``LexiconSet``:
///
/// | lexicon | what |
/// |---|---|
/// | every `gazetteer*` (TSV `surface<TAB>PER/ORG/LOC`) | known names, longest match wins |
/// | `entity-titles` | titles, ranks and honorifics kept outside names |
/// | `entity-given-names` | given names and name parts |
/// | `entity-name-cues` (TSV `word<TAB>class`) | organisation and place heads, connectors, cue words, non-names |
/// | `entity-calendar`, `entity-amounts` (TSV) | months, weekdays, times, numbers, currencies |
/// | `common-words`, `stopwords` | ordinary words, which do not start a name at a sentence start |
///
/// A user's lexicon folder adds to them: a new `gazetteer-mine.tsv` adds names (a later entry
/// for the same surface replaces an earlier one, files apply in name order), and a file named
/// like a built-in one extends it or, with `!` lines, removes entries.
///
/// The lexicons are compiled into hash tables once, in ``init(lexicons:)``; spotting then works
/// on the UTF-8 bytes of each sentence with one pass of tokenising and hashed lookups. The
/// value is immutable, `Sendable`, and can be used from any number of threads at once.
public struct EntitySpotter: Sendable {
    let lexicons: EntityLexicons

    /// Compiles `lexicons` into the spotter's lookup tables.
    public init(lexicons: LexiconSet) {
        self.lexicons = EntityLexicons(lexicons)
    }

    /// The entities of every sentence of `document`, ordered by sentence and then by position,
    /// each with its range in the original input.
    public func entities(in document: Document) -> [Entity] {
        var entities: [Entity] = []
        var spans: [Range<Int>] = []
        document.text.bytes.withUnsafeBufferPointer { bytes in
            var context = SpotContext(bytes: bytes, lexicons: lexicons)
            for (index, sentence) in document.sentences.enumerated() {
                spot(sentence.span, in: &context)
                guard !context.spans.isEmpty else { continue }
                spans.removeAll(keepingCapacity: true)
                for span in context.spans { spans.append(span.start..<span.end) }
                let ranges = document.originalRanges(of: spans, in: sentence)
                for (position, span) in context.spans.enumerated() {
                    entities.append(
                        Entity(
                            kind: span.kind, range: ranges[position], sentence: index,
                            text: String(decoding: bytes[span.start..<span.end], as: UTF8.self)))
                }
            }
        }
        return entities
    }

    /// Spots the entities of `range` of the context's buffer into `context.spans`, sorted by
    /// start.
    func spot(_ range: Range<Int>, in context: inout SpotContext) {
        context.load(range)
        NumericRules.apply(&context)
        NameRules.apply(&context)
        context.spans.sort { $0.start < $1.start || $0.start == $1.start && $0.end < $1.end }
    }
}
