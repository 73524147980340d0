import Testing
@testable import NSummKit

@Suite struct TextDecoderTests {
    @Test func acceptsUTF8WithAndWithoutByteOrderMark() throws {
        let plain = try SourceText(bytes: Array("Halo dunia.".utf8), name: "a.txt")
        #expect(plain.textStart == 0)
        let marked = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Halo dunia.".utf8), name: "b.txt")
        #expect(marked.textStart == 3)
    }

    @Test func reportsTheFirstInvalidByteWithLineAndColumn() {
        let bytes = Array("Baris satu.\nBaris dua ".utf8) + [0xC3, 0x28] + Array(" lagi.".utf8)
        #expect(throws: InputError.invalidUTF8(name: "x.txt", position: TextPosition(line: 2, column: 11, byteOffset: 22))) {
            try SourceText(bytes: bytes, name: "x.txt")
        }
    }

    @Test(arguments: [
        [0xC0, 0xAF],  // overlong "/"
        [0xED, 0xA0, 0x80],  // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // truncated
        [0xFF],
    ] as [[UInt8]])
    func rejectsIllFormedSequences(_ sequence: [UInt8]) {
        #expect(throws: InputError.self) { try SourceText(bytes: Array("ab".utf8) + sequence, name: "x") }
    }

    @Test func rejectsNulBytesAsBinary() {
        #expect(throws: InputError.nulByte(name: "x", position: TextPosition(line: 1, column: 3, byteOffset: 2))) {
            try SourceText(bytes: [0x61, 0x62, 0x00, 0x63], name: "x")
        }
    }

    @Test func decodesUTF16AndUTF32WithAByteOrderMark() throws {
        let text = "Harga cabai naik. “Mahal,” kata Bu Siti."
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let utf16 = try SourceText(bytes: little, name: "x")
        #expect(utf16.encoding == "UTF-16LE")
        #expect(utf16.bytes == Array(text.utf8))
        let big: [UInt8] = [0x00, 0x00, 0xFE, 0xFF] + text.unicodeScalars.flatMap { scalar -> [UInt8] in
            [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: scalar.value >> $0) }
        }
        #expect(try SourceText(bytes: big, name: "x").bytes == Array(text.utf8))
    }

    @Test func readsWindows1252WhenNamedOrDetected() throws {
        // "Kafé" and a curly apostrophe in Windows-1252: 0xE9 and 0x92.
        let bytes = Array("Kaf".utf8) + [0xE9] + Array(" itu milik Pak Budi".utf8) + [0x92] + Array("s. Ia baru membukanya kemarin.".utf8)
        #expect(throws: InputError.self) { try SourceText(bytes: bytes, name: "x") }
        let named = try SourceText(bytes: bytes, name: "x", decoder: TextDecoder(encoding: .named("windows-1252")))
        #expect(String(decoding: named.bytes, as: UTF8.self).hasPrefix("Kafé itu milik Pak Budi’s."))
        let detected = try SourceText(bytes: bytes, name: "x", decoder: TextDecoder(encoding: .automatic))
        #expect(String(decoding: detected.bytes, as: UTF8.self).hasPrefix("Kafé"))
        #expect(detected.encoding != "UTF-8")
    }

    @Test func automaticKeepsValidUTF8() throws {
        let text = try SourceText(bytes: Array("Kafé itu tutup.".utf8), name: "x", decoder: TextDecoder(encoding: .automatic))
        #expect(text.encoding == "UTF-8")
    }

    @Test func unknownEncodingIsReported() {
        #expect(throws: InputError.unknownEncoding(name: "x", encoding: "klingon-8")) {
            try SourceText(bytes: Array("abc".utf8), name: "x", decoder: TextDecoder(encoding: .named("klingon-8")))
        }
        #expect(!TextEncoding.isKnown("klingon-8"))
        #expect(TextEncoding.isKnown("windows-1252"))
    }

    @Test func bytesInvalidInTheNamedEncodingAreReported() {
        // 0xE9 is not ASCII.
        #expect(throws: InputError.invalidInEncoding(name: "x", encoding: "US-ASCII", byteOffset: 2)) {
            try SourceText(bytes: [0x61, 0x62, 0xE9, 0x63], name: "x", decoder: TextDecoder(encoding: .named("US-ASCII")))
        }
    }

    @Test func enforcesTheSizeLimit() {
        #expect(throws: InputError.tooLarge(name: "x", bytes: 11, limit: 10)) {
            try SourceText(bytes: Array("12345678901".utf8), name: "x", decoder: TextDecoder(maximumBytes: 10))
        }
    }

    @Test func messagesSayWhatToDo() {
        let error = InputError.invalidUTF8(name: "berita.txt", position: TextPosition(line: 3, column: 7, byteOffset: 40))
        #expect(error.description.hasPrefix("berita.txt: line 3, column 7 (byte 40): invalid UTF-8"))
        #expect(error.description.contains("--encoding"))
    }
}
