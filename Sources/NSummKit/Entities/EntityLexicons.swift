/// The entity spotter's lexicons compiled into hash tables, once, when the spotter is made.
///
/// - `words`: for every token hash, its ``WordClass``es and how long the longest cue phrase and
///   gazetteer entry starting with it are;
/// - `cuePhrases`: multi-token titles and cues (`Ketua Umum`, `dini hari`, `US$`);
/// - `gazetteer`: every entry of every `gazetteer*` lexicon, keyed by phrase hash.
///
/// Which lexicons feed what is listed in ``EntitySpotter``'s documentation.
struct EntityLexicons: Sendable {
    /// What is known about one token.
    struct WordInfo: Sendable {
        var classes: WordClass
        /// Tokens in the longest multi-token cue phrase that starts with this token (0: none).
        var cueLength: UInt8
        /// Tokens in the longest gazetteer entry that starts with this token (0: none).
        var gazetteerLength: UInt8
    }

    /// One gazetteer entry.
    struct GazetteerEntry: Sendable {
        var kind: EntityKind
        /// Bit `i` set: token `i` of the entry is capitalised in the lexicon, so it must be in
        /// the text too.
        var capitalMask: UInt32
        /// The entry is an acronym written in capitals (`CSTO`): the text must be in capitals.
        var acronym: Bool
    }

    private(set) var words = HashTable<WordInfo>(
        filler: WordInfo(classes: [], cueLength: 0, gazetteerLength: 0), capacity: 1 << 12)
    /// The ordinary words (`common-words*`): large, so kept apart from `words`, which every
    /// token is looked up in, and only asked about capitalised words and affix-stripped roots.
    private(set) var commonWords = HashTable<Void>(filler: (), capacity: 1 << 15)
    private(set) var cuePhrases = HashTable<WordClass>(filler: [], capacity: 1024)
    private(set) var gazetteer = HashTable<GazetteerEntry>(
        filler: GazetteerEntry(kind: .location, capitalMask: 0, acronym: false), capacity: 1 << 13)
    static let maximumPhraseTokens = 12

    init(_ lexicons: LexiconSet) {
        for lexicon in lexicons.lexicons(named: "common-words") {
            for word in lexicon.words {
                if let hash = Self.lowercaseWordHash(word) {
                    commonWords.insert(hash, ())
                    continue
                }
                let tokens = Self.tokens(of: word)
                if tokens.count == 1 { commonWords.insert(tokens[0].hash, ()) }
            }
        }
        for word in lexicons["stopwords"]?.words ?? [] { addCue(word, [.common, .stop]) }
        for word in lexicons["entity-given-names"]?.words ?? [] { addCue(word, .givenName) }
        for word in lexicons["entity-titles"]?.words ?? [] { addCue(word, .title) }
        for word in lexicons["entity-honorifics"]?.words ?? [] { addCue(word, [.title, .honorific]) }
        for lexicon in lexicons.lexicons(named: "entity-") where lexicon.name.hasSuffix("-cues")
            || lexicon.name.hasPrefix("entity-calendar") || lexicon.name.hasPrefix("entity-amounts")
        {
            for entry in lexicon.entries where entry.count >= 2 {
                var classes: WordClass = []
                for name in entry[1].split(whereSeparator: { $0 == "," || $0 == " " }) {
                    if let known = WordClass.names[String(name)] { classes.insert(known) }
                }
                if !classes.isEmpty { addCue(entry[0], classes) }
            }
        }
        for lexicon in lexicons.lexicons(named: "gazetteer") {
            for entry in lexicon.entries where entry.count >= 2 {
                guard let kind = Self.kind(entry[1]) else { continue }
                addGazetteer(entry[0], kind)
            }
        }
    }

    /// The kind named in a gazetteer's type column.
    static func kind(_ name: String) -> EntityKind? {
        switch name.uppercased() {
        case "PER", "PERSON": return .person
        case "ORG", "ORGANIZATION", "ORGANISATION": return .organization
        case "LOC", "LOCATION", "GPE", "PLACE": return .location
        default: return nil
        }
    }

    /// The tokens of a lexicon entry, tokenised like text.
    /// The token hash of a word of lower-case ASCII letters — nearly all of the 30,000 common
    /// words — computed without tokenising it; nil for any other word.
    private static func lowercaseWordHash(_ word: String) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return nil }
            return TokenHash.ascii(bytes, 0, bytes.count)
        }
    }

    private static func tokens(of surface: String) -> [EntityToken] {
        var surface = surface
        return surface.withUTF8 { EntityTokenizer.tokens($0, 0..<$0.count) }
    }

    private static func phraseHash(_ tokens: [EntityToken]) -> UInt64 {
        var hash = TokenHash.phrase(tokens[0].hash)
        for token in tokens.dropFirst() { hash = TokenHash.extending(hash, with: token.hash) }
        return hash
    }

    private mutating func addCue(_ surface: String, _ classes: WordClass) {
        let tokens = Self.tokens(of: surface)
        guard !tokens.isEmpty, tokens.count <= Self.maximumPhraseTokens else { return }
        if tokens.count == 1 {
            words.insert(
                tokens[0].hash, WordInfo(classes: classes, cueLength: 0, gazetteerLength: 0)
            ) { old, new in
                var merged = old
                merged.classes.formUnion(new.classes)
                return merged
            }
            return
        }
        cuePhrases.insert(Self.phraseHash(tokens), classes) { $0.union($1) }
        let length = UInt8(tokens.count)
        words.insert(tokens[0].hash, WordInfo(classes: [], cueLength: length, gazetteerLength: 0)) {
            old, _ in
            var merged = old
            merged.cueLength = max(old.cueLength, length)
            return merged
        }
    }

    private mutating func addGazetteer(_ surface: String, _ kind: EntityKind) {
        let tokens = Self.tokens(of: surface)
        guard !tokens.isEmpty, tokens.count <= Self.maximumPhraseTokens else { return }
        var mask: UInt32 = 0
        for (index, token) in tokens.enumerated() where token.isCapitalized { mask |= 1 << index }
        let acronym = tokens.allSatisfy { !$0.isWord || $0.has(EntityToken.allCaps) || $0.isNumeric }
            && tokens.contains { $0.letters >= 2 }
        gazetteer.insert(
            Self.phraseHash(tokens), GazetteerEntry(kind: kind, capitalMask: mask, acronym: acronym))
        let length = UInt8(tokens.count)
        words.insert(tokens[0].hash, WordInfo(classes: [], cueLength: 0, gazetteerLength: length)) {
            old, _ in
            var merged = old
            merged.gazetteerLength = max(old.gazetteerLength, length)
            return merged
        }
    }

    /// What the lexicons say about a token (nil when nothing); ``WordClass/common`` only for
    /// stop words (see ``isCommon(_:)``).
    @inline(__always)
    func info(_ hash: UInt64) -> WordInfo? { words.value(hash) }

    /// Whether a token is an ordinary word (a common word or a stop word).
    @inline(__always)
    func isCommon(_ hash: UInt64) -> Bool {
        commonWords.contains(hash) || (words.value(hash)?.classes.contains(.common) ?? false)
    }
}
