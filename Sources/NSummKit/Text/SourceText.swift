/// An input checked to be UTF-8 text, kept byte for byte as it was given.
///
/// Offsets everywhere in nsumm refer to `bytes`: a byte-order mark, if there is one, is byte
/// 0 to 2 and scalar 0, and the text proper starts after it.
public struct SourceText: Sendable {
    /// The name used in messages: a file path, or `-` for standard input.
    public let name: String
    /// The input exactly as given.
    public let bytes: [UInt8]
    /// Where the text starts: 3 after a UTF-8 byte-order mark, otherwise 0.
    public let textStart: Int

    /// Checks `bytes` with `decoder` and keeps them; see ``TextDecoder``.
    public init(bytes: [UInt8], name: String, decoder: TextDecoder = TextDecoder()) throws(InputError)
    {
        self.textStart = try decoder.check(bytes, name: name)
        self.bytes = bytes
        self.name = name
    }

    /// Wraps a Swift string (always valid UTF-8).
    public init(_ string: String, name: String = "-") {
        self.bytes = Array(string.utf8)
        self.name = name
        self.textStart = bytes.starts(with: TextDecoder.byteOrderMark) ? 3 : 0
    }
}

/// Checks raw input before analysis: UTF-8 only, no NUL bytes, within a size limit.
///
/// ```swift
/// let text = try SourceText(bytes: data, name: "artikel.txt")   // uses TextDecoder()
/// ```
public struct TextDecoder: Sendable {
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Inputs longer than this many bytes are refused (``InputError/tooLarge(name:bytes:limit:)``).
    public var maximumBytes: Int

    /// A decoder with a limit, 1 GiB by default.
    public init(maximumBytes: Int = 1 << 30) {
        self.maximumBytes = maximumBytes
    }

    /// Validates `bytes` and returns where the text starts (after a byte-order mark).
    func check(_ bytes: [UInt8], name: String) throws(InputError) -> Int {
        if bytes.count > maximumBytes {
            throw .tooLarge(name: name, bytes: bytes.count, limit: maximumBytes)
        }
        if let encoding = Self.foreignByteOrderMark(bytes) {
            throw .unsupportedEncoding(name: name, encoding: encoding)
        }
        let start = bytes.starts(with: Self.byteOrderMark) ? 3 : 0
        let problem: (offset: Int, isNul: Bool)? = bytes.withUnsafeBufferPointer {
            Self.firstProblem(in: $0, from: start)
        }
        guard let problem else { return start }
        let position = bytes.withUnsafeBufferPointer {
            TextPosition(byteOffset: problem.offset, in: $0)
        }
        if problem.isNul { throw .nulByte(name: name, position: position) }
        throw .invalidUTF8(name: name, position: position)
    }

    /// The name of a UTF-16 or UTF-32 byte-order mark at the start, if any.
    private static func foreignByteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        return nil
    }

    /// The offset of the first NUL byte or ill-formed UTF-8 sequence (overlong forms, encoded
    /// surrogates and values above U+10FFFF included), or nil when the text is clean.
    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (offset: Int, isNul: Bool)?
    {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return (index, true) }
                index = ByteScanner.firstNonASCIIOrNul(in: bytes, index + 1..<count)
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return (index, false)
            }
            guard index + length <= count else { return (index, false) }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return (index, false) }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
                return (index, false)
            }
            index += length
        }
        return nil
    }
}
