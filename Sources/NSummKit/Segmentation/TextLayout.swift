/// The lines and paragraphs of a text: the structure the author gave it with line breaks and
/// blank lines, before any sentence is found.
struct TextLayout: Sendable {
    /// The non-blank lines, each without its line break and surrounding spaces.
    let lines: [Range<Int>]
    /// The paragraphs as ranges of indices into `lines`: runs of lines between blank lines.
    let paragraphs: [Range<Int>]

    /// Scans `bytes` from `start`. LF, CR LF, CR, VT, FF, NEL and U+2028 end a line; a line of
    /// only white space, or U+2029, ends a paragraph.
    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        var lines: [Range<Int>] = []
        var paragraphs: [Range<Int>] = []
        var paragraphStart = 0
        var contentStart = -1
        var contentEnd = -1
        func endParagraph() {
            if lines.count > paragraphStart { paragraphs.append(paragraphStart..<lines.count) }
            paragraphStart = lines.count
        }
        func endLine() {
            if contentStart >= 0 {
                lines.append(contentStart..<contentEnd)
            } else {
                endParagraph()
            }
            contentStart = -1
        }
        var index = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case 0x20, 0x09:
                    index += 1
                case 0x0A, 0x0B, 0x0C:
                    endLine()
                    index += 1
                case 0x0D:
                    endLine()
                    index += index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                default:
                    if contentStart < 0 { contentStart = index }
                    index += 1
                    contentEnd = index
                }
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            if scalar == UTF8Bytes.paragraphSeparator {
                endLine()
                endParagraph()
            } else if UTF8Bytes.isLineBreak(scalar) {
                endLine()
            } else if !UTF8Bytes.isSpace(scalar) {
                if contentStart < 0 { contentStart = index }
                contentEnd = index + length
            }
            index += length
        }
        endLine()
        endParagraph()
        self.lines = lines
        self.paragraphs = paragraphs
    }

    /// The byte range of paragraph `index`, from its first line's text to its last line's.
    func range(ofParagraph index: Int) -> Range<Int> {
        let paragraph = paragraphs[index]
        return lines[paragraph.lowerBound].lowerBound..<lines[paragraph.upperBound - 1].upperBound
    }
}
