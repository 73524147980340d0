import Foundation
import NSummKit
import Testing

@Suite struct XliffCommandTests {
    static let article = """
        Pasar Tradisional Direnovasi

        Surabaya, WARTAKOTA – Pemerintah kota mulai merenovasi Pasar Keputran pada Rabu (5/6). Renovasi ditargetkan selesai dalam enam bulan.

        Pedagang dipindahkan sementara ke lahan parkir. Informasi lengkap ada di www.surabaya.go.id. *Dwi
        """

    /// Parses `xml` with nsumm's hardened reader: throws when it is not well-formed XLIFF.
    func bundle(_ xml: String) throws -> XLIFFReader.Result {
        try XLIFFReader().read(Array(xml.utf8), name: "out.xlf")
    }

    @Test func writesTheBundleBesideTheInput() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        let outcome = try runner.run(["xliff", "--scope", "full", "pasar.txt"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.isEmpty && outcome.stderr.isEmpty)
        #expect(runner.files() == ["pasar.txt", "pasar.xlf"])
        let result = try bundle(try #require(runner.read("pasar.xlf")))
        #expect(result.version == .v1_2)
        #expect(result.bundle.files[0].original == "pasar.txt")
        #expect(result.bundle.files[0].units.flatMap(\.segments).map(\.id) == ["s1", "s2", "s3", "s4", "s5"])
    }

    @Test func neverOverwritesWithoutForce() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        try runner.write("jangan ditimpa", to: "pasar.xlf")
        let refused = try runner.run(["xliff", "--scope", "full", "pasar.txt"])
        #expect(refused.status == 73)
        #expect(refused.stderr == "nsumm: pasar.xlf: exists; pass --force to replace it or choose another name with -o\n")
        #expect(runner.read("pasar.xlf") == "jangan ditimpa")
        let forced = try runner.run(["xliff", "--scope", "full", "--force", "pasar.txt"])
        #expect(forced.status == 0)
        #expect(try bundle(try #require(runner.read("pasar.xlf"))).bundle.files.count == 1)
        #expect(runner.files() == ["pasar.txt", "pasar.xlf"])
    }

    /// An input is never an output, not even with --force.
    @Test func neverWritesOverAnInput() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.xlf")
        let outcome = try runner.run(["xliff", "--scope", "full", "--force", "pasar.xlf"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("is one of the inputs"))
        #expect(runner.read("pasar.xlf") == Self.article)
    }

    /// Two inputs whose bundles would share a name: the first is written, the second refused.
    @Test func refusesTwoBundlesOfOneName() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        try runner.write(Self.article, to: "pasar.text")
        let outcome = try runner.run(["xliff", "--scope", "full", "--force", "pasar.txt", "pasar.text"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("pasar.text: its bundle would be pasar.xlf, like an earlier input's"))
        #expect(try bundle(try #require(runner.read("pasar.xlf"))).bundle.files.map(\.original) == ["pasar.txt"])
    }

    @Test(arguments: ["1.2", "2.0", "2.1", "2.2"])
    func writesEachVersionToStandardOutput(version: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        let outcome = try runner.run(["xliff", "--scope", "summary", "--select", "4,1", "--xliff-version", version, "-o", "-", "pasar.txt"])
        #expect(outcome.status == 0)
        let result = try bundle(outcome.stdout)
        #expect(result.version.rawValue == version)
        #expect(result.bundle.files[0].units.flatMap(\.segments).map(\.id) == ["s1", "s2", "s5"])
        #expect(runner.files() == ["pasar.txt"])
    }

