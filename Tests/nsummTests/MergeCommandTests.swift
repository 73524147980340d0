import Foundation
import Testing

@Suite struct MergeCommandTests {
    static let translated = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id-ID" trgLang="en-US">
         <file id="f1" original="berita/pasar.txt">
          <unit id="p1" name="title"><segment id="s1" state="translated"><source>Pasar Direnovasi</source><target>Market Renovated</target></segment></unit>
          <unit id="p2" xml:space="preserve">
           <segment id="s2" state="final"><source>Renovasi dimulai di <mrk id="m2.1" translate="no">Surabaya</mrk>.</source><target>Renovation began in <mrk id="m2.1" translate="no">Surabaya</mrk>.</target></segment>
           <ignorable><source> </source></ignorable>
           <segment id="s3"><source>Pedagang pindah.</source><target>Traders moved.</target></segment>
          </unit>
         </file>
        </xliff>
        """

    @Test func writesTheTranslatedArticle() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.translated, to: "pasar.xlf")
        let outcome = try runner.run(["merge", "pasar.xlf"])
        #expect(outcome.status == 0)
        #expect(runner.read("pasar.en-US.txt") == "Market Renovated\n\nRenovation began in Surabaya. Pedagang pindah.\n")
        // s3 has no state: XLIFF 2 reads that as initial, below the default --min-state.
        #expect(outcome.stderr.contains("unit p2, segment s3: the translation is at state initial, below translated; the source was used"))
        let again = try runner.run(["merge", "pasar.xlf"])
        #expect(again.status == 73)
        #expect(again.stderr.contains("pasar.en-US.txt: exists; pass --force"))
        let lowered = try runner.run(["merge", "--force", "--min-state", "initial", "pasar.xlf"])
        #expect(lowered.status == 0 && lowered.stderr.isEmpty)
        #expect(runner.read("pasar.en-US.txt") == "Market Renovated\n\nRenovation began in Surabaya. Traders moved.\n")
    }

    @Test func requireTranslatedFailsAndWritesNothing() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.translated, to: "pasar.xlf")
        let outcome = try runner.run(["merge", "--require-translated", "pasar.xlf"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("1 of 3 segments have no usable translation; nothing written (--require-translated)"))
        #expect(runner.files() == ["pasar.xlf"])
    }

    @Test func writesJSONIntoAFolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.translated, to: "pasar.xlf")
        try runner.write("", to: "keluar/.keep")
        let outcome = try runner.run(["merge", "--format", "json", "--min-state", "initial", "-o", "keluar", "pasar.xlf"])
        #expect(outcome.status == 0)
        let data = try #require(runner.read("keluar/pasar.en-US.json")).data(using: .utf8)!
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["title"] as? String == "Market Renovated")
        #expect(object["targetLanguage"] as? String == "en-US")
        #expect((object["paragraphs"] as? [[String: Any]])?.map { $0["unit"] as? String } == ["p1", "p2"])
    }

    @Test func reportsBrokenProtectedSpans() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let changed = Self.translated.replacingOccurrences(
            of: "<target>Renovation began in <mrk id=\"m2.1\" translate=\"no\">Surabaya</mrk>.</target>",
            with: "<target>Renovation began in Soerabaja.</target>")
        try runner.write(changed, to: "pasar.xlf")
        let outcome = try runner.run(["merge", "-o", "-", "pasar.xlf"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("nsumm: warning: pasar.xlf: f1 (berita/pasar.txt), unit p2, segment s2: protected span m2.1 'Surabaya' is missing from the translation"))
        #expect(outcome.stdout.hasPrefix("Market Renovated\n\nRenovation began in Soerabaja."))
    }

    @Test(arguments: [
        ("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "DOCTYPE declaration is not allowed"),
        ("<xliff version=\"1.2\"><file/></xliff>", "not an XLIFF 1.2 or 2.x"),
        ("<xliff", "not well-formed XML"),
    ])
    func refusesHostileOrBrokenBundles(xml: String, message: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(xml, to: "jahat.xlf")
        let outcome = try runner.run(["merge", "jahat.xlf"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains(message))
        #expect(!outcome.stderr.contains("root:"))
        #expect(runner.files() == ["jahat.xlf"])
    }

    /// Two bundles whose articles would land on the same file: the second is refused, even
    /// with --force, so that nothing merged in this run is lost.
    @Test func keepsWhatAnEarlierBundleWrote() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.translated, to: "a.xlf")
        try runner.write(Self.translated.replacingOccurrences(of: "Market Renovated", with: "Market Rebuilt"), to: "b.xlf")
        let outcome = try runner.run(["merge", "--force", "a.xlf", "b.xlf"])
        #expect(outcome.status == 73)
        #expect(outcome.stderr.contains("b.xlf: ./pasar.en-US.txt was written from an earlier bundle of this run"))
        #expect(runner.read("pasar.en-US.txt")?.hasPrefix("Market Renovated") == true)
    }

    @Test func reportsAMissingBundle() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let outcome = try runner.run(["merge", "hilang.xlf"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "nsumm: hilang.xlf: no such file; check the path\n")
    }

    /// `nsumm xliff` then `nsumm merge` of the untouched bundle gives the source back, every
    /// segment reported as untranslated.
    @Test func roundTripWithoutTranslation() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(XliffCommandTests.article, to: "pasar.txt")
        #expect(try runner.run(["xliff", "--scope", "full", "--xliff-version", "2.1", "pasar.txt"]).status == 0)
        let merged = try runner.run(["merge", "pasar.xlf"])
        #expect(merged.status == 0)
        #expect(merged.stderr.contains("5 of 5 segments have no usable translation"))
        #expect(runner.read("pasar.en-US.txt") == """
            Pasar Tradisional Direnovasi

            Pemerintah kota mulai merenovasi Pasar Keputran pada Rabu (5/6). Renovasi ditargetkan selesai dalam enam bulan.

            Pedagang dipindahkan sementara ke lahan parkir. Informasi lengkap ada di www.surabaya.go.id.

            """)
    }
}
