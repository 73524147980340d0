/// Reads an open file a piece at a time, each piece ending just after a blank line (a line feed,
/// then only spaces, tabs and carriage returns, then a line feed) or at the end of the file: no
/// paragraph, line break or UTF-8 sequence is split between two pieces, so each can be checked,
/// normalised and segmented on its own. Pieces are about `pieceBytes` long, small enough to stay
/// in the processor's cache; a longer paragraph makes a longer piece.
struct ParagraphPieceReader {
    private let descriptor: Int32
    private let pieceBytes: Int
    /// Bytes read after the end of the last piece: the start of the next one.
    private var carried: [UInt8] = []
    private var atEnd = false
    /// The system's error code when a read failed (the pieces then stop), else 0.
    private(set) var failure: Int32 = 0
    /// The number of bytes read so far.
    private(set) var bytesRead = 0

    /// A reader of `descriptor` from its current offset; the caller keeps it open.
    init(descriptor: Int32, pieceBytes: Int = 1 << 18) {
        self.descriptor = descriptor
        self.pieceBytes = pieceBytes
    }

    /// The next piece, or nil at the end of the file or after a failed read (see `failure`).
    mutating func next() -> [UInt8]? {
        while failure == 0 {
            if atEnd {
                defer { carried = [] }
                return carried.isEmpty ? nil : carried
            }
            // A piece without a blank line is carried whole and read on into a piece twice as big.
            let capacity = max(pieceBytes, 2 * carried.count)
            var tail: [UInt8] = []
            let piece = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = buffer.initialize(fromContentsOf: carried)
                (atEnd, failure) = SourceText.fill(buffer, from: &count, reading: descriptor)
                bytesRead += count - carried.count
                let filled = UnsafeBufferPointer(rebasing: buffer[..<count])
                let end = atEnd ? count : Self.end(ofLastParagraphIn: filled)
                tail = Array(filled[end...])
                count = end
            }
            carried = tail
            if !piece.isEmpty { return piece }
        }
        return nil
    }

    /// The offset just after the last blank line's closing line feed in `bytes`, or 0 when there
    /// is none.
    static func end(ofLastParagraphIn bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = bytes.count - 1
        while index > 0 {
            guard bytes[index] == 0x0A else {
                index -= 1
                continue
            }
            var before = index - 1
            while before >= 0 && (bytes[before] == 0x20 || bytes[before] == 0x09 || bytes[before] == 0x0D) {
                before -= 1
            }
            if before >= 0 && bytes[before] == 0x0A { return index + 1 }
            index = before
        }
        return 0
    }
}
