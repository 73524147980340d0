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

    @Test func namesUTF16() {
        #expect(throws: InputError.unsupportedEncoding(name: "x", encoding: "UTF-16LE")) {
            try SourceText(bytes: [0xFF, 0xFE, 0x61, 0x00], name: "x")
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
        #expect(error.description.contains("iconv"))
    }
}
