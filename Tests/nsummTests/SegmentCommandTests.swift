import Foundation
import Testing

@Suite struct SegmentCommandTests {
    let sample = "Samples/id/kazakhstan-csto.txt"

    @Test func printsOneSentenceALineWithBlankLinesBetweenParagraphs() throws {
        let result = try NsummRunner.run(["segment", sample])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Rusia Kirim Pasukan Bantu Konflik di Kazakhstan")
        #expect(lines[1] == "")
        #expect(lines.contains("Pihak CSTO juga menuturkan, sekitar 2.500 pasukan akan dikirim ke Kazakhstan."))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonLinesCarryKindsAndOffsetsIntoTheFile() throws {
        let result = try NsummRunner.run(["segment", "--format", "jsonl", sample])
        #expect(result.status == 0)
        let bytes = try Data(contentsOf: NsummRunner.root.appendingPathComponent(sample))
        var kinds: [String] = []
        for line in result.output.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let sentence = try #require(record["sentence"] as? [String: Any])
            let range = try #require(sentence["range"] as? [String: Any])
            let utf8 = try #require(range["utf8"] as? [Int])
            #expect(String(decoding: bytes[utf8[0]..<utf8[1]], as: UTF8.self) == sentence["text"] as? String)
            kinds.append(try #require(sentence["kind"] as? String))
        }
        #expect(kinds.first == "title")
        #expect(kinds.suffix(2) == ["byline", "boilerplate"])
    }

    @Test func kindsFilterKeepsOnlyNewsText() throws {
        let result = try NsummRunner.run(["segment", "--kinds", "body", sample])
        #expect(!result.output.contains("Leave a Comment!"))
        #expect(!result.output.contains("*Arya"))
        #expect(result.output.contains("Rusia telah mengirimkan pasukan"))
    }

    /// Output far larger than the output buffer (256 KiB), in text and as one JSON document
    /// (written out in one piece), loses and repeats nothing; a sentence over two lines of a
    /// paragraph prints on one line.
    @Test func largeOutputIsWhole() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try String(contentsOf: NsummRunner.root.appendingPathComponent(sample), encoding: .utf8)
        let paragraph = "Harga cabai naik\ntajam pekan ini. Pedagang mengeluh.\n\n"
        let file = folder.appendingPathComponent("besar.txt")
        try String(repeating: article + "\n\n" + paragraph, count: 120).write(to: file, atomically: true, encoding: .utf8)

        let text = try NsummRunner.run(["segment", file.path])
        #expect(text.status == 0)
        #expect(text.stdout.count > 1 << 18)
        let lines = text.output.split(separator: "\n")
        #expect(lines.filter { $0 == "Harga cabai naik tajam pekan ini." }.count == 120)
        let json = try NsummRunner.run(["segment", "--format", "json", file.path])
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        #expect(sentences.count == lines.count)
    }

    @Test func readsStandardInput() throws {
        let result = try NsummRunner.run(["segment", "-"], input: Data("Dr. Budi datang. Ia tersenyum.".utf8))
        #expect(result.output == "Dr. Budi datang.\nIa tersenyum.\n")
    }

    @Test func emptyInputIsNoSentencesAndSuccess() throws {
        let result = try NsummRunner.run(["segment", "-"], input: Data())
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [
        ("missing.txt", Int32(66), "no such file"),
        ("Samples", Int32(66), "is a directory"),
    ])
    func fileProblemsNameTheFileAndExitDistinctly(path: String, status: Int32, message: String) throws {
        let result = try NsummRunner.run(["segment", path])
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains(message))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test(arguments: [
        (Data([0x41, 0x62, 0xC3, 0x28, 0x2E]), "invalid UTF-8"),
        (Data([0x41, 0x00, 0x42]), "NUL byte"),
    ])
    func badBytesAreDataErrors(bytes: Data, message: String) throws {
        let result = try NsummRunner.run(["segment", "-"], input: bytes)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message))
    }

    @Test func aBadFileDoesNotStopTheOthers() throws {
        let result = try NsummRunner.run(["segment", "missing.txt", sample])
        #expect(result.status == 66)
        #expect(result.output.hasPrefix("Rusia Kirim Pasukan"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try NsummRunner.run(["segment", "--frobnicate", sample])
        #expect(result.status == 64)
    }

    @Test func versionPrints() throws {
        let result = try NsummRunner.run(["--version"])
        #expect(result.output.hasPrefix("0."))
    }

    @Test func closedPipeEndsQuietly() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try String(repeating: "Ini kalimat pendek. ", count: 200_000).write(to: big, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" segment \"$1\" | head -1 > /dev/null; echo ${PIPESTATUS:-done}", NsummRunner.binary.path, big.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
