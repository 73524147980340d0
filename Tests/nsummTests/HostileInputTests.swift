import Foundation
import FoundationXML
import Testing

/// The hostile-input corpus (Fixtures/hostile/) and generated extremes, run through every
/// subcommand: each gets the exit status its kind of input deserves, a message on standard
/// error that names the problem, and never half-written or malformed XML.
@Suite struct HostileInputTests {
    static let folder = NsummRunner.root.appendingPathComponent("Tests/nsummTests/Fixtures/hostile")

    /// Text inputs and what every text subcommand must say about them: nil for success, else
    /// the exit status and a phrase of the message.
    static let textCases: [(file: String, failure: (status: Int32, message: String)?)] = [
        ("empty.txt", nil),
        ("whitespace-only.txt", nil),
        ("bom-crlf.txt", nil),
        ("mixed-line-ends.txt", nil),
        ("utf16le-bom.txt", nil),
        ("utf16be-bom.txt", nil),
        ("control-characters.txt", nil),
        ("long-word.txt", nil),
        ("no-punctuation.txt", nil),
        ("other-scripts.txt", nil),
        ("invalid-utf8-truncated.txt", (65, "invalid UTF-8")),
        ("invalid-utf8-overlong.txt", (65, "invalid UTF-8")),
        ("invalid-utf8-surrogate.txt", (65, "invalid UTF-8")),
        ("nul-byte.txt", (65, "NUL byte")),
        ("windows-1252.txt", (65, "--encoding")),
    ]

    static var textFiles: [String] { textCases.map(\.file) }

