/// White-space separated tokens of UTF-8 text, as byte ranges, with the byte-level tests the
/// sentence rules ask of them. Nothing here allocates except ``ranges(in:)`` and the two
/// string conversions.
struct Tokens {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// Tokens of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Whether the byte at `offset` starts white space (ASCII answered without decoding).
    @inline(__always)
    func isWhite(at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        if byte & 0xC0 == 0x80 { return false }  // inside a multi-byte character
        return UTF8Bytes.isWhite(UTF8Bytes.scalar(at: offset, in: bytes).0)
    }

    /// The token ranges inside `range`, in order.
    func ranges(in range: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = range.lowerBound
        while let token = token(startingAtOrAfter: index, before: range.upperBound) {
            ranges.append(token)
            index = token.upperBound
        }
        return ranges
    }

    /// The first token at or after `offset` that starts before `limit`, ending at `limit` at
    /// the latest.
    func token(startingAtOrAfter offset: Int, before limit: Int) -> Range<Int>? {
        var start = offset
        while start < limit && isWhite(at: start) { start += UTF8Bytes.scalar(at: start, in: bytes).1 }
        guard start < limit else { return nil }
        var end = start
        while end < limit && !isWhite(at: end) { end += UTF8Bytes.scalar(at: end, in: bytes).1 }
        return start..<end
    }

    /// The last token that ends at or before `offset`, starting at `limit` at the earliest.
    func token(endingAtOrBefore offset: Int, after limit: Int) -> Range<Int>? {
        var end = offset
        while end > limit {
            let before = UTF8Bytes.scalarStart(before: end, in: bytes)
            guard isWhite(at: before) else { break }
            end = before
        }
        guard end > limit else { return nil }
        var start = end
        while start > limit {
            let before = UTF8Bytes.scalarStart(before: start, in: bytes)
            if isWhite(at: before) { break }
            start = before
        }
        return start..<end
    }

    /// The first scalar of `token`.
    func first(_ token: Range<Int>) -> Unicode.Scalar {
        UTF8Bytes.scalar(at: token.lowerBound, in: bytes).0
    }

    /// The last scalar of `token`.
    func last(_ token: Range<Int>) -> Unicode.Scalar {
        UTF8Bytes.scalar(at: UTF8Bytes.scalarStart(before: token.upperBound, in: bytes), in: bytes).0
    }

    /// Whether `token` starts with a lower-case letter.
    func startsLowercase(_ token: Range<Int>) -> Bool { UTF8Bytes.isLowercase(first(token)) }

    /// Whether `token` starts with an upper-case letter.
    func startsUppercase(_ token: Range<Int>) -> Bool { UTF8Bytes.isUppercase(first(token)) }

    /// Whether `token` starts with a digit.
    func startsNumeric(_ token: Range<Int>) -> Bool { UTF8Bytes.isNumeric(first(token)) }

    /// Whether `token` is a capitalised ASCII word (`Seorang`, `Namun,`): a capital, then
    /// lower-case letters only, perhaps with a trailing comma.
    func isCapitalizedWord(_ token: Range<Int>) -> Bool {
        var token = token
        if bytes[token.upperBound - 1] == UInt8(ascii: ",") { token = token.lowerBound..<token.upperBound - 1 }
        guard token.count >= 2, (0x41...0x5A).contains(bytes[token.lowerBound]) else { return false }
        for offset in token.dropFirst() where !(0x61...0x7A).contains(bytes[offset]) { return false }
        return true
    }

    /// Whether `token` is lower-case initials in brackets, perhaps separated by slashes:
    /// `(ant)`, `(ant/hms)`.
    func isBracketedCredit(_ token: Range<Int>) -> Bool {
        guard token.count >= 4, bytes[token.lowerBound] == UInt8(ascii: "("),
            bytes[token.upperBound - 1] == UInt8(ascii: ")")
        else { return false }
        var letters = 0
        for offset in token.dropFirst().dropLast() {
            switch bytes[offset] {
            case 0x61...0x7A:
                letters += 1
                if letters > 6 { return false }
            case UInt8(ascii: "/"):
                if letters < 2 { return false }
                letters = 0
            default:
                return false
            }
        }
        return letters >= 2
    }

    /// `token` as a lower-cased string without trailing punctuation (`Namun,` → `namun`).
    func folded(_ token: Range<Int>) -> String {
        var end = token.upperBound
        while end > token.lowerBound {
            let start = UTF8Bytes.scalarStart(before: end, in: bytes)
            let scalar = UTF8Bytes.scalar(at: start, in: bytes).0
            if scalar.properties.isAlphabetic || UTF8Bytes.isNumeric(scalar) { break }
            end = start
        }
        return String(decoding: bytes[token.lowerBound..<end], as: UTF8.self).lowercased()
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

    /// Whether `token` ends with a sentence terminator (`. ! ? …`), closing marks aside.
    func endsSentence(_ token: Range<Int>) -> Bool {
        lastMark(token).map(UTF8Bytes.isTerminator) ?? false
    }
}
