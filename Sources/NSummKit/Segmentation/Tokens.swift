/// White-space separated tokens of UTF-8 text, as byte ranges, with the byte-level tests the
/// sentence rules ask of them. Nothing here allocates except ``ranges(in:)`` and the two
/// string conversions.
struct Tokens {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Tokens of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether the byte at `offset` starts white space (ASCII answered inline, without
    /// decoding).
    @inline(__always)
    func isWhite(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return UTF8Bytes.isASCIIWhite(byte) }
        return isNonASCIIWhite(at: offset)
    }

    /// Whether the non-ASCII character at `offset` is white space. Out of line, so that the
    /// ASCII test above stays small enough to inline into every token loop.
    @inline(never)
    private func isNonASCIIWhite(at offset: Int) -> Bool {
        let byte = bytes[offset]
        // Only these lead bytes start non-ASCII white space (U+0085, U+00A0, U+1680,
        // U+2000–U+205F, U+3000, U+FEFF).
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF else { return false }
        return UTF8Bytes.isWhite(UTF8Bytes.scalar(at: offset, in: bytes).0)
    }

    /// The token ranges inside `range`, in order; only the first `limit` when there are more.
    func ranges(in range: Range<Int>, atMost limit: Int = .max) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = range.lowerBound
        while ranges.count < limit, let token = token(startingAtOrAfter: index, before: range.upperBound) {
            ranges.append(token)
            index = token.upperBound
        }
        return ranges
    }

    /// The first token at or after `offset` that starts before `limit`, ending at `limit` at
    /// the latest. (Inside a token, stepping a byte at a time is safe: no continuation byte
    /// starts white space.)
    @inline(__always)
    func token(startingAtOrAfter offset: Int, before limit: Int) -> Range<Int>? {
        var start = offset
        while start < limit && isWhite(at: start) {
            // White space may be several bytes long (a no-break space is C2 A0).
            start += bytes[start] < 0x80 ? 1 : UTF8Bytes.scalar(at: start, in: bytes).1
        }
        guard start < limit else { return nil }
        var end = start + 1
        while end < limit && !isWhite(at: end) { end += 1 }
        return start..<end
    }

    /// The last token that ends at or before `offset`, starting at `limit` at the earliest.
    @inline(__always)
    func token(endingAtOrBefore offset: Int, after limit: Int) -> Range<Int>? {
        var end = offset
        while end > limit && isWhite(endingAt: end) { end = UTF8Bytes.scalarStart(before: end, in: bytes) }
        guard end > limit else { return nil }
        var start = end - 1
        while start > limit && !isWhite(endingAt: start) { start -= 1 }
        return start..<end
    }

    /// Whether the character that ends just before `offset` is white space.
    @inline(__always)
    private func isWhite(endingAt offset: Int) -> Bool {
        let byte = bytes[offset - 1]
        if byte < 0x80 { return UTF8Bytes.isASCIIWhite(byte) }
        return isNonASCIIWhite(at: UTF8Bytes.scalarStart(before: offset, in: bytes))
    }

    /// The first scalar of `token`.
    func first(_ token: Range<Int>) -> Unicode.Scalar {
        UTF8Bytes.scalar(at: token.lowerBound, in: bytes).0
    }

    /// The last scalar of `token`.
    func last(_ token: Range<Int>) -> Unicode.Scalar {
        UTF8Bytes.scalar(at: lastScalarStart(token), in: bytes).0
    }

    /// Where the last scalar of `token` starts.
    func lastScalarStart(_ token: Range<Int>) -> Int {
        UTF8Bytes.scalarStart(before: token.upperBound, in: bytes)
    }

    /// Whether `token` starts with a lower-case letter.
    func startsLowercase(_ token: Range<Int>) -> Bool {
        let byte = bytes[token.lowerBound]
        return byte < 0x80 ? (0x61...0x7A).contains(byte) : UTF8Bytes.isLowercase(first(token))
    }

    /// Whether `token` starts with an upper-case letter.
    func startsUppercase(_ token: Range<Int>) -> Bool {
        let byte = bytes[token.lowerBound]
        return byte < 0x80 ? (0x41...0x5A).contains(byte) : UTF8Bytes.isUppercase(first(token))
    }

    /// Whether `token` starts with a digit.
    func startsNumeric(_ token: Range<Int>) -> Bool {
        let byte = bytes[token.lowerBound]
        return byte < 0x80 ? (0x30...0x39).contains(byte) : UTF8Bytes.isNumeric(first(token))
    }

    /// Whether `token` is a capitalised ASCII word (`Seorang`, `Namun,`): a capital, then
    /// lower-case letters only, perhaps with a trailing comma.
    func isCapitalizedWord(_ token: Range<Int>) -> Bool {
        var token = token
        if bytes[token.upperBound - 1] == UInt8(ascii: ",") { token = token.lowerBound..<token.upperBound - 1 }
        guard token.count >= 2, (0x41...0x5A).contains(bytes[token.lowerBound]) else { return false }
        for offset in token.dropFirst() where !(0x61...0x7A).contains(bytes[offset]) { return false }
        return true
    }

    /// Whether `token` is an agency's name in capitals in brackets, as a dateline gives it
    /// (`(ANTARA)`, `(ANT)`, `(AFP)`).
    func isBracketedAgency(_ token: Range<Int>) -> Bool {
        guard token.count >= 4, bytes[token.lowerBound] == UInt8(ascii: "("), bytes[token.upperBound - 1] == UInt8(ascii: ")")
        else { return false }
        return bytes[(token.lowerBound + 1)..<(token.upperBound - 1)].allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// Whether `token` is a writer's or agency's credit in brackets: groups of one to eight ASCII
    /// letters or digits separated by slashes, one of them at least two lower-case letters
    /// (`(ant)`, `(ant/hms)`, `[idc]`, `(adji/M1/sir)`, `(kmb/balipost)`), which no abbreviation
    /// or date is.
    func isBracketedCredit(_ token: Range<Int>) -> Bool {
        guard token.count >= 4 else { return false }
        switch (bytes[token.lowerBound], bytes[token.upperBound - 1]) {
        case (UInt8(ascii: "("), UInt8(ascii: ")")), (UInt8(ascii: "["), UInt8(ascii: "]")): break
        default: return false
        }
        var length = 0
        var lowercase = 0
        var hasLowercaseGroup = false
        for offset in token.dropFirst().dropLast() {
            switch bytes[offset] {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39:
                length += 1
                if bytes[offset] >= 0x61 { lowercase += 1 }
                if length > 8 { return false }
            case UInt8(ascii: "/"):
                if length == 0 { return false }
                hasLowercaseGroup = hasLowercaseGroup || (lowercase == length && length >= 2)
                length = 0
                lowercase = 0
            default:
                return false
            }
        }
        return length > 0 && (hasLowercaseGroup || (lowercase == length && length >= 2))
    }

    /// Calls `body` with the bytes of `token`.
    func withBytes<Result>(_ token: Range<Int>, _ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Result) -> Result {
        body(bytes[token])
    }

    /// `token` without opening quotes and brackets before it and closing ones after it: the
    /// core of `(Tbk.)` is `Tbk.`, of `“Kami` is `Kami`.
    func core(_ token: Range<Int>) -> Range<Int> {
        // Most tokens start with an ASCII letter or digit and end with one, a full stop or a
        // comma, none of them a mark: nothing to decode.
        if let first = token.first, isASCIILetterOrDigit(bytes[first]) {
            let last = bytes[token.upperBound - 1]
            if isASCIILetterOrDigit(last) || last == UInt8(ascii: ".") || last == UInt8(ascii: ",") { return token }
        }
        return UTF8Bytes.trim(token, in: bytes, leading: UTF8Bytes.isOpeningMark, trailing: UTF8Bytes.isClosingMark)
    }

    /// Whether `byte` is an ASCII letter or digit.
    @inline(__always)
    private func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
    }

    /// The part of `token` after its last slash (`03/RW.` → `RW.`), or `token` itself when it
    /// has none: of two words joined by a slash, the last one is what stands before the next.
    func afterLastSlash(_ token: Range<Int>) -> Range<Int> {
        after(last: UInt8(ascii: "/"), in: token)
    }

    /// The part of `token` after its last dot (`bps.go.id` → `id`), or `token` itself when it
    /// has none.
    func afterLastDot(_ token: Range<Int>) -> Range<Int> {
        after(last: UInt8(ascii: "."), in: token)
    }

    private func after(last separator: UInt8, in token: Range<Int>) -> Range<Int> {
        var start = token.upperBound
        while start > token.lowerBound && bytes[start - 1] != separator { start -= 1 }
        return start == token.lowerBound || start == token.upperBound ? token : start..<token.upperBound
    }

    /// Whether `token`, less trailing punctuation, ends with the suffix `-nya` (`Hasilnya`,
    /// `Sedikitnya,`), in any case.
    func endsWithNya(_ token: Range<Int>) -> Bool {
        let word = withoutTrailingPunctuation(token)
        return word.count > 3 && bytes[word.upperBound - 3] | 0x20 == UInt8(ascii: "n")
            && bytes[word.upperBound - 2] | 0x20 == UInt8(ascii: "y") && bytes[word.upperBound - 1] | 0x20 == UInt8(ascii: "a")
    }

    /// Whether `token` starts with two ASCII capitals (`WIB`, `ET`): a quick test before a
    /// lookup of acronyms.
    func startsWithTwoCapitals(_ token: Range<Int>) -> Bool {
        token.count >= 2 && (0x41...0x5A).contains(bytes[token.lowerBound]) && (0x41...0x5A).contains(bytes[token.lowerBound + 1])
    }

    /// Whether `token`, less trailing punctuation, is an acronym: two or more ASCII capitals and
    /// digits, starting with a capital (`HP`, `KTP`, `BPJS`).
    func isAcronym(_ token: Range<Int>) -> Bool {
        let word = withoutTrailingPunctuation(token)
        guard word.count >= 2, (0x41...0x5A).contains(bytes[word.lowerBound]) else { return false }
        return word.allSatisfy { (0x41...0x5A).contains(bytes[$0]) || (0x30...0x39).contains(bytes[$0]) }
    }

    /// `token` without trailing characters that are neither letters nor digits (`Namun,` →
    /// `Namun`).
    func withoutTrailingPunctuation(_ token: Range<Int>) -> Range<Int> {
        var end = token.upperBound
        while end > token.lowerBound {
            let byte = bytes[end - 1]
            if byte < 0x80 {
                // ASCII: stop at a letter or digit.
                if isASCIILetterOrDigit(byte) { break }
                end -= 1
                continue
            }
            let start = UTF8Bytes.scalarStart(before: end, in: bytes)
            let scalar = UTF8Bytes.scalar(at: start, in: bytes).0
            if scalar.properties.isAlphabetic || UTF8Bytes.isNumeric(scalar) { break }
            end = start
        }
        return token.lowerBound..<end
    }

    /// Whether `token` starts with `(` or `[`.
    func isOpeningBracket(_ token: Range<Int>) -> Bool {
        bytes[token.lowerBound] == UInt8(ascii: "(") || bytes[token.lowerBound] == UInt8(ascii: "[")
    }

    /// Whether `token` is a dash standing alone (`-`, `--`, `–`, `—`), as between a dateline and
    /// its story.
    func isDash(_ token: Range<Int>) -> Bool {
        var offset = token.lowerBound
        while offset < token.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(at: offset, in: bytes)
            guard scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" else { return false }
            offset += length
        }
        return !token.isEmpty
    }

    /// Whether `token` is an omission mark: an ellipsis in brackets (`[..]`, `[...]`, `(…)`),
    /// after any opening quotation marks (`“[..]`).
    func isBracketedEllipsis(_ token: Range<Int>) -> Bool {
        var offset = token.lowerBound
        var bracket: UInt8 = 0
        while offset < token.upperBound, bracket == 0 {
            let (scalar, length) = UTF8Bytes.scalar(at: offset, in: bytes)
            guard UTF8Bytes.isOpeningMark(scalar) else { return false }
            if scalar == "[" || scalar == "(" { bracket = UInt8(scalar.value) }
            offset += length
        }
        guard bracket != 0, token.upperBound - offset >= 3,
            bytes[token.upperBound - 1] == (bracket == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")"))
        else { return false }
        let inner = offset..<(token.upperBound - 1)
        let isDots = inner.allSatisfy { bytes[$0] == UInt8(ascii: ".") }
        let isEllipsis = inner.count == 3 && bytes[inner.lowerBound] == 0xE2 && bytes[inner.lowerBound + 1] == 0x80
            && bytes[inner.lowerBound + 2] == 0xA6
        return isDots || isEllipsis
    }

    /// Whether `range` (white space between two tokens) holds a line feed.
    func hasLineBreak(_ range: Range<Int>) -> Bool {
        range.contains { bytes[$0] == 0x0A }
    }

    /// The last byte of `token`.
    func lastByte(_ token: Range<Int>) -> UInt8 { bytes[token.upperBound - 1] }

    /// Whether `token` looks like a passive verb (`dikeluarkan`, `dipimpin`): a lower-case word
    /// of six bytes or more starting with `di`, which an agent may follow without `oleh`
    /// (`yang dikeluarkan Bank Indonesia`).
    func isPassiveVerb(_ token: Range<Int>) -> Bool {
        token.count >= 6 && bytes[token.lowerBound] == UInt8(ascii: "d") && bytes[token.lowerBound + 1] == UInt8(ascii: "i")
    }

    /// Whether `token` looks like a passive verb with the suffix `-i` (`dikaruniai`, `dihadiri`,
    /// `ditemui`), which takes its object or agent right after it, capitalised or not (`…
    /// dikaruniai Seorang putra`), where a verb in `-kan` may end a sentence (`… dipamerkan`).
    func isPassiveVerbWithObject(_ token: Range<Int>) -> Bool {
        isPassiveVerb(token) && bytes[token.upperBound - 1] == UInt8(ascii: "i")
    }

    /// Whether `token` looks like an active verb (`menerima`, `bertemu`): a lower-case word
    /// starting with `me` (six bytes or more) or `ber` (seven or more), which an object may
    /// follow (`… bertemu Menteri Luar Negeri Jepang`).
    func isActiveVerb(_ token: Range<Int>) -> Bool {
        guard token.count >= 6, bytes[token.lowerBound] == UInt8(ascii: "m") || bytes[token.lowerBound] == UInt8(ascii: "b"),
            token.allSatisfy({ (0x61...0x7A).contains(bytes[$0]) })
        else { return false }
        let start = bytes[token.lowerBound..<token.lowerBound + 3]
        return start.starts(with: "me".utf8) || (token.count >= 7 && start.elementsEqual("ber".utf8))
    }

    /// Where the bytes of `token` next occur at the start of a word in `range`, which must not
    /// start the text (a quick test before a closer look).
    func wordStart(of token: Range<Int>, within range: Range<Int>) -> Int? {
        guard !token.isEmpty else { return nil }
        var start = range.lowerBound
        while start < range.upperBound {
            let found = ByteScanner.first(token, in: bytes, start..<range.upperBound)
            guard found < range.upperBound else { return nil }
            if isWhite(at: found - 1) { return found }
            start = found + 1
        }
        return nil
    }

    /// Whether `a` and `b` are the same word, quotes, brackets and trailing punctuation aside
    /// and ASCII letters compared case-blind (`Kesehatan` and `kesehatan`, `‘akan` and `"akan`).
    func isSameWord(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let a = withoutTrailingPunctuation(core(a))
        let b = withoutTrailingPunctuation(core(b))
        guard a.count == b.count, !a.isEmpty else { return false }
        for (x, y) in zip(bytes[a], bytes[b]) where x != y {
            let folded: UInt8 = x | 0x20
            guard folded == y | 0x20, (0x61...0x7A).contains(folded) else { return false }
        }
        return true
    }

    /// Whether the words of `range` are in title case, as headlines are: at least
    /// ``titleCaseShare`` of its words of four bytes or more start with a capital.
    func isTitleCase(_ range: Range<Int>) -> Bool {
        var long = 0
        var capitalised = 0
        var offset = range.lowerBound
        while let word = token(startingAtOrAfter: offset, before: range.upperBound) {
            if word.count >= 4 {
                long += 1
                if startsUppercase(word) { capitalised += 1 }
            }
            offset = word.upperBound
        }
        return long > 0 && Double(capitalised) >= Self.titleCaseShare * Double(long)
    }

    /// The share of capitalised longer words from which a run of words is in title case.
    static let titleCaseShare = 0.6

    /// Whether `token` starts with an ASCII letter or digit, or with a character of a web
    /// address's path or query (`=`, `/`, `#`, `&`, `%`).
    func startsWithWordCharacter(_ token: Range<Int>) -> Bool {
        guard !token.isEmpty else { return false }
        switch bytes[token.lowerBound] {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "="), UInt8(ascii: "/"), UInt8(ascii: "#"),
            UInt8(ascii: "&"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    /// Whether `token` starts with a straight or left double quotation mark (`"Setiap`, `“Saya`).
    func startsWithOpeningQuotation(_ token: Range<Int>) -> Bool {
        let scalar = first(token)
        return scalar == "\"" || scalar == "\u{201C}"
    }

    /// Whether `token` is a word that ends with `…` (U+2026), perhaps followed by closing quotes
    /// or brackets (`kabar…`, `menunggu…”`); an ellipsis standing alone between spaces is a
    /// pause inside a sentence (`… ke kredit … Meskipun …`).
    func endsWithUnicodeEllipsis(_ token: Range<Int>) -> Bool {
        let word = core(token)
        let end = word.upperBound
        return word.count > 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA6
    }

    /// Whether `token` ends with a full stop.
    func endsWithFullStop(_ token: Range<Int>) -> Bool {
        !token.isEmpty && bytes[token.upperBound - 1] == UInt8(ascii: ".")
    }

    /// Whether `token` ends with an ellipsis (`..` or `…`).
    func endsWithEllipsis(_ token: Range<Int>) -> Bool {
        guard token.count >= 2 else { return false }
        let last = bytes[token.upperBound - 1]
        let beforeLast = bytes[token.upperBound - 2]
        return (last == 0x2E && beforeLast == 0x2E) || (token.count >= 3 && last == 0xA6 && beforeLast == 0x80)
    }

    /// Initials and dotted forms: `B.`, `B.J.`, `A.S.`, `S.H.`, `M.Si.` — either one capital
    /// letter with a full stop, or two or more groups of one to three ASCII letters, each with
    /// one.
    func isInitials(_ token: Range<Int>) -> Bool {
        var groups = 0
        var letters = 0
        for offset in token {
            switch bytes[offset] {
            case 0x2E:
                guard letters > 0 else { return false }
                groups += 1
                letters = 0
            case 0x41...0x5A, 0x61...0x7A:
                letters += 1
                if letters > 3 { return false }
            default:
                return false
            }
        }
        guard letters == 0, groups > 0 else { return false }
        return groups > 1 || (token.count == 2 && (0x41...0x5A).contains(bytes[token.lowerBound]))
    }

    /// `1.`, `12.`, `a.`: the marker of a numbered or lettered list item.
    func isListMarker(_ token: Range<Int>) -> Bool {
        guard endsWithFullStop(token), token.count >= 2 else { return false }
        let body = token.lowerBound..<token.upperBound - 1
        if body.count == 1 && (0x61...0x7A).contains(bytes[body.lowerBound]) { return true }
        return body.count <= 3 && body.allSatisfy { (0x30...0x39).contains(bytes[$0]) }
    }

    /// `token` as a lower-cased string, punctuation kept (`Dr.` → `dr.`).
    func lowercased(_ token: Range<Int>) -> String {
        String(decoding: bytes[token], as: UTF8.self).lowercased()
    }

    /// The last scalar of `token` before any closing quotes and brackets.
    private func lastMark(_ token: Range<Int>) -> Unicode.Scalar? {
        var end = token.upperBound
        while end > token.lowerBound {
            let start = UTF8Bytes.scalarStart(before: end, in: bytes)
            let scalar = UTF8Bytes.scalar(at: start, in: bytes).0
            guard UTF8Bytes.isClosingMark(scalar) else { return scalar }
            end = start
        }
        return nil
    }

    /// Whether `token` ends a clause: its last character before closing quotes and brackets is
    /// a terminator or a pause (`. ! ? … : ; , -`).
    func endsClause(_ token: Range<Int>) -> Bool {
        guard let mark = lastMark(token) else { return true }
        switch mark.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x2C, 0x2D, 0x2013, 0x2014: return true
        default: return false
        }
    }

    /// Whether `token` is lower-case ASCII letters and a full stop (`mengatakan.`).
    func isLowercaseWordWithFullStop(_ token: Range<Int>) -> Bool {
        guard token.count >= 2, bytes[token.upperBound - 1] == UInt8(ascii: ".") else { return false }
        return bytes[token.lowerBound..<token.upperBound - 1].allSatisfy { (0x61...0x7A).contains($0) }
    }

    /// Whether `token` ends with a comma or a semicolon, closing marks aside.
    func endsWithPause(_ token: Range<Int>) -> Bool {
        let mark = lastMark(token)
        return mark == "," || mark == ";"
    }

    /// Whether `token` ends with a sentence terminator (`. ! ? …`), closing marks aside.
    func endsSentence(_ token: Range<Int>) -> Bool {
        // Most words end in an ASCII letter or digit, which is no mark.
        let last = bytes[token.upperBound - 1]
        if isASCIILetterOrDigit(last) { return false }
        return lastMark(token).map(UTF8Bytes.isTerminator) ?? false
    }
}
