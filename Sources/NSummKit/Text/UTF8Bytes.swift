/// Small UTF-8 helpers for the byte-level scanners: decoding a scalar at an offset, stepping
/// back one scalar, and the white-space and line-break classes nsumm uses.
enum UTF8Bytes {
    /// The scalar that starts at `offset` and its length in bytes (U+FFFD for a broken sequence).
    @inline(__always)
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The offset where the scalar ending just before `offset` starts.
    @inline(__always)
    static func scalarStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index > 0 && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Spaces inside a line: ASCII space and tab, no-break and the other Unicode spaces.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Characters that end a line: LF, VT, FF, CR, NEL and the line separator. (CR LF is one
    /// break; the caller handles that pair.)
    @inline(__always)
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028: return true
        default: return false
        }
    }

    /// `range` of `bytes` without the scalars at its start that satisfy `leading` and those at
    /// its end that satisfy `trailing`.
    @inline(__always)
    static func trim(
        _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
        leading: (Unicode.Scalar) -> Bool, trailing: (Unicode.Scalar) -> Bool
    ) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = scalar(at: lower, in: bytes)
            guard leading(scalar) else { break }
            lower += length
        }
        while upper > lower {
            let start = scalarStart(before: upper, in: bytes)
            guard trailing(scalar(at: start, in: bytes).0) else { break }
            upper = start
        }
        return lower..<upper
    }

    /// Whether `scalar` is a lower-case letter (ASCII answered without a table lookup).
    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
    }

    /// Whether `scalar` is an upper-case letter (ASCII answered without a table lookup).
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// Whether `scalar` is a digit or other numeric character.
    @inline(__always)
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : hasNumericType(scalar)
    }

    /// Whether Unicode gives `scalar` a numeric type. Out of line: asking sets up the metadata of
    /// a resilient standard-library type, which a function that inlined it paid on every call,
    /// in its prologue, ASCII or not.
    @inline(never)
    private static func hasNumericType(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil
    }

    /// Closing quotation marks and brackets, which stay with the sentence before a boundary.
    @inline(__always)
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x2A, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Opening quotation marks and brackets, which go with the sentence after a boundary.
    @inline(__always)
    static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x5B, 0x7B, 0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x2039, 0x201E, 0x201A: return true
        default: return false
        }
    }

    /// Sentence terminators: full stop, exclamation and question marks, ellipsis.
    @inline(__always)
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x2026: return true
        default: return false
        }
    }

    /// The paragraph separator U+2029, which ends a paragraph like a blank line.
    static let paragraphSeparator: Unicode.Scalar = "\u{2029}"

    /// Whether `byte` is ASCII white space: a space, a tab or a line break (0x09 to 0x0D).
    @inline(__always)
    static func isASCIIWhite(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// Whether `scalar` is white space of any kind (spaces and line breaks).
    @inline(__always)
    static func isWhite(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar) || isLineBreak(scalar) || scalar == paragraphSeparator
    }
}
