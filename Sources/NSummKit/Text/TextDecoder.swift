/// Checks and decodes raw input before analysis: the encoding (``TextEncoding``), no NUL bytes,
/// a size limit.
///
/// ```swift
/// let text = try SourceText(bytes: data, name: "artikel.txt")      // strict UTF-8
/// let old = try SourceText(bytes: data, name: "lama.txt",
///                          decoder: TextDecoder(encoding: .automatic))
/// ```
public struct TextDecoder: Sendable {
    /// The UTF-8 byte-order mark.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// ICU's detector must be at least this sure (0–100) before its guess is used.
    static let minimumConfidence = 25
    /// What automatic detection falls back to when ICU is unsure: the usual encoding of older
    /// Indonesian web pages, which gives every byte a character.
    static let fallbackCharset = "windows-1252"

    /// Inputs longer than this many bytes are refused (``InputError/tooLarge(name:bytes:limit:)``).
    public var maximumBytes: Int
    /// The encoding to read input in.
    public var encoding: TextEncoding

    /// A decoder with a size limit (1 GiB by default) and an encoding (strict UTF-8 by default).
    public init(maximumBytes: Int = 1 << 30, encoding: TextEncoding = .utf8) {
        self.maximumBytes = maximumBytes
        self.encoding = encoding
    }

    /// The text of `bytes` in UTF-8 and the encoding it was read in.
    func decode(_ bytes: [UInt8], name: String) throws(InputError) -> (bytes: [UInt8], encoding: String) {
        if bytes.count > maximumBytes {
            throw .tooLarge(name: name, bytes: bytes.count, limit: maximumBytes)
        }
        if let (charset, markLength) = Self.unicodeByteOrderMark(bytes) {
            return (try convert(bytes[markLength...], from: charset, name: name), charset)
        }
        switch encoding {
        case .utf8:
            try checkUTF8(bytes, name: name)
            return (bytes, "UTF-8")
        case .named(let charset):
            return (try convert(bytes[...], from: charset, name: name), charset)
        case .automatic:
            if (try? checkUTF8(bytes, name: name)) != nil { return (bytes, "UTF-8") }
            var charset = Self.fallbackCharset
            if let guess = CharsetConverter.detect(bytes), guess.confidence >= Self.minimumConfidence,
                guess.charset != "UTF-8"
            {
                charset = guess.charset
            }
            return (try convert(bytes[...], from: charset, name: name), charset)
        }
    }

    /// Converts `bytes` from `charset` and checks the result has no NUL.
    private func convert(_ bytes: ArraySlice<UInt8>, from charset: String, name: String) throws(InputError) -> [UInt8] {
        let converted: [UInt8]
        do {
            converted = try CharsetConverter.convert(bytes, from: charset)
        } catch .unknownCharset {
            throw .unknownEncoding(name: name, encoding: charset)
        } catch .invalidByte(let offset) {
            throw .invalidInEncoding(name: name, encoding: charset, byteOffset: bytes.startIndex + offset)
        } catch {
            throw .invalidInEncoding(name: name, encoding: charset, byteOffset: bytes.startIndex)
        }
        if converted.count > maximumBytes {
            throw .tooLarge(name: name, bytes: converted.count, limit: maximumBytes)
        }
        try checkUTF8(converted, name: name)
        return converted
    }

    /// Throws unless `bytes` are UTF-8 without NUL bytes.
    private func checkUTF8(_ bytes: [UInt8], name: String) throws(InputError) {
        let start = bytes.starts(with: Self.byteOrderMark) ? 3 : 0
        let problem: (offset: Int, isNul: Bool)? = bytes.withUnsafeBufferPointer {
            Self.firstProblem(in: $0, from: start)
        }
        guard let problem else { return }
        let position = bytes.withUnsafeBufferPointer { TextPosition(byteOffset: problem.offset, in: $0) }
        if problem.isNul { throw .nulByte(name: name, position: position) }
        throw .invalidUTF8(name: name, position: position)
    }

    /// The ICU charset of a UTF-16 or UTF-32 byte-order mark at the start, and the mark's length.
    private static func unicodeByteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
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
