extension Document {
    /// The original ranges of byte spans of the normalised text that lie inside `sentence`
    /// (such as its entities), in about increasing order. In a sentence whose original text is
    /// ASCII the scalar offsets follow from the byte offsets; otherwise scalars are counted from
    /// the sentence start, forwards or backwards from one boundary to the next.
    func originalRanges(of spans: [Range<Int>], in sentence: Sentence) -> [TextRange] {
        let base = sentence.range
        if base.utf8.count == base.scalars.count {
            let shift = base.scalars.lowerBound - base.utf8.lowerBound
            return spans.map { span in
                let lower = text.originalOffset(span.lowerBound)
                let upper = text.originalOffset(span.upperBound)
                return TextRange(utf8: lower..<upper, scalars: (lower + shift)..<(upper + shift))
            }
        }
        return text.source.bytes.withUnsafeBufferPointer { bytes in
            var cursorByte = base.utf8.lowerBound
            var cursorScalar = base.scalars.lowerBound
            func scalarOffset(_ offset: Int) -> Int {
                if offset >= cursorByte {
                    for index in cursorByte..<offset where bytes[index] & 0xC0 != 0x80 { cursorScalar += 1 }
                } else {
                    for index in offset..<cursorByte where bytes[index] & 0xC0 != 0x80 { cursorScalar -= 1 }
                }
                cursorByte = offset
                return cursorScalar
            }
            return spans.map { span in
                let lower = text.originalOffset(span.lowerBound)
                let upper = text.originalOffset(span.upperBound)
                let lowerScalar = scalarOffset(lower)
                return TextRange(utf8: lower..<upper, scalars: lowerScalar..<scalarOffset(upper))
            }
        }
    }
}
