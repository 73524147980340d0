/// Recognises derived Indonesian words whose root is a common word (`Pengiriman` from
/// `kirim`, `Dikerahkan` from `kerah`), so that a capitalised derived word opening a sentence
/// is not taken for a name. It tries the prefixes and suffixes the word actually has (a handful
/// of hash lookups), with the nasal-assimilation rules of `meN-`/`peN-`.
enum AffixStripper {
    private static let suffixes: [[UInt8]] = ["nya", "lah", "kah", "pun", "kan", "an", "i"].map {
        Array($0.utf8)
    }
    /// Prefix, and the letter the nasal replaced (0: none).
    private static let prefixes: [([UInt8], UInt8)] = [
        ("meng", 0), ("meng", 0x6B), ("meny", 0x73), ("mem", 0), ("mem", 0x70), ("men", 0),
        ("men", 0x74), ("me", 0), ("peng", 0), ("peng", 0x6B), ("peny", 0x73), ("pem", 0),
        ("pem", 0x70), ("pen", 0), ("pen", 0x74), ("pe", 0), ("ber", 0), ("be", 0), ("ter", 0),
        ("te", 0), ("per", 0), ("di", 0), ("ke", 0), ("se", 0),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Whether the lowercase ASCII word `word` is a common word with affixes stripped.
    static func hasCommonRoot(_ word: [UInt8], in lexicons: EntityLexicons) -> Bool {
        guard word.count >= 4 else { return false }
        var stems: [ArraySlice<UInt8>] = [word[...]]
        // Up to two suffixes: a particle or possessive, then a derivational one.
        for _ in 0..<2 {
            guard let last = stems.last else { break }
            var stripped = false
            for suffix in suffixes where last.count > suffix.count + 2 && last.suffix(suffix.count).elementsEqual(suffix) {
                stems.append(last.dropLast(suffix.count))
                stripped = true
                break
            }
            if !stripped { break }
        }
        for stem in stems {
            if stem.count < word.count && isCommon(stem, in: lexicons) { return true }
            for (prefix, restored) in prefixes
            where stem.count > prefix.count + 2 && stem.prefix(prefix.count).elementsEqual(prefix) {
                var root = Array(stem.dropFirst(prefix.count))
                if restored != 0 { root.insert(restored, at: 0) }
                if isCommon(root[...], in: lexicons) { return true }
                // Two prefixes: di-per-, ke-ber-, mem-per-, ter-...
                for (inner, _) in prefixes where root.count > inner.count + 2 && root.prefix(inner.count).elementsEqual(inner) {
                    if isCommon(root.dropFirst(inner.count), in: lexicons) { return true }
                }
            }
        }
        return false
    }

    private static func isCommon(_ bytes: ArraySlice<UInt8>, in lexicons: EntityLexicons) -> Bool {
        var hash = TokenHash.empty
        for byte in bytes { hash = TokenHash.adding(byte, to: hash) }
        return lexicons.info(hash)?.classes.contains(.common) ?? false
    }
}
