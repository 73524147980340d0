/// One token of a sentence as the entity spotter sees it: a word (letters and digits, with
/// inner hyphens, dots, apostrophes and digit separators: `Kassym-Jomart`, `Kompas.com`,
/// `2.500`, `1,2`, `6/1`, `Jum'at`) or a single punctuation mark.
struct EntityToken {
    /// Byte offsets of the token in the buffer being spotted, end exclusive.
    var start: Int32
    var end: Int32
    /// ``TokenHash`` of the token's lowercased UTF-8 bytes.
    var hash: UInt64
    /// What the token's characters are: see the static members.
    var shape: UInt16
    /// Number of letters in the token (saturating at 255).
    var letters: UInt8
    /// The first byte of the token (the whole mark for ASCII punctuation).
    var firstByte: UInt8

    /// Letters or digits (otherwise a punctuation mark).
    static let word: UInt16 = 1 << 0
    /// The first character is an uppercase letter.
    static let capitalized: UInt16 = 1 << 1
    /// Has letters and none of them is lowercase (`CSTO`, `PDI-P`, `KOMPAS.com` is not).
    static let allCaps: UInt16 = 1 << 2
    /// Has a lowercase letter.
    static let hasLower: UInt16 = 1 << 3
    /// The first character is a digit.
    static let startsWithDigit: UInt16 = 1 << 4
    /// Only digits and the separators `.` `,` `/` `-` (`2.500`, `6/1`, `2014-2019`).
    static let numeric: UInt16 = 1 << 5
    /// Holds an inner hyphen.
    static let hyphenated: UInt16 = 1 << 6
    /// Holds an inner full stop (`Kompas.com`, `B.J`, `2.500`).
    static let dotted: UInt16 = 1 << 7
    /// Holds an inner `/` (`6/1`, `2/12/2014`).
    static let slashed: UInt16 = 1 << 8
    /// Preceded directly by white space (or the start of the span).
    static let spaceBefore: UInt16 = 1 << 9

    @inline(__always) func has(_ flag: UInt16) -> Bool { shape & flag != 0 }
    @inline(__always) var isWord: Bool { shape & Self.word != 0 }
    /// A word that starts with a capital letter or is all capitals.
    @inline(__always) var isCapitalized: Bool { shape & Self.capitalized != 0 }
    @inline(__always) var isNumeric: Bool { shape & Self.numeric != 0 }
    @inline(__always) var length: Int { Int(end - start) }
}
