import CNSummICU

/// ICU's charset detection and conversion to UTF-8, for input that is not UTF-8.
enum CharsetConverter {
    /// Why a conversion failed.
    enum Failure: Error {
        case unknownCharset
        case invalidByte(offset: Int)
        case icuError
    }

    /// Whether ICU knows `charset`.
    static func isKnown(_ charset: String) -> Bool {
        var offset: Int32 = 0
        var output: [UInt8] = [0]
        return nsumm_convert_to_utf8(charset, nil, 0, &output, 1, &offset) != NSUMM_ICU_UNKNOWN_CHARSET
    }

    /// ICU's guess at the charset of `bytes` with its confidence (0–100), or nil.
    static func detect(_ bytes: [UInt8]) -> (charset: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            nsumm_detect_charset(buffer.baseAddress, Int32(clamping: buffer.count), &name, Int32(name.count))
        }
        guard confidence >= 0 else { return nil }
        let charset = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (charset, Int(confidence))
    }

    /// `bytes` in `charset`, converted to UTF-8.
    static func convert(_ bytes: ArraySlice<UInt8>, from charset: String) throws(Failure) -> [UInt8] {
        guard bytes.count < Int(Int32.max) / 4 - 16 else { throw .icuError }
        let capacity = bytes.count * 4 + 16
        var output = [UInt8](repeating: 0, count: capacity)
        var errorOffset: Int32 = 0
        let produced = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                nsumm_convert_to_utf8(
                    charset, input.baseAddress, Int32(input.count), out.baseAddress!, Int32(capacity), &errorOffset)
            }
        }
        switch produced {
        case NSUMM_ICU_UNKNOWN_CHARSET: throw .unknownCharset
        case NSUMM_ICU_INVALID_INPUT: throw .invalidByte(offset: Int(errorOffset))
        case ..<0: throw .icuError
        default:
            output.removeSubrange(Int(produced)...)
            return output
        }
    }
}
