/// A lexicon of lower-case words in byte order, one a line (such as `common-words`, 29,000
/// root words), searched where it lies by bisecting its lines: nothing is built, so a run that
/// asks about a few words pays for a few comparisons, not for a table of every word.
struct SortedWordList: Sendable {
    /// The lexicon's text (the embedded file itself: no copy is made).
    private let text: String
    /// Where the words start: after the comment lines of the header.
    private let body: Int

    /// The built-in lexicon `name` of `lexicons`, or nil when a user's file extends it (an
    /// overlay is not sorted into it) or no file holds it. The built-in file must be sorted;
    /// a test checks it.
    init?(lexicon name: String, in lexicons: LexiconSet) {
        guard var text = lexicons.soleText(of: name) else { return nil }
        text.makeContiguousUTF8()
        self.text = text
        body = text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start < bytes.count && (bytes[start] == UInt8(ascii: "#") || bytes[start] == 0x0A) {
                while start < bytes.count && bytes[start] != 0x0A { start += 1 }
                start += 1
            }
            return min(start, bytes.count)
        } ?? 0
    }

    /// Whether the list holds `token` of `tokens`, ASCII capitals lowered.
    func contains(_ token: Range<Int>, in tokens: Tokens) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            tokens.withBytes(token) { Self.bisect(for: $0, in: bytes, from: body) }
        } ?? false
    }

    /// Whether the list holds `word`, ASCII capitals lowered.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            Self.bisect(for: word[...], in: bytes, from: body)
        } ?? false
    }

    /// Whether the lines of `bytes` from `body` on hold `word`.
    private static func bisect(
        for word: Slice<UnsafeBufferPointer<UInt8>>, in bytes: UnsafeBufferPointer<UInt8>, from body: Int
    ) -> Bool {
        var low = body
        var high = bytes.count
        while low < high {
            // The line around the middle, and its order against the word.
            var lineStart = (low + high) / 2
            while lineStart > low && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = lineStart
            while lineEnd < high && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            switch compare(word, lineStart..<trimmed(lineStart, lineEnd, bytes), bytes) {
            case 0: return true
            case let order where order < 0: high = lineStart
            default: low = lineEnd + 1
            }
        }
        return false
    }

    /// The order of `word` (capitals lowered) against the line `line`: negative, 0 or positive.
    private static func compare(
        _ word: Slice<UnsafeBufferPointer<UInt8>>, _ line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var offset = line.lowerBound
        for byte in word {
            guard offset < line.upperBound else { return 1 }
            let lowered = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if lowered != bytes[offset] { return Int(lowered) - Int(bytes[offset]) }
            offset += 1
        }
        return offset < line.upperBound ? -1 : 0
    }

    /// The end of the line from `start` to `end` without a carriage return or spaces after it.
    private static func trimmed(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = end
        while end > start && (bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20) { end -= 1 }
        return end
    }
}
