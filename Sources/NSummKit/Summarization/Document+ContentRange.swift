extension Document {
    /// Where the sentence's content, ``content(of:)``, is in the original input: its
    /// ``Sentence/range`` without the dateline and the spaces after it.
    public func contentRange(of sentence: Sentence) -> TextRange {
        guard let dateline = sentence.dateline else { return sentence.range }
        var utf8 = dateline.utf8.upperBound
        var scalars = dateline.scalars.upperBound
        text.source.bytes.withUnsafeBufferPointer { bytes in
            while utf8 < sentence.range.utf8.upperBound {
                let (scalar, length) = UTF8Bytes.scalar(at: utf8, in: bytes)
                guard UTF8Bytes.isWhite(scalar) else { break }
                utf8 += length
                scalars += 1
            }
        }
        return TextRange(utf8: utf8..<sentence.range.utf8.upperBound, scalars: scalars..<sentence.range.scalars.upperBound)
    }
}
