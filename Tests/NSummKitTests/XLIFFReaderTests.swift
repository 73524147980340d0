import Testing
@testable import NSummKit

@Suite struct XLIFFReaderTests {
    static let version2Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id-ID" trgLang="en-US">
        """

    func read(_ xml: String, reader: XLIFFReader = XLIFFReader()) throws -> XLIFFReader.Result {
        try reader.read(Array(xml.utf8), name: "t.xlf")
    }

    /// A translated 1.2 file as a CAT tool returns it: states on targets, `approved`, a unit
    /// without target, groups, a protected name.
    @Test func readsVersion12() throws {
        let result = try read("""
            <?xml version="1.0"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="banjir.txt" datatype="plaintext" source-language="id-ID" target-language="en-US">
              <header><note>Headline: Banjir</note></header>
              <body>
               <trans-unit id="p2" resname="paragraph-2" xml:space="preserve">
                <source>Wali Kota <mrk mtype="protected">Tri Adhianto</mrk> datang. Ia meninjau posko.</source>
                <seg-source><mrk mtype="seg" mid="s4">Wali Kota <mrk mtype="protected">Tri Adhianto</mrk> datang.</mrk> <mrk mtype="seg" mid="s5">Ia meninjau posko.</mrk></seg-source>
                <target state="needs-review-translation"><mrk mtype="seg" mid="s4">Mayor <mrk mtype="protected">Tri Adhianto</mrk> came.</mrk> <mrk mtype="seg" mid="s5">He visited the post.</mrk></target>
               </trans-unit>
               <group id="g1">
                <trans-unit id="p3" approved="yes"><source>Hujan reda.</source><target>The rain stopped.</target></trans-unit>
                <trans-unit id="p4"><source>Air surut.</source></trans-unit>
                <trans-unit id="p5"><source>Warga pulang.</source><target state="final">Residents went home.</target></trans-unit>
               </group>
              </body>
             </file>
            </xliff>
            """)
        #expect(result.version == .v1_2)
        #expect(result.issues.isEmpty)
        let file = result.bundle.files[0]
        #expect(file.id == "f1" && file.original == "banjir.txt" && file.notes == [XLIFFNote(text: "Headline: Banjir")])
        #expect(file.units.map(\.id) == ["p2", "p3", "p4", "p5"])
        let first = file.units[0]
        #expect(first.parts.count == 3)
        #expect(first.segments.map(\.id) == ["s4", "s5"])
        #expect(first.segments[0].source.runs == [.text("Wali Kota "), .protected(id: nil, text: "Tri Adhianto"), .text(" datang.")])
        #expect(first.segments[0].target?.plainText == "Mayor Tri Adhianto came.")
        #expect(first.segments.map(\.state) == [.initial, .initial])
        #expect(file.units[1].segments[0].state == .reviewed)
        #expect(file.units[2].segments[0].target == nil)
        #expect(file.units[3].segments[0].state == .final)
    }

    @Test func readsVersion2() throws {
        let result = try read(Self.version2Head + """
             <file id="f7" original="banjir.txt">
              <notes><note category="headline">Headline: Banjir</note></notes>
              <group id="g"><unit id="p2" name="paragraph-2">
               <segment id="s4" state="reviewed"><source>Wali Kota <mrk id="m4.1" translate="no">Tri Adhianto</mrk> datang.</source>
                <target>Mayor <mrk id="m4.1" translate="no">Tri Adhianto</mrk> came.</target></segment>
               <ignorable><source>\n</source></ignorable>
               <segment id="s5"><source>Bel<cp hex="0007"/> berbunyi.</source></segment>
              </unit></group>
             </file>
            </xliff>
            """)
        #expect(result.version == .v2_1)
        #expect(result.issues.isEmpty)
        let unit = result.bundle.files[0].units[0]
        #expect(result.bundle.files[0].id == "f7")
        #expect(unit.parts[1] == .ignorable(XLIFFIgnorable(source: "\n")))
        #expect(unit.segments[0].state == .reviewed)
        #expect(unit.segments[0].target?.runs == [.text("Mayor "), .protected(id: "m4.1", text: "Tri Adhianto"), .text(" came.")])
        #expect(unit.segments[1].state == .initial)
        #expect(unit.segments[1].source.plainText == "Bel\u{7} berbunyi.")
    }

    // MARK: Hostile documents

    @Test func refusesExternalEntities() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id-ID"><file id="f1"><unit id="u1"><segment><source>&xxe;</source></segment></unit></file></xliff>
            """
        #expect(throws: XLIFFError.doctypeForbidden(name: "t.xlf", line: 2)) { try read(xml) }
    }

    @Test func refusesBillionLaughs() {
        var entities = "<!ENTITY l0 \"ha\">"
        for level in 1...9 { entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\(entities)]>\n" + Self.version2Head.split(separator: "\n")[1]
            + "<file id=\"f1\"><unit id=\"u\"><segment><source>&l9;</source></segment></unit></file></xliff>"
        #expect(throws: XLIFFError.doctypeForbidden(name: "t.xlf", line: 2)) { try read(xml) }
    }

    @Test func refusesExternalDTD() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff SYSTEM "http://example.invalid/xliff.dtd">
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id-ID"/>
            """
        #expect(throws: XLIFFError.doctypeForbidden(name: "t.xlf", line: 2)) { try read(xml) }
    }

    /// Without a DTD, an entity reference is an error, never a file read.
    @Test func undeclaredEntityIsNotWellFormed() {
        #expect {
            try read(Self.version2Head + "<file id=\"f1\"><unit id=\"u\"><segment><source>&xxe;</source></segment></unit></file></xliff>")
        } throws: { error in
            guard case .notWellFormed(_, 2, _, let message) = error as? XLIFFError else { return false }
            return message.contains("xxe")
        }
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "<pc id=\"a\">", count: 5000) + "x" + String(repeating: "</pc>", count: 5000)
        let xml = Self.version2Head + "<file id=\"f1\"><unit id=\"u\"><segment><source>\(deep)</source></segment></unit></file></xliff>"
        #expect(throws: XLIFFError.tooDeep(name: "t.xlf", line: 2, limit: 64)) { try read(xml) }
        #expect(throws: XLIFFError.tooDeep(name: "t.xlf", line: 2, limit: 8)) {
            try read(Self.version2Head + "<file id=\"f1\"><unit id=\"u\"><segment><source><pc id=\"1\"><pc id=\"2\"><pc id=\"3\"><pc id=\"4\">x</pc></pc></pc></pc></source></segment></unit></file></xliff>",
                reader: XLIFFReader(maximumDepth: 8))
        }
    }

    @Test func refusesHugeDocuments() {
        let units = (1...50).map { "<unit id=\"u\($0)\"><segment><source>Kalimat \($0).</source></segment></unit>" }.joined()
        let xml = Self.version2Head + "<file id=\"f1\">\(units)</file></xliff>"
        #expect(throws: XLIFFError.tooLarge(name: "t.xlf", bytes: xml.utf8.count, limit: 1000)) {
            try read(xml, reader: XLIFFReader(maximumBytes: 1000))
        }
        #expect(throws: XLIFFError.tooManyElements(name: "t.xlf", limit: 100)) {
            try read(xml, reader: XLIFFReader(maximumElements: 100))
        }
    }

    @Test func refusesOtherDocuments() {
        #expect(throws: XLIFFError.notXLIFF(name: "t.xlf", root: "<xliff> without namespace")) {
            try read("<xliff version=\"1.2\"><file original=\"a\" source-language=\"id\" datatype=\"plaintext\"><body/></file></xliff>")
        }
        #expect(throws: XLIFFError.notXLIFF(name: "t.xlf", root: "<html> in namespace http://www.w3.org/1999/xhtml")) {
            try read("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>")
        }
        #expect(throws: XLIFFError.unsupportedVersion(name: "t.xlf", namespace: "urn:oasis:names:tc:xliff:document:1.1", version: "1.1")) {
            try read("<xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\"/>")
        }
        #expect {
            try read("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file>&</file></xliff>")
        } throws: { error in
            if case .notWellFormed(_, 1, _, _) = error as? XLIFFError { return true }
            return false
        }
        #expect {
            try read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"id_ID\"/>")
        } throws: { error in
            guard case .malformed(_, 1, let message) = error as? XLIFFError else { return false }
            return message.contains("srcLang") && message.contains("id-ID")
        }
    }

    // MARK: What the reader works around

    @Test func reportsDuplicateIds() throws {
        let result = try read(Self.version2Head + """
            <file id="f1"><unit id="p1"><segment id="s1"><source>Satu.</source></segment><segment id="s1"><source>Dua.</source></segment></unit>
            <unit id="p1"><segment id="s3"><source>Tiga.</source></segment></unit></file></xliff>
            """)
        #expect(result.issues.map(\.kind) == [.idMismatch, .idMismatch])
        #expect(result.issues[0].description == "f1, unit p1: segment or inline id 's1' appears more than once; the merge keeps the document order")
        #expect(result.issues[1].message.contains("unit id 'p1'"))
        #expect(result.bundle.files[0].units.flatMap(\.segments).map(\.source.plainText) == ["Satu.", "Dua.", "Tiga."])
    }

    /// Inline codes are dropped, unknown elements keep their text; both are reported.
    @Test func handlesUnknownInlineElements() throws {
        let result = try read(Self.version2Head + """
            <file id="f1" xmlns:x="urn:example"><unit id="p1"><segment id="s1"><source>Klik <ph id="1"/><pc id="2">di sini</pc> <x:b>sekarang</x:b> <blink>juga</blink>.</source></segment></unit></file></xliff>
            """)
        #expect(result.bundle.files[0].units[0].segments[0].source.plainText == "Klik di sini sekarang juga.")
        #expect(result.issues.map(\.kind) == [.inlineMarkup, .inlineMarkup, .inlineMarkup])
        #expect(result.issues[0].message.hasPrefix("inline code <ph>"))
        #expect(result.issues[1].message.hasPrefix("unknown element <b> in namespace urn:example"))
        #expect(result.issues[2].message.hasPrefix("unknown element <blink>"))
    }

    @Test func reportsVersion12TargetsThatDoNotMatch() throws {
        let result = try read("""
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id-ID" target-language="en-US" datatype="plaintext"><body>
            <trans-unit id="p1"><source>Satu. Dua.</source><seg-source><mrk mtype="seg" mid="s1">Satu.</mrk> <mrk mtype="seg" mid="s2">Dua.</mrk></seg-source>
             <target state="translated"><mrk mtype="seg" mid="s1">One.</mrk> <mrk mtype="seg" mid="s9">Two.</mrk></target></trans-unit>
            <trans-unit id="p2"><source>Tiga. Empat.</source><seg-source><mrk mtype="seg" mid="s3">Tiga.</mrk> <mrk mtype="seg" mid="s4">Empat.</mrk></seg-source>
             <target state="translated">Three. Four.</target></trans-unit>
            </body></file></xliff>
            """)
        #expect(result.issues.map(\.kind) == [.idMismatch, .unsegmentedTarget])
        let units = result.bundle.files[0].units
        #expect(units[0].segments.map { $0.target?.plainText } == ["One.", nil])
        #expect(units[1].segments.count == 1)
        #expect(units[1].segments[0].source.plainText == "Tiga. Empat.")
        #expect(units[1].segments[0].target?.plainText == "Three. Four.")
    }

    @Test func version12FilesMustShareLanguages() {
        #expect {
            try read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file original="a" source-language="id-ID" target-language="en-US" datatype="plaintext"><body/></file>
                <file original="b" source-language="id-ID" target-language="fr-FR" datatype="plaintext"><body/></file></xliff>
                """)
        } throws: { error in
            guard case .malformed(_, 3, let message) = error as? XLIFFError else { return false }
            return message.contains("other languages")
        }
    }

    /// Each parse has its own context and error handler: many at once, good and bad mixed,
    /// each gets its own answer.
    @Test func parsesConcurrently() async throws {
        let good = try XLIFFWriter(version: .v2_1).write(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood))
        let bad = Array("<xliff><file>&oops;</file></xliff>".utf8)
        let outcomes = await withTaskGroup(of: (Bool, Bool).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let wantsGood = index % 2 == 0
                    do {
                        let result = try XLIFFReader().read(wantsGood ? good : bad, name: "t")
                        return (wantsGood, result.bundle.files[0].units.count == 4)
                    } catch {
                        guard case .notWellFormed(_, _, _, let message) = error as? XLIFFError else { return (wantsGood, false) }
                        return (wantsGood, message.contains("oops"))
                    }
                }
            }
            var outcomes: [(Bool, Bool)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        #expect(outcomes.count == 64 && outcomes.allSatisfy { $0.1 })
    }
}
