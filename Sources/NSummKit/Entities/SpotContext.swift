/// An entity found in a buffer, before it is mapped to the original input: byte offsets into
/// the buffer that was spotted, end exclusive.
struct SpottedSpan: Equatable {
    var start: Int
    var end: Int
    var kind: EntityKind
}

/// The working state of spotting one sentence: its tokens, what the lexicons say about each,
/// which tokens a rule has taken, and the spans found so far. Rules read and extend it in turn.
struct SpotContext {
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicons: EntityLexicons
    var tokens: [EntityToken] = []
    var info: [EntityLexicons.WordInfo] = []
    /// Tokens that are already part of an entity.
    var used: [Bool] = []
    var spans: [SpottedSpan] = []
    /// Capitalisation says nothing here (ALL-CAPS or Title Case text): every word is looked at
    /// as if it opened a sentence.
    var capitalsUninformative = false
    /// The text is in capitals throughout, so `allCaps` does not mark acronyms.
    var allCapsText = false

    init(bytes: UnsafeBufferPointer<UInt8>, lexicons: EntityLexicons) {
        self.bytes = bytes
        self.lexicons = lexicons
    }

    /// Tokenises `range` and looks every token up.
    mutating func load(_ range: Range<Int>) {
        tokens.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        EntityTokenizer.tokenize(bytes, range, into: &tokens)
        info.removeAll(keepingCapacity: true)
        info.reserveCapacity(tokens.count)
        var words = 0
        var capitalized = 0
        var allCaps = 0
        let empty = EntityLexicons.WordInfo(classes: [], cueLength: 0, gazetteerLength: 0)
        for token in tokens {
            var found = lexicons.info(token.hash) ?? empty
            // Ordinary-word status matters only for capitalised words (see `EntityLexicons`).
            if token.isCapitalized && lexicons.commonWords.contains(token.hash) { found.classes.insert(.common) }
            info.append(found)
            if token.isWord && token.letters > 0 {
                words += 1
                if token.isCapitalized { capitalized += 1 }
                if token.has(EntityToken.allCaps) && token.letters > 1 { allCaps += 1 }
            }
        }
        used.removeAll(keepingCapacity: true)
        used.append(contentsOf: repeatElement(false, count: tokens.count))
        allCapsText = words >= 3 && allCaps * 10 >= words * 7
        capitalsUninformative = allCapsText || (words >= 4 && capitalized * 10 >= words * 8)
    }

    @inline(__always) var count: Int { tokens.count }

    @inline(__always) func classes(_ index: Int) -> WordClass { info[index].classes }

