extension Document {
    /// The original ranges of byte spans of the normalised text (such as entities inside
    /// sentences). Spans given in about increasing order are mapped in one pass: scalars are
    /// counted from one boundary to the next, forwards or backwards.
    func originalRanges(of spans: [Range<Int>]) -> [TextRange] {
        let source = text.source.bytes
        return source.withUnsafeBufferPointer { bytes in
            var cursorByte = 0
            var cursorScalar = 0
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
