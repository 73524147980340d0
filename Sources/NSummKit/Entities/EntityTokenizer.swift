/// Splits a span of UTF-8 text into ``EntityToken``s in one pass over the bytes, hashing each
/// token's lowercased form on the way. ASCII takes a table-free fast path; other scalars are
/// decoded and classified with their Unicode properties.
enum EntityTokenizer {
    /// Appends the tokens of `bytes[range]` to `tokens`.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [EntityToken]
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        var spaceBefore = true
        tokens.reserveCapacity(tokens.count + range.count / 3 + 8)
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B
                    || byte == 0x0C
                {
                    spaceBefore = true
                    index += 1
                    continue
                }
                if isAlphanumeric(byte) {
                    index = word(bytes, from: index, end: end, spaceBefore: spaceBefore, into: &tokens)
                } else {
                    tokens.append(
                        EntityToken(
                            start: Int32(index), end: Int32(index + 1),
                            hash: TokenHash.ascii(bytes, index, index + 1),
                            shape: spaceBefore ? EntityToken.spaceBefore : 0, letters: 0,
                            firstByte: byte))
                    index += 1
                }
                spaceBefore = false
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            if UTF8Bytes.isWhite(scalar) {
                spaceBefore = true
                index += length
                continue
            }
            // General Punctuation and nearby blocks (quotes, dashes) hold no letters nsumm needs.
            if byte != 0xE2 && scalar.properties.isAlphabetic {
                index = word(bytes, from: index, end: end, spaceBefore: spaceBefore, into: &tokens)
            } else {
                var hash = TokenHash.empty
                for offset in index..<(index + length) { hash = TokenHash.adding(bytes[offset], to: hash) }
                tokens.append(
                    EntityToken(
                        start: Int32(index), end: Int32(index + length), hash: hash,
                        shape: spaceBefore ? EntityToken.spaceBefore : 0, letters: 0,
                        firstByte: byte))
                index += length
            }
            spaceBefore = false
        }
    }

    @inline(__always)
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether a word continues after a joiner at `index`: an ASCII letter or digit, or a
    /// non-ASCII letter.
    @inline(__always)
    private static func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index < end else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return isAlphanumeric(byte) }
        return UTF8Bytes.scalar(at: index, in: bytes).0.properties.isAlphabetic
    }

    /// Scans one word starting at `start`; returns where it ends.
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, spaceBefore: Bool,
        into tokens: inout [EntityToken]
    ) -> Int {
        var shape: UInt16 = EntityToken.word | (spaceBefore ? EntityToken.spaceBefore : 0)
        var letters = 0
        var upper = 0
        var lower = 0
        var others = false  // letters or marks: not a number
        var ascii = true
        var index = start
        let first = bytes[start]
        var previousDigit = false
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x61 < 26 {  // a run of lowercase letters, the commonest case
                    let run = index
                    index &+= 1
                    while index < end && bytes[index] &- 0x61 < 26 { index &+= 1 }
                    lower &+= index &- run
                    letters &+= index &- run
                    others = true
                    previousDigit = false
                    continue
                }
                if byte &- 0x41 < 26 {  // a capital
                    if index == start { shape |= EntityToken.capitalized }
                    upper &+= 1
                    letters &+= 1
                    others = true
                    previousDigit = false
                    index &+= 1
                    continue
                }
                if byte &- 0x30 < 10 {
                    index &+= 1
                    while index < end && bytes[index] &- 0x30 < 10 { index &+= 1 }
                    previousDigit = true
                    continue
                }
                // Joiners: kept inside the word only when the word goes on right after them.
                let next = index + 1
                var joins = false
                switch byte {
                case 0x2D:  // - ; a capital after it starts a new token (`Prabowo-Hatta`, `PDI-P`)
                    joins = continuesWord(bytes, at: next, end: end) && !(bytes[next] &- 0x41 < 26)
                    if joins { shape |= EntityToken.hyphenated }
                case 0x2E:  // .
                    joins = continuesWord(bytes, at: next, end: end)
                    if joins { shape |= EntityToken.dotted }
                case 0x2C:  // , between digits (decimal comma)
                    joins = previousDigit && next < end && isDigit(bytes[next])
                case 0x2F:  // / between digits (dates)
                    joins = previousDigit && next < end && isDigit(bytes[next])
                    if joins { shape |= EntityToken.slashed }
                case 0x27:  // ' between letters (Jum'at, O'Brien)
                    joins = !previousDigit && index > start && next < end && bytes[next] &- 0x61 < 26
                default:
                    joins = false
                }
                if !joins { break }
                previousDigit = false
                index = next
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            let properties = scalar.properties
            if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark
            {
                if properties.isUppercase {
                    if index == start { shape |= EntityToken.capitalized }
                    upper += 1
                } else if properties.isLowercase {
                    lower += 1
                }
                if properties.isAlphabetic { letters += 1 }
                others = true
                ascii = false
                previousDigit = false
                index += length
                continue
            }
            // Right single quotation mark as an apostrophe between letters: Jum’at.
            if scalar == "\u{2019}" && !previousDigit && index > start
                && continuesWord(bytes, at: index + length, end: end)
            {
                ascii = false
                index += length
                continue
            }
            break
        }
        if upper > 0 && lower == 0 { shape |= EntityToken.allCaps }
        if lower > 0 { shape |= EntityToken.hasLower }
        if isDigit(first) { shape |= EntityToken.startsWithDigit }
        if !others { shape |= EntityToken.numeric }
        let hash = ascii ? TokenHash.ascii(bytes, start, index) : unicodeHash(bytes, start, index)
        tokens.append(
            EntityToken(
                start: Int32(start), end: Int32(index), hash: hash, shape: shape,
                letters: UInt8(min(letters, 255)), firstByte: first))
        return index
    }

    /// FNV-1a over the lowercased UTF-8 of a token with non-ASCII characters (’ counts as ').
    private static func unicodeHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash = TokenHash.empty
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                hash = TokenHash.adding(byte &- 0x41 < 26 ? byte | 0x20 : byte, to: hash)
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            if scalar == "\u{2019}" {
                hash = TokenHash.adding(0x27, to: hash)
            } else if scalar.properties.isUppercase {
                for unit in scalar.properties.lowercaseMapping.utf8 { hash = TokenHash.adding(unit, to: hash) }
            } else {
                for offset in index..<(index + length) { hash = TokenHash.adding(bytes[offset], to: hash) }
            }
            index += length
        }
        return hash
    }
}
