import Foundation
import Testing
@testable import NSummKit

@Suite struct TextFileTests {
    /// Segmenting a file read in pieces gives the paragraphs and sentences of the file read
    /// whole: a byte-order mark, CR LF, U+FEFF and a combining mark opening a later paragraph,
    /// text that is not NFC, and pieces cut at blank lines over a text of a few hundred KiB;
    /// whether the checked pieces are kept (a file this short, as a rule) or read again (a file
    /// longer than ``TextFile/keptBytes``, here made so by keeping none).
    @Test(arguments: [TextFile.keptBytes, 0])
    func piecesAgreeWithTheWholeFile(keptBytes: Int) throws {
        var bytes = TextDecoder.byteOrderMark
        let samples = try TestSupport.samples().map(\.bytes)
        while bytes.count < 700_000 {
            for sample in samples { bytes += sample + Array("\n\n".utf8) }
            bytes += Array("\u{FEFF}Paragraf baru.\r\n\r\n\u{301}Tanda gabung. Cafe\u{301} buka.\n \n".utf8)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-pieces-\(UUID()).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let file = try TextFile(contentsOfFile: url.path, decoder: TextDecoder(), keepingUpTo: keptBytes)
        var pieces = 0
        try file.forEachPiece { _ in pieces += 1 }
        #expect(pieces > 1)
        var streamed: [(Int, String)] = []
        try TestSupport.nsumm.segment(file) { Self.collect($0, into: &streamed) }
        var whole: [(Int, String)] = []
        TestSupport.nsumm.segment(try SourceText(contentsOfFile: url.path)) { Self.collect($0, into: &whole) }
        #expect(streamed.map(\.0) == whole.map(\.0))
        #expect(streamed.map(\.1) == whole.map(\.1))
    }

    /// A file with a problem is read whole, so its error is the one reading it whole gives.
    @Test func problemsAreReportedAsForAWholeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-bad-\(UUID()).txt")
        try Data(Array("Satu.\n\nDua \u{FFFD}".utf8) + [0xC3, 0x28]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var wholeError: InputError?
        do { _ = try SourceText(contentsOfFile: url.path) } catch { wholeError = error }
        var fileError: InputError?
        do { _ = try TextFile(contentsOfFile: url.path) } catch { fileError = error }
        #expect(wholeError == .invalidUTF8(name: url.path, position: TextPosition(line: 3, column: 6, byteOffset: 14)))
        #expect(fileError == wholeError)
    }

    /// A piece ends after the last blank line: a line feed, spaces, tabs or carriage returns,
    /// then a line feed.
    @Test func piecesEndAfterBlankLines() {
        let cases: [(String, Int)] = [
            ("a\n\nb", 3), ("a\r\n\r\nb\n", 5), ("a\n \t\nb\n\nc", 8), ("a\nb\n", 0), ("\n\n", 2), ("a b", 0),
        ]
        for (text, end) in cases {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { ParagraphPieceReader.end(ofLastParagraphIn: $0) } == end, "\(text)")
        }
    }

    private static func collect(_ sentences: SegmentedText, into lines: inout [(Int, String)]) {
        for sentence in sentences {
            var line: [UInt8] = []
            sentences.appendSingleLine(of: sentence, to: &line)
            lines.append((sentence.paragraph, String(decoding: line, as: UTF8.self)))
        }
    }
}