    /// Several files, a folder and JSON Lines go into one bundle, one <file> each, in order.
    @Test func bundlesSeveralInputs() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "a.txt")
        try runner.write(Self.article, to: "folder/b.txt")
        try runner.write(Self.article, to: "folder/sub/c.txt")
        try runner.write("bukan artikel", to: "folder/catatan.md")
        let record = try JSONSerialization.data(withJSONObject: ["id": "berita-7", "text": Self.article, "lain": 1])
        try runner.write(String(decoding: record, as: UTF8.self) + "\n\n", to: "set.jsonl")
        let outcome = try runner.run(["xliff", "--scope", "full", "--xliff-version", "2.1", "-o", "all.xlf", "a.txt", "folder/"])
        #expect(outcome.status == 0)
        let files = try bundle(try #require(runner.read("all.xlf"))).bundle.files
        #expect(files.map(\.original) == ["a.txt", "folder/b.txt", "folder/sub/c.txt"])
        #expect(files.map(\.id) == ["f1", "f2", "f3"])
        let jsonl = try runner.run(["xliff", "--jsonl", "--scope", "full", "set.jsonl"])
        #expect(jsonl.status == 0)
        #expect(try bundle(try #require(runner.read("set.xlf"))).bundle.files.map(\.original) == ["berita-7"])
    }

    /// By default the summarizer picks the summary: the headline plus its sentences, each
    /// noted with its rank, and nothing outside the body.
    @Test func summaryScopeUsesTheSummarizer() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        let outcome = try runner.run(["xliff", "--sentences", "2", "--xliff-version", "2.1", "-o", "-", "pasar.txt"])
        #expect(outcome.status == 0)
        let file = try bundle(outcome.stdout).bundle.files[0]
        let segments = file.units.flatMap(\.segments).map(\.id)
        #expect(segments.count == 3 && segments[0] == "s1")
        let ranks = file.units.flatMap(\.notes).map(\.text).filter { $0.contains("summary rank") }
        #expect(ranks.count == 2)
        #expect(ranks.contains { $0.contains("summary rank 1 of 2") } && ranks.contains { $0.contains("summary rank 2 of 2") })
        #expect(file.notes.contains { $0.category == "scope" && $0.text.contains("the 2 summary sentences") })
    }

    /// Names from the entity spotter are protected like URLs; `--protect none` protects nothing.
    @Test func protectsNamesUnlessTold() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        let protected = try runner.run(["xliff", "--scope", "full", "--xliff-version", "2.1", "-o", "-", "pasar.txt"])
        let spans = try bundle(protected.stdout).bundle.files[0].units.flatMap(\.segments).flatMap(\.source.protectedSpans).map(\.text)
        #expect(spans.contains("www.surabaya.go.id"))
        #expect(spans.contains("Pasar Keputran"))
        let persons = try runner.run(["xliff", "--scope", "full", "--protect", "persons", "--xliff-version", "2.1", "-o", "-", "pasar.txt"])
        let personSpans = try bundle(persons.stdout).bundle.files[0].units.flatMap(\.segments).flatMap(\.source.protectedSpans).map(\.text)
        #expect(personSpans.contains("www.surabaya.go.id"))
        #expect(!personSpans.contains("Pasar Keputran"))
        let open = try runner.run(["xliff", "--scope", "full", "--protect", "none", "--xliff-version", "2.1", "-o", "-", "pasar.txt"])
        #expect(try bundle(open.stdout).bundle.files[0].units.flatMap(\.segments).allSatisfy { $0.source.protectedSpans.isEmpty })
    }

    @Test(arguments: [
        (["--target-lang", "en_US"], 64, "use a hyphen"),
        (["--select", "1,x"], 64, "--select takes sentence indices"),
        (["--select", "40"], 65, "sentence 40 does not exist"),
        (["--select", "5"], 65, "sentence 5 is a byline"),
        (["--sentences", "2", "--words", "50"], 64, "choose one of --sentences"),
        (["--xliff-version", "3.0"], 64, "xliff-version"),
    ])
    func refusesBadOptions(arguments: [String], status: Int32, message: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.article, to: "pasar.txt")
        let outcome = try runner.run(["xliff", "--scope", "summary", "-o", "out.xlf"] + arguments + ["pasar.txt"])
        #expect(outcome.status == status)
        #expect(outcome.stderr.contains(message))
        #expect(runner.files() == ["pasar.txt"])
    }

    @Test func reportsMissingAndBadInputs() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let missing = try runner.run(["xliff", "--scope", "full", "hilang.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "nsumm: hilang.txt: no such file; check the path\n")
        try runner.write("{\"id\": \"x\"}\n", to: "rusak.jsonl")
        let bad = try runner.run(["xliff", "--jsonl", "--scope", "full", "rusak.jsonl"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("rusak.jsonl:1: needs an \"id\" and a string \"text\""))
        #expect(runner.files() == ["rusak.jsonl"])
    }
}
