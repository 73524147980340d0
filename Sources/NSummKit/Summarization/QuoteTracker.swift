#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells which letters of a paragraph stand inside quotation marks, sentence by sentence.
///
/// Direct speech in Indonesian news is marked with `“…”` or straight `"…"` and often runs over
/// several sentences of one paragraph (`"Kami siap. Kami tidak takut," kata Budi.`), so the state
/// carries from one sentence to the next; start a new tracker for each paragraph. `“` and `«`
/// open, `”` and `»` close, and a straight `"` opens when outside and closes when inside.
/// Single quotes mark terms and nicknames (`‘perusuh’`), not speech, and are ignored.
struct QuoteTracker {
    private var inside = false

    /// The share of the letters and digits of `bytes[range]` that stand inside quotation marks,
    /// from 0 (none, or no letters at all) to 1; the state at the end of the range carries over
    /// to the next call.
    ///
    /// - Complexity: O(*n*) in the length of the range.
    mutating func quotedShare(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double {
        // Most sentences hold no quotation mark at all: `"` is 0x22, and “ ” « » start with
        // 0xE2 or 0xC2 (memchr looks for each many bytes at a time).
        if !inside && !range.isEmpty {
            let start = bytes.baseAddress! + range.lowerBound
            if memchr(start, 0x22, range.count) == nil && memchr(start, 0xE2, range.count) == nil
                && memchr(start, 0xC2, range.count) == nil
            {
                return 0
            }
        }
        var letters = 0
        var quoted = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == UInt8(ascii: "\"") {
                    inside.toggle()
                } else if Self.isASCIIAlphanumeric(byte) {
                    letters += 1
                    if inside { quoted += 1 }
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
            switch scalar {
            case "\u{201C}", "\u{00AB}": inside = true
            case "\u{201D}", "\u{00BB}": inside = false
            default:
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil {
                    letters += 1
                    if inside { quoted += 1 }
                }
            }
            index += length
        }
        return letters == 0 ? 0 : Double(quoted) / Double(letters)
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
