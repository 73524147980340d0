/// Finds the words of a stretch of UTF-8 text and hashes them case-insensitively, without
/// building strings: the summarizer's features count and compare words by these hashes.
///
/// A word is a run of letters and digits; a hyphen or apostrophe between two such characters
/// joins them (`besar-besaran`, `ke-69`, `Jum'at` are one word each). Everything else separates
/// words. The hash is 64-bit FNV-1a over the lowercased UTF-8 bytes, so `Jakarta` and `JAKARTA`
/// hash alike; two different words of one article colliding is as unlikely as 1 in 10^15.
enum WordScanner {
    /// One word of the text.
    struct Word {
        /// FNV-1a hash of the lowercased word.
        let hash: UInt64
        /// Whether the word is made of digits only (`2017`, but not `ke-69` or `F1`).
        let isNumber: Bool
    }

    /// Calls `body` for every word of `bytes[range]`, in order.
    ///
    /// - Complexity: O(*n*) in the length of the range.
    @inline(__always)
    static func forEachWord(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Word) -> Void
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        var hash = fnvOffset
        var inWord = false
        var digitsOnly = true
        while index < end {
            let byte = bytes[index]
            // Fast path: ASCII letters and digits, most of the bytes of Indonesian text.
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                hash = (hash ^ UInt64(byte | 0x20)) &* fnvPrime
                inWord = true
                digitsOnly = false
                index += 1
                continue
            }
            if byte &- UInt8(ascii: "0") < 10 {
                hash = (hash ^ UInt64(byte)) &* fnvPrime
                inWord = true
                index += 1
                continue
            }
            var length = 1
            var kind: CharacterKind
            var lowered: Unicode.Scalar? = nil
            if byte < 0x80 {
                kind = asciiKind(byte)
            } else {
                let (scalar, scalarLength) = UTF8Bytes.scalar(at: index, in: bytes)
                length = scalarLength
                kind = Self.kind(of: scalar)
                if kind == .letter { lowered = lowercase(scalar) }
            }
            switch kind {
            case .letter, .digit:
                if byte < 0x80 {
                    hash = (hash ^ UInt64(byte | (kind == .letter ? 0x20 : 0))) &* fnvPrime
                } else if let lowered {
                    for unit in UTF8.encode(lowered)! { hash = (hash ^ UInt64(unit)) &* fnvPrime }
                } else {
                    for offset in 0..<length { hash = (hash ^ UInt64(bytes[index + offset])) &* fnvPrime }
                }
                if kind == .letter { digitsOnly = false }
                inWord = true
            case .joiner where inWord && index + length < end && startsWordCharacter(bytes, index + length):
                // ’ hashes like ' and the Unicode hyphens like -, so spelling variants match.
                let folded = byte < 0x80 ? byte : length == 3 && bytes[index + 2] == 0x99 ? UInt8(ascii: "'") : UInt8(ascii: "-")
                hash = (hash ^ UInt64(folded)) &* fnvPrime
                digitsOnly = false
            default:
                if inWord {
                    body(Word(hash: hash, isNumber: digitsOnly))
                    hash = fnvOffset
                    inWord = false
                    digitsOnly = true
                }
            }
            index += length
        }
        if inWord { body(Word(hash: hash, isNumber: digitsOnly)) }
    }

    /// Calls `body` for every word of `string`, in order.
    static func forEachWord(in string: String, _ body: (Word) -> Void) {
        var string = string
        string.withUTF8 { forEachWord(in: $0, 0..<$0.count, body) }
    }

    /// The hash of a single word given as a string (a lexicon entry such as a stop word), or nil
    /// when the string does not hold exactly one word.
    static func hash(_ word: String) -> UInt64? {
        var result: UInt64? = nil
        var words = 0
        forEachWord(in: word) {
            result = $0.hash
            words += 1
        }
        return words == 1 ? result : nil
    }

    private enum CharacterKind {
        case letter, digit, joiner, other
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The kind of an ASCII byte; upper-case letters are folded by setting bit 5 when hashed.
    @inline(__always)
    private static func asciiKind(_ byte: UInt8) -> CharacterKind {
        let folded = byte | 0x20
        if folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z") { return .letter }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return .digit }
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") { return .joiner }
        return .other
    }

    private static func kind(of scalar: Unicode.Scalar) -> CharacterKind {
        // General punctuation (dashes, curly quotes, ellipsis, spaces) is most of the non-ASCII
        // in news text: decided without a Unicode property lookup.
        if (0x2000...0x206F).contains(scalar.value) {
            return scalar == "\u{2019}" || scalar == "\u{2010}" || scalar == "\u{2011}" ? .joiner : .other
        }
        if scalar == "\u{00A0}" { return .other }
        let properties = scalar.properties
        if properties.isAlphabetic { return .letter }
        if properties.numericType == .decimal { return .digit }
        return .other
    }

    /// The scalar's one-scalar lower-case form (the scalar itself when it has none).
    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Whether a letter or digit starts at `offset`.
    private static func startsWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 {
            let kind = asciiKind(byte)
            return kind == .letter || kind == .digit
        }
        let kind = Self.kind(of: UTF8Bytes.scalar(at: offset, in: bytes).0)
        return kind == .letter || kind == .digit
    }
}