    @Test(arguments: textFiles, ["segment", "entities", "summarize"])
    func textSubcommands(file: String, command: String) throws {
        let failure = try #require(Self.textCases.first { $0.file == file }).failure
        let result = try NsummRunner.run([command, Self.folder.appendingPathComponent(file).path])
        if let failure {
            #expect(result.status == failure.status)
            #expect(result.stdout.isEmpty, "no partial output")
            #expect(result.stderr.contains(file))
            #expect(result.stderr.contains(failure.message))
        } else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
        }
    }

    @Test(arguments: textFiles, ["1.2", "2.1"])
    func xliffIsWellFormedOrRefused(file: String, version: String) throws {
        let failure = try #require(Self.textCases.first { $0.file == file }).failure
        let result = try NsummRunner.run([
            "xliff", "--scope", "full", "--xliff-version", version, "-o", "-", Self.folder.appendingPathComponent(file).path,
        ])
        if result.status == 0 {
            #expect(failure == nil)
            #expect(Self.isWellFormedXML(result.stdout))
        } else {
            // Refused: bad input, nothing to translate, or a control character 1.2 cannot carry.
            #expect(result.status == 65)
            #expect(result.stdout.isEmpty, "no partial XML")
            #expect(result.stderr.contains(file))
        }
    }

    @Test func windows1252ReadsWithTheEncodingOption() throws {
        let result = try NsummRunner.run(["segment", "--encoding", "auto", Self.folder.appendingPathComponent("windows-1252.txt").path])
        #expect(result.status == 0)
        #expect(result.output.contains("Kafé milik Pak Budi tutup."))
    }

    static let xliffCases: [(file: String, status: Int32, message: String)] = [
        ("xxe.xlf", 65, "DOCTYPE"),
        ("billion-laughs.xlf", 65, "DOCTYPE"),
        ("external-dtd.xlf", 65, "DOCTYPE"),
        ("wrong-namespace.xlf", 65, "namespace"),
        ("not-xml.xlf", 65, "not well-formed XML"),
        ("truncated.xlf", 65, "not well-formed XML"),
        ("duplicate-ids.xlf", 0, "more than once"),
        ("unknown-inline.xlf", 0, "unknown element <blink>"),
    ]

    @Test(arguments: xliffCases.map(\.file))
    func mergeRefusesOrReportsHostileXLIFF(file: String) throws {
        let expected = try #require(Self.xliffCases.first { $0.file == file })
        let output = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try NsummRunner.run(["merge", "-o", output.path, Self.folder.appendingPathComponent(file).path])
        #expect(result.status == expected.status)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains(expected.message))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        if expected.status != 0 { #expect(written.isEmpty, "nothing written for a refused bundle") }
        for name in written {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("root:"), "no local file content leaks into the merge")
        }
    }

    @Test func bundleInUTF16IsMergedAndAMisleadingEncodingDeclarationStaysQuiet() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" \
            datatype="plaintext" source-language="id-ID" target-language="en"><body><trans-unit id="p1">\
            <source>Harga naik</source><target state="translated">Prices rise</target></trans-unit></body>\
            </file></xliff>
            """
        let utf16 = folder.appendingPathComponent("utf16.xlf")
        try (Data([0xFF, 0xFE]) + xml.data(using: .utf16LittleEndian)!).write(to: utf16)
        let merged = try NsummRunner.run(["merge", "-o", folder.appendingPathComponent("out/new").path, utf16.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("out/new/a.en.txt"), encoding: .utf8) == "Prices rise\n")
        // Declared EBCDIC, actually ASCII: one line of error, no libxml2 chatter.
        let ebcdic = folder.appendingPathComponent("ebcdic.xlf")
        try Data("<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?>\n<xliff/>".utf8).write(to: ebcdic)
        let refused = try NsummRunner.run(["merge", "-o", folder.path, ebcdic.path])
        #expect(refused.status == 65)
        #expect(refused.stderr.split(separator: "\n").count == 1)
    }

    @Test func schemaReferencesAreNeverFetched() throws {
        let output = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        // xsi:schemaLocation names a remote schema; merge never loads schemas or uses the network.
        let result = try NsummRunner.run(["merge", "-o", output.path, Self.folder.appendingPathComponent("schema-location.xlf").path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output.appendingPathComponent("a.en-US.txt"), encoding: .utf8) == "Prices rise.\n")
    }

    @Test func unreadableInputIsNoInput() throws {
        // Reading /proc/self/mem from its start fails with EIO: a file that exists but cannot be
        // read (tests run as root here, so permissions cannot make one).
        let result = try NsummRunner.run(["segment", "/proc/self/mem"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/proc/self/mem: cannot be read"))
        #expect(result.stdout.isEmpty)
    }

    @Test func deepNestingIsRefused() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let depth = 100_000
        let xml = "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + String(repeating: "<g>", count: depth) + String(repeating: "</g>", count: depth) + "</xliff>"
        let file = folder.appendingPathComponent("deep.xlf")
        try Data(xml.utf8).write(to: file)
        let result = try NsummRunner.run(["merge", "-o", folder.appendingPathComponent("out").path, file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("deep.xlf"))
    }

    @Test func hugeBundleIsRefusedBeforeReading() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.xlf")
        // A sparse 1 GiB file: no disk space, but its size is what the reader sees first.
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("<".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let clock = ContinuousClock()
        var result: NsummRunner.Result?
        let elapsed = try clock.measure { result = try NsummRunner.run(["merge", "-o", folder.appendingPathComponent("out").path, file.path]) }
        #expect(result?.status == 65)
        #expect(result?.stderr.contains("huge.xlf") == true)
        #expect(elapsed < .seconds(20), "refused by its size, not read")
    }

    @Test func hundredMegabyteLineIsCutIntoBoundedSentences() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("line.txt")
        try Data().write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        let block = Data(String(repeating: "kata ", count: 200_000).utf8)  // 1 MB, no full stop
        for _ in 0..<100 { try handle.write(contentsOf: block) }
        try handle.close()
        let result = try NsummRunner.run(["segment", file.path])
        #expect(result.status == 0)
        // No punctuation at all: cut into pieces of at most --max-sentence-bytes (64 KiB), at
        // spaces, with every byte kept.
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == (100_000_000 + 65_535) / 65_536 || lines.count == (100_000_000 + 65_535) / 65_536 + 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 65_536 && $0.hasSuffix("kata") })
        #expect(lines.reduce(0) { $0 + $1.utf8.count + 1 } == 100_000_000)
    }

    @Test func millionTinyParagraphs() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("paragraphs.txt")
        try Data(String(repeating: "Satu.\n\n", count: 1_000_000).utf8).write(to: file)
        let segment = try NsummRunner.run(["segment", file.path])
        #expect(segment.status == 0)
        #expect(segment.stdout.count == 1_000_000 * 7 - 1)
        let summary = try NsummRunner.run(["summarize", "--sentences", "2", file.path])
        #expect(summary.status == 0)
        #expect(summary.output.contains("Satu."))
    }

    @Test func fifoIsReadLikeAFile() throws {
        let folder = try NsummRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf 'Harga naik. Pedagang mengeluh.' > \"$0\"", fifo.path]
        try writer.run()
        let result = try NsummRunner.run(["segment", fifo.path])
        writer.waitUntilExit()
        #expect(result.output == "Harga naik.\nPedagang mengeluh.\n")
    }

    @Test func unwritableOutputIsCannotCreate() throws {
        let result = try NsummRunner.run([
            "xliff", "-o", "/nonexistent-folder/bundle.xlf", NsummRunner.root.appendingPathComponent("Samples/id/kazakhstan-csto.txt").path,
        ])
        #expect(result.status == 73)
        #expect(result.stderr.contains("/nonexistent-folder/bundle.xlf"))
    }

    static func isWellFormedXML(_ data: Data) -> Bool {
        XMLParser(data: data).parse()
    }
}
