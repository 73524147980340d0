/// The working state of spotting one sentence: its tokens, what the lexicons say about each,
/// which tokens a rule has taken, and the spans found so far. Rules read and extend it in turn.
struct SpotContext {
    /// The whole text being spotted.
    let text: UnsafeBufferPointer<UInt8>
    /// The sentence being spotted: token offsets count from its start, so they fit in 32 bits
    /// however long the text is.
    private(set) var bytes: UnsafeBufferPointer<UInt8>
    /// Where `bytes` starts in `text`.
    private(set) var base = 0
    let lexicons: EntityLexicons
    /// The tokens of the sentence being spotted, what the lexicons say about each, and which
    /// of them a rule has taken already: `count` of each, in buffers reused from sentence to
    /// sentence (owned by `storage`).
    private(set) var tokens: UnsafeMutablePointer<EntityToken>
    private(set) var info: UnsafeMutablePointer<EntityLexicons.WordInfo>
    private(set) var used: UnsafeMutablePointer<Bool>
    private(set) var count = 0
    private let storage = Storage()
    var spans: [SpottedSpan] = []
    /// Capitalisation says nothing here (ALL-CAPS or Title Case text): every word is looked at
    /// as if it opened a sentence.
    var capitalsUninformative = false
    /// The text is in capitals throughout, so `allCaps` does not mark acronyms.
    var allCapsText = false

    /// The buffers behind `tokens`, `info` and `used`.
    private final class Storage {
        var capacity = 0
        var tokens = UnsafeMutablePointer<EntityToken>.allocate(capacity: 0)
        var info = UnsafeMutablePointer<EntityLexicons.WordInfo>.allocate(capacity: 0)
        var used = UnsafeMutablePointer<Bool>.allocate(capacity: 0)

        func reserve(_ needed: Int) {
            guard needed > capacity else { return }
            tokens.deallocate()
            info.deallocate()
            used.deallocate()
            capacity = max(needed, 2 * capacity, 256)
            tokens = .allocate(capacity: capacity)
            info = .allocate(capacity: capacity)
            used = .allocate(capacity: capacity)
        }

        deinit {
            tokens.deallocate()
            info.deallocate()
            used.deallocate()
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, lexicons: EntityLexicons) {
        self.text = bytes
        self.bytes = bytes
        self.lexicons = lexicons
        tokens = storage.tokens
        info = storage.info
        used = storage.used
    }

    /// Tokenises `range` and looks every token up.
    mutating func load(_ range: Range<Int>) {
        spans.removeAll(keepingCapacity: true)
        storage.reserve(range.count + 1)
        tokens = storage.tokens
        info = storage.info
        used = storage.used
        bytes = UnsafeBufferPointer(rebasing: text[range])
        base = range.lowerBound
        count = EntityTokenizer.tokenize(bytes, 0..<bytes.count, into: tokens)
        var words = 0
        var capitalized = 0
        var capitalizedCommon = 0
        var allCaps = 0
        let empty = EntityLexicons.WordInfo(classes: [], cueLength: 0, gazetteerLength: 0)
        for index in 0..<count {
            let token = tokens[index]
            var found = lexicons.info(token.hash) ?? empty
            if token.isWord && token.letters > 0 {
                words += 1
                if token.isCapitalized {
                    capitalized += 1
                    // Ordinary-word status matters only for capitalised words (see `EntityLexicons`).
                    if lexicons.commonWords.contains(token.hash) { found.classes.insert(.common) }
                    if found.classes.contains(.common) { capitalizedCommon += 1 }
                }
                if token.has(EntityToken.allCaps) && token.letters > 1 { allCaps += 1 }
            }
            (info + index).initialize(to: found)
            (used + index).initialize(to: false)
        }
        allCapsText = words >= 3 && allCaps * 10 >= words * 7
        // Title Case: a headline (no final full stop, question or exclamation mark) with nearly
        // every word capitalised, ordinary words among them (a list of names is not Title Case).
        var last = count - 1
        while last >= 0 && !tokens[last].isWord && !Self.isSentenceEnd(tokens[last].firstByte) { last -= 1 }
        let headline = last < 0 || tokens[last].isWord
        capitalsUninformative = allCapsText
            || (headline && words >= 4 && capitalized * 10 >= words * 8 && capitalizedCommon * 2 >= capitalized)
    }

    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F
    }

    @inline(__always) func classes(_ index: Int) -> WordClass { info[index].classes }

    @inline(__always) func isWord(_ index: Int) -> Bool {
        index < count && tokens[index].isWord
    }

    /// Whether token `index` is the ASCII mark `byte`.
    @inline(__always) func isMark(_ index: Int, _ byte: UInt8) -> Bool {
        index < count && !tokens[index].isWord && tokens[index].firstByte == byte
            && tokens[index].length == 1
    }

    /// A capitalised word not yet taken (numbers are not).
    @inline(__always) func isCapitalizedWord(_ index: Int) -> Bool {
        index < count && !used[index] && tokens[index].isCapitalized
    }

    /// A word with a lowercase first letter.
    @inline(__always) func isLowercaseWord(_ index: Int) -> Bool {
        index < count && tokens[index].isWord && !tokens[index].isCapitalized
            && !tokens[index].has(EntityToken.startsWithDigit)
    }

    /// Records an entity over tokens `range` and marks them taken.
    mutating func emit(_ range: Range<Int>, _ kind: EntityKind) {
        guard !range.isEmpty else { return }
        spans.append(
            SpottedSpan(
                start: base + Int(tokens[range.lowerBound].start), end: base + Int(tokens[range.upperBound - 1].end),
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
        let limit = min(Int(first.cueLength), count - index)
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
        let limit = min(Int(first.gazetteerLength), count - index)
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
