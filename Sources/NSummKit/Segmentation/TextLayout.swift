/// The lines and paragraphs of a text: the structure the author gave it with line breaks and
/// blank lines, before any sentence is found.
struct TextLayout: Sendable {
    /// The non-blank lines, each without its line break and surrounding spaces.
    let lines: [Range<Int>]
    /// The paragraphs as ranges of indices into `lines`: runs of lines between blank lines.
    let paragraphs: [Range<Int>]

    /// Scans `bytes` from `start`. LF, CR LF, CR, VT, FF, NEL and U+2028 end a line; a line of
    /// only white space, or U+2029, ends a paragraph.
    ///
    /// - Complexity: O(n), skipping sixteen bytes at a time between line breaks.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var lines: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var paragraphStart = 0
        var lineStart = start
        var index = start
        let count = bytes.count
        while true {
            index = ByteScanner.firstLineBreakCandidate(in: bytes, index..<count)
            let breakLength = index < count ? Self.lineBreakLength(at: index, in: bytes) : 0
            if index < count && breakLength == 0 {
                index += 1
                continue
            }
            let content = SentenceSegmenter.trimmed(lineStart..<index, in: bytes)
            let endsParagraph = index < count && bytes[index] == 0xE2 && bytes[index + 2] == 0xA9
            if content.isEmpty || endsParagraph {
                if !content.isEmpty { lines.append(content) }
                if lines.count > paragraphStart { paragraphs.append(paragraphStart..<lines.count) }
                paragraphStart = lines.count
            } else {
                lines.append(content)
            }
            if index >= count { break }
            index += breakLength
            lineStart = index
        }
        if lines.count > paragraphStart { paragraphs.append(paragraphStart..<lines.count) }
        self.lines = lines
        self.paragraphs = paragraphs
    }

    /// The length of the line break at `index` (CR LF counts as one), or 0 when there is none.
    @inline(__always)
    private static func lineBreakLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C:
            return 1
        case 0x0D:
            return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default:
            return 0
        }
    }

    /// The byte range of paragraph `index`, from its first line's text to its last line's.
    func range(ofParagraph index: Int) -> Range<Int> {
        let paragraph = paragraphs[index]
        return lines[paragraph.lowerBound].lowerBound..<lines[paragraph.upperBound - 1].upperBound
    }
}