    @inline(__always) func isWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].isWord
    }

    /// Whether token `index` is the ASCII mark `byte`.
    @inline(__always) func isMark(_ index: Int, _ byte: UInt8) -> Bool {
        index < tokens.count && !tokens[index].isWord && tokens[index].firstByte == byte
            && tokens[index].length == 1
    }

    /// A capitalised word not yet taken (numbers are not).
    @inline(__always) func isCapitalizedWord(_ index: Int) -> Bool {
        index < tokens.count && !used[index] && tokens[index].isCapitalized
    }

    /// A word with a lowercase first letter.
    @inline(__always) func isLowercaseWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].isWord && !tokens[index].isCapitalized
            && !tokens[index].has(EntityToken.startsWithDigit)
    }

    /// Records an entity over tokens `range` and marks them taken.
    mutating func emit(_ range: Range<Int>, _ kind: EntityKind) {
        guard !range.isEmpty else { return }
        spans.append(
            SpottedSpan(
                start: Int(tokens[range.lowerBound].start), end: Int(tokens[range.upperBound - 1].end),
                kind: kind))
        for index in range { used[index] = true }
    }

    /// The value of an all-digit token (nil for separators or more than 9 digits).
    func integer(_ index: Int) -> Int? {
        let token = tokens[index]
        guard token.isNumeric, token.length <= 9 else { return nil }
        var value = 0
        for offset in Int(token.start)..<Int(token.end) {
            let digit = bytes[offset] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The numbers of a numeric token split at its separators: `2/12/2014` → 2, 12, 2014.
    func numberParts(_ index: Int) -> NumberParts {
        let token = tokens[index]
        var parts = NumberParts()
        var value = 0
        var digits = 0
        var separator: UInt8 = 0
        for offset in Int(token.start)..<Int(token.end) {
            let byte = bytes[offset]
            let digit = byte &- 0x30
            if digit < 10 {
                value = value &* 10 &+ Int(digit)
                digits += 1
            } else {
                parts.append(value, digits, separator)
                separator = byte
                value = 0
                digits = 0
            }
        }
        parts.append(value, digits, separator)
        return parts
    }

    // MARK: Phrase matching

    /// The classes of the longest cue phrase (one or more tokens) that starts at `index` and
    /// has any of `wanted`, with its length in tokens.
    func cue(at index: Int, _ wanted: WordClass) -> (length: Int, classes: WordClass)? {
        let first = info[index]
        var best: (length: Int, classes: WordClass)? =
            first.classes.isDisjoint(with: wanted) ? nil : (1, first.classes)
        let limit = min(Int(first.cueLength), tokens.count - index)
        guard limit > 1 else { return best }
        var hash = TokenHash.phrase(tokens[index].hash)
        for offset in 1..<limit {
            hash = TokenHash.extending(hash, with: tokens[index + offset].hash)
            if let classes = lexicons.cuePhrases.value(hash), !classes.isDisjoint(with: wanted) {
                best = (offset + 1, classes)
            }
        }
        return best
    }

    /// The longest gazetteer entry at `index` whose capitalisation the text agrees with.
    func gazetteerMatch(at index: Int) -> (length: Int, kind: EntityKind)? {
        let first = info[index]
        guard first.gazetteerLength > 0 else { return nil }
        let limit = min(Int(first.gazetteerLength), tokens.count - index)
        var best: (length: Int, kind: EntityKind)? = nil
        var hash = TokenHash.phrase(tokens[index].hash)
        for offset in 0..<limit {
            if offset > 0 {
                if used[index + offset] { break }
                hash = TokenHash.extending(hash, with: tokens[index + offset].hash)
            }
            if let entry = lexicons.gazetteer.value(hash), agrees(entry, at: index, length: offset + 1) {
                best = (offset + 1, entry.kind)
            }
        }
        return best
    }

    private func agrees(_ entry: EntityLexicons.GazetteerEntry, at index: Int, length: Int) -> Bool {
        for offset in 0..<length {
            let token = tokens[index + offset]
            if entry.acronym && !allCapsText && token.isWord && token.letters > 0
                && !token.has(EntityToken.allCaps)
            {
                return false
            }
            if entry.capitalMask & (1 << offset) != 0 && !token.isCapitalized { return false }
        }
        return true
    }
}

/// Up to four numbers of a numeric token, each with its digit count and the separator before
/// it (0 for the first): `22-25` is (22, 2, 0), (25, 2, `-`). Kept inline, without allocation.
struct NumberParts {
    typealias Part = (value: Int, digits: Int, separator: UInt8)
    private var storage: (Part, Part, Part, Part) = ((0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0))
    /// The number of parts (more than four are counted but not kept).
    private(set) var count = 0

    mutating func append(_ value: Int, _ digits: Int, _ separator: UInt8) {
        let part: Part = (value, digits, separator)
        switch count {
        case 0: storage.0 = part
        case 1: storage.1 = part
        case 2: storage.2 = part
        case 3: storage.3 = part
        default: break
        }
        count += 1
    }

    subscript(index: Int) -> Part {
        switch index {
        case 0: return storage.0
        case 1: return storage.1
        case 2: return storage.2
        default: return storage.3
        }
    }

    /// Whether every kept part satisfies `predicate`.
    func allSatisfy(_ predicate: (Part) -> Bool) -> Bool {
        for index in 0..<min(count, 4) where !predicate(self[index]) { return false }
        return true
    }
}
