/// An input checked and decoded to UTF-8 text.
///
/// Offsets everywhere in nsumm refer to `bytes`. For UTF-8 input those are the input's own
/// bytes, a byte-order mark included (bytes 0 to 2, scalar 0; the text proper starts after it).
/// Input in another encoding (see ``TextEncoding``) is converted, and offsets then count the
/// UTF-8 conversion; scalar offsets still count the same characters as the original.
public struct SourceText: Sendable {
    /// The name used in messages: a file path, or `-` for standard input.
    public let name: String
    /// The text in UTF-8: the input exactly as given when it was UTF-8, else its conversion.
    public let bytes: [UInt8]
    /// Where the text starts: 3 after a UTF-8 byte-order mark, otherwise 0.
    public let textStart: Int
    /// The encoding the input was read in: `UTF-8`, or the charset it was converted from.
    public let encoding: String

    /// Checks and decodes `bytes` with `decoder`; see ``TextDecoder``.
    public init(bytes: [UInt8], name: String, decoder: TextDecoder = TextDecoder()) throws(InputError) {
        let decoded = try decoder.decode(bytes, name: name)
        self.bytes = decoded.bytes
        self.textStart = decoded.bytes.starts(with: TextDecoder.byteOrderMark) ? 3 : 0
        self.encoding = decoded.encoding
        self.name = name
    }

    /// One piece of a UTF-8 file read a piece at a time (see ``TextFile``), checked as
    /// ``TextDecoder`` checks UTF-8; nil when it is not UTF-8 without NUL bytes. A byte-order mark
    /// counts only at the start of the file, `atFileStart`.
    init?(piece bytes: [UInt8], name: String, atFileStart: Bool) {
        let textStart = atFileStart && bytes.starts(with: TextDecoder.byteOrderMark) ? 3 : 0
        let problem = bytes.withUnsafeBufferPointer { TextDecoder.firstProblem(in: $0, from: textStart) }
        guard problem == nil else { return nil }
        self.bytes = bytes
        self.textStart = textStart
        self.encoding = "UTF-8"
        self.name = name
    }

    /// Wraps a Swift string (always valid UTF-8).
    public init(_ string: String, name: String = "-") {
        self.bytes = Array(string.utf8)
        self.name = name
        self.textStart = bytes.starts(with: TextDecoder.byteOrderMark) ? 3 : 0
        self.encoding = "UTF-8"
    }
}
