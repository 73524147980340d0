/// Decides whether a line break inside a paragraph ends a sentence.
///
/// A line that ends with a terminator is left to ICU and the abbreviation rules (they see the
/// break as a space). A line without final punctuation — a headline, a dateline on its own
/// line, a list item, a caption — ends its sentence, unless the text simply wraps there: the
/// next line starts in lower case, the line ends with a comma, hyphen or semicolon, or the
/// paragraph is hard-wrapped prose and this line is about as long as the longest one (never a
/// line of site debris, ``SegmentationLexicon/debrisLinePrefixes``, or the line before one). Before
/// a list item, a list item or a line ending with a colon always ends its sentence, whatever it
/// ends with (`1. makanan;` then `2. selimut;`, `Bawalah:` then `a) KTP asli,`). A line never
/// ends after a word that cannot end a sentence (``SegmentationLexicon/continuingWords``:
/// `… aksi damai di` / `Bundaran HI …`), and the first line of a two-line paragraph past the
/// article's first line wraps when it is long prose in sentence case (a headline or subheading
/// there is short or capitalises its words), as does a line that breaks a name in an aside set
/// off by commas (`… Wali Kota Bandung, Muhammad` ⏎ `Farhan, kepada …`).
struct LineBreakRule: Sendable {
    let lexicon: SegmentationLexicon
    /// A line this much shorter than the paragraph's longest line is not a wrapped line.
    let wrappedLineShare = 0.75
    /// Paragraphs whose longest line is shorter than this are not hard-wrapped prose.
    let minimumWrapWidth = 50

    /// Characters that open a list item.
    private static let bullets: Set<Unicode.Scalar> = [
        "-", "*", "\u{2022}", "\u{00B7}", "\u{2013}", "\u{2014}", "\u{25CF}", "\u{25AA}", ">",
    ]

    /// Whether the break between `line` and `nextLine` (indices into `lines`, which are the
    /// paragraph's lines) starts a new sentence.
    func breaks(after line: Int, in lines: ArraySlice<Range<Int>>, bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let current = lines[line]
        let next = lines[line + 1]
        if Self.isListItem(next, bytes)
            && (Self.isListItem(current, bytes) || bytes[current.upperBound - 1] == UInt8(ascii: ":"))
        {
            return true
        }
        let tokens = Tokens(bytes)
        // A credit alone on its line ends there, even before tags in lower case (`(ams/ams)` ⏎
        // `kebakaran`).
        if tokens.isBracketedCredit(current) { return true }
        let (first, _) = UTF8Bytes.scalar(at: next.lowerBound, in: bytes)
        if UTF8Bytes.isLowercase(first) { return false }
        if let lastWord = tokens.token(endingAtOrBefore: current.upperBound, after: current.lowerBound),
            lexicon.continuingWords.contains(lastWord, in: tokens)
        {
            return false
        }
        let lastStart = UTF8Bytes.scalarStart(before: current.upperBound, in: bytes)
        let (last, _) = UTF8Bytes.scalar(at: lastStart, in: bytes)
        switch last {
        case ".", "!", "?", "\u{2026}", ",", ";", "-":
            return false
        default:
            break
        }
        if last.properties.generalCategory == .finalPunctuation
            || last.properties.generalCategory == .closePunctuation || last == "\""
        {
            // `… kata dia.”` ends with a closing mark after a terminator: ICU decides.
            let beforeStart = UTF8Bytes.scalarStart(before: lastStart, in: bytes)
            let (before, _) = UTF8Bytes.scalar(at: beforeStart, in: bytes)
            if [".", "!", "?", "\u{2026}"].contains(before) { return false }
        }
        if Self.bullets.contains(first) { return true }
        // A line of site debris (`Baca juga: …`) is no wrapped prose, however long.
        if lexicon.debrisLinePrefixes.opens(current, in: bytes) || lexicon.debrisLinePrefixes.opens(next, in: bytes) {
            return true
        }
        if wrapsName(current, next, tokens) { return false }
        if lines.count == 2 && lines.startIndex > 0 && current.count >= minimumWrapWidth && last != ":"
            && !tokens.isTitleCase(current)
        {
            return false
        }
        if lines.count >= 3 {
            let widest = lines.map(\.count).max() ?? 0
            if widest >= minimumWrapWidth && Double(current.count) >= wrappedLineShare * Double(widest) {
                return false
            }
        }
        return true
    }

    /// Whether a name in an aside set off by commas wraps at the end of `line` (`… Wali Kota
    /// Bandung, Muhammad` ⏎ `Farhan, kepada para korban …`): the line has a comma and ends with
    /// a capitalised word, and `next` opens with a capitalised word, a comma and a lower-case
    /// word. No headline ends so, nor does a lead open so.
    private func wrapsName(_ line: Range<Int>, _ next: Range<Int>, _ tokens: Tokens) -> Bool {
        guard let last = tokens.token(endingAtOrBefore: line.upperBound, after: line.lowerBound),
            tokens.isCapitalizedWord(last), tokens.withoutTrailingPunctuation(last) == last,
            let first = tokens.token(startingAtOrAfter: next.lowerBound, before: next.upperBound),
            tokens.startsUppercase(first), tokens.last(first) == ",",
            let after = tokens.token(startingAtOrAfter: first.upperBound, before: next.upperBound),
            tokens.startsLowercase(after)
        else { return false }
        return tokens.withBytes(line.lowerBound..<last.lowerBound) { $0.contains(UInt8(ascii: ",")) }
    }

    /// Whether `line` opens with a list marker and a space: a bullet (`-`, `•`), or one to three
    /// digits or one letter followed by `.` or `)` (`1.`, `12)`, `a.`).
    static func isListItem(_ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (first, length) = UTF8Bytes.scalar(at: line.lowerBound, in: bytes)
        var offset = line.lowerBound + length
        if bullets.contains(first) {
            return offset < line.upperBound && bytes[offset] == UInt8(ascii: " ")
        }
        if (0x30...0x39).contains(bytes[line.lowerBound]) {
            while offset < line.upperBound && offset - line.lowerBound < 3 && (0x30...0x39).contains(bytes[offset]) {
                offset += 1
            }
        } else if !(0x61...0x7A).contains(bytes[line.lowerBound] | 0x20) {
            return false
        }
        return offset + 1 < line.upperBound && (bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: ")"))
            && bytes[offset + 1] == UInt8(ascii: " ")
    }
}
