import CNSummICU

/// The text nsumm analyses: the input after its byte-order mark, in Unicode Normalization Form C,
/// with a map from every offset back to the original bytes.
///
/// Almost all news text is already NFC; then `bytes` is the input itself and offsets are the
/// same in both. Otherwise `bytes` holds the normalised text and `anchors` record where the
/// difference between the two offsets changes, one entry per normalisation segment that changed.
struct NormalizedText: Sendable {
    /// The text in NFC as UTF-8; the text proper is `bytes[start...]`.
    let bytes: [UInt8]
    /// Where the text starts in `bytes`.
    let start: Int
    /// The original input, to count scalars in.
    let source: SourceText
    /// Sorted by `normalized`: from each, original offset = normalized offset + delta.
    private let anchors: [(normalized: Int, delta: Int)]

    /// Normalises `source` when it is not NFC already.
    init(_ source: SourceText) {
        self.source = source
        let original = source.bytes
        let textStart = source.textStart
        let isNFC = original.withUnsafeBufferPointer { buffer in
            nsumm_utf8_is_nfc(
                buffer.baseAddress.map { $0 + textStart }, Int32(buffer.count - textStart)) == 1
        }
        if isNFC || original.count - textStart >= Int(Int32.max) / 4 {
            bytes = original
            start = textStart
            anchors = [(0, 0)]
            return
        }
        let length = original.count - textStart
        let capacity = 3 * length + 16
        var output = [UInt8](repeating: 0, count: capacity)
        var origins = [Int32](repeating: 0, count: capacity)
        let produced = original.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                origins.withUnsafeMutableBufferPointer { map in
                    nsumm_utf8_to_nfc(
                        input.baseAddress! + textStart, Int32(length), out.baseAddress!,
                        Int32(capacity), map.baseAddress!)
                }
            }
        }
        guard produced >= 0 else {
            // ICU refused (it cannot for validated UTF-8); analyse the text as it is.
            bytes = original
            start = textStart
            anchors = [(0, 0)]
            return
        }
        output.removeSubrange(Int(produced)...)
        var anchors: [(normalized: Int, delta: Int)] = [(0, textStart)]
        var previousOrigin: Int32 = -1
        for index in 0..<Int(produced) where origins[index] != previousOrigin {
            previousOrigin = origins[index]
            let delta = Int(origins[index]) + textStart - index
            if delta != anchors[anchors.count - 1].delta { anchors.append((index, delta)) }
        }
        let endDelta = original.count - Int(produced)
        if endDelta != anchors[anchors.count - 1].delta {
            anchors.append((Int(produced), endDelta))
        }
        self.bytes = output
        self.start = 0
        self.anchors = anchors
    }

    /// The original byte offset of `offset` in `bytes` (a character boundary).
    func originalOffset(_ offset: Int) -> Int {
        if anchors.count == 1 { return offset + anchors[0].delta }
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].normalized <= offset { low = middle } else { high = middle - 1 }
        }
        return offset + anchors[low].delta
    }

    /// The text of `range` (offsets into `bytes`) as a string.
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0[range], as: UTF8.self) }
    }

    /// The text of `range` with each line break and the white space around it turned into one
    /// space.
    func singleLineString(_ range: Range<Int>) -> String {
        var joined: [UInt8] = []
        appendSingleLine(range, to: &joined)
        return String(decoding: joined, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `range` to `output`, each line break and the white space around
    /// it turned into one space.
    func appendSingleLine(_ range: Range<Int>, to output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            if ByteScanner.firstLineBreakCandidate(in: buffer, range) == range.upperBound {
                output.append(contentsOf: buffer[range])
                return
            }
            let layout = TextLayout(UnsafeBufferPointer(rebasing: buffer[..<range.upperBound]), from: range.lowerBound)
            for (index, line) in layout.lines.enumerated() {
                if index > 0 { output.append(0x20) }
                output.append(contentsOf: buffer[line])
            }
        }
    }
}

/// Turns ranges of the normalised text into ``TextRange``s of the original input.
///
/// Scalar offsets come from a table with the number of scalars before every 64-byte block of the
/// original input (built in one pass), so any offset is found by counting at most 63 bytes, in
/// any order.
struct OriginalRangeMapper {
    private let text: NormalizedText
    private let scalarsBeforeBlock: [UInt32]
    private static let blockShift = 6

    init(_ text: NormalizedText) {
        self.text = text
        let bytes = text.source.bytes
        let blockCount = (bytes.count >> Self.blockShift) + 1
        var table = [UInt32](repeating: 0, count: blockCount)
        bytes.withUnsafeBufferPointer { buffer in
            var scalars = 0
            for block in 0..<blockCount {
                table[block] = UInt32(truncatingIfNeeded: scalars)
                let start = block << Self.blockShift
                scalars += ByteScanner.scalarCount(in: buffer, start..<min(start + (1 << Self.blockShift), buffer.count))
            }
        }
        scalarsBeforeBlock = table
    }

    /// The original range of `range` (offsets into the normalised bytes).
    func map(_ range: Range<Int>) -> TextRange {
        let lower = text.originalOffset(range.lowerBound)
        let upper = text.originalOffset(range.upperBound)
        return TextRange(utf8: lower..<upper, scalars: scalarOffset(of: lower)..<scalarOffset(of: upper))
    }

    /// The number of scalars before byte `offset` of the original input.
    func scalarOffset(of offset: Int) -> Int {
        let block = offset >> Self.blockShift
        var count = Int(scalarsBeforeBlock[block])
        text.source.bytes.withUnsafeBufferPointer { bytes in
            for index in (block << Self.blockShift)..<offset where bytes[index] & 0xC0 != 0x80 {
                count += 1
            }
        }
        return count
    }
}
