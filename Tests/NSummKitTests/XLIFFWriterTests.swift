import Testing
@testable import NSummKit

@Suite struct XLIFFWriterTests {
    func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func oneSegment(_ source: XLIFFText, notes: [XLIFFNote] = [], original: String = "artikel.txt") -> XLIFFBundle {
        XLIFFBundle(
            sourceLanguage: .indonesian, targetLanguage: XLIFFTestArticles.english,
            files: [
                XLIFFFile(
                    id: "f1", original: original, notes: notes,
                    units: [XLIFFUnit(id: "p1", parts: [.segment(XLIFFSegment(id: "s1", source: source))])])
            ])
    }

    /// Writing and reading back gives the same bundle: structure, ids, texts, spans, targets.
    @Test(arguments: XLIFFVersion.allCases)
    func readsBackWhatItWrote(version: XLIFFVersion) throws {
        let bundle = XLIFFTestArticles.translated(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood))
        let result = try XLIFFReader().read(try XLIFFWriter(version: version).write(bundle), name: "t.xlf")
        #expect(result.version == version)
        #expect(result.issues.isEmpty)
        var expected = bundle
        if !version.isVersion2 {
            // 1.2 has no note categories and no inline ids.
            expected.files = expected.files.map { file in
                var file = file
                file.notes = file.notes.map { XLIFFNote(text: $0.text) }
                file.units = file.units.map { unit in
                    var unit = unit
                    unit.notes = unit.notes.map { XLIFFNote(text: $0.text) }
                    unit.parts = unit.parts.map { part in
                        guard case .segment(var segment) = part else { return part }
                        segment.source = XLIFFText(segment.source.runs.map(Self.withoutID))
                        segment.target = segment.target.map { XLIFFText($0.runs.map(Self.withoutID)) }
                        return .segment(segment)
                    }
                    return unit
                }
                return file
            }
        }
        #expect(result.bundle == expected)
    }

    static func withoutID(_ run: XLIFFText.Run) -> XLIFFText.Run {
        if case .protected(_, let text) = run { return .protected(id: nil, text: text) }
        return run
    }

    @Test func version12Shape() throws {
        let xml = string(try XLIFFWriter(version: .v1_2).write(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood)))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"))
        #expect(xml.contains("<file original=\"artikel.txt\" datatype=\"plaintext\" source-language=\"id-ID\" target-language=\"en-US\" tool-id=\"nsumm\">"))
        #expect(xml.contains("<trans-unit id=\"p3\" resname=\"paragraph-3\" xml:space=\"preserve\">"))
        #expect(xml.contains("<seg-source><mrk mtype=\"seg\" mid=\"s4\">Wali Kota Bekasi Tri Adhianto meninjau lokasi pada Selasa pagi.</mrk> <mrk mtype=\"seg\" mid=\"s5\">"))
        #expect(xml.contains("surel <mrk mtype=\"protected\">posko@bekasikota.go.id</mrk>."))
        #expect(!xml.contains("<target"))
    }

    @Test(arguments: [XLIFFVersion.v2_0, .v2_1, .v2_2])
    func version2Shape(version: XLIFFVersion) throws {
        let xml = string(try XLIFFWriter(version: version).write(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood)))
        #expect(xml.contains("<xliff version=\"\(version.rawValue)\" srcLang=\"id-ID\" trgLang=\"en-US\" xmlns=\"\(version.namespace)\">"))
        #expect(xml.contains("<unit id=\"p3\" name=\"paragraph-3\" canResegment=\"no\" xml:space=\"preserve\">"))
        #expect(xml.contains("<ignorable>\n    <source> </source>\n   </ignorable>"))
        #expect(xml.contains("<mrk id=\"m7.1\" translate=\"no\">www.bekasikota.go.id</mrk>"))
        #expect(xml.contains("<note id=\"n2\" category=\"dateline\">"))
    }

    /// Markup characters, quotes in attributes and carriage returns survive as text.
    @Test(arguments: XLIFFVersion.allCases)
    func escapes(version: XLIFFVersion) throws {
        let source = "Tulis <b>tebal</b> & \"kutip\" > 3 ]]> baris\r\nbaru."
        let bundle = oneSegment(XLIFFText(source), original: "a&b \"c\" <d>.txt")
        let bytes = try XLIFFWriter(version: version).write(bundle)
        #expect(string(bytes).contains("Tulis &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot; &gt; 3 ]]&gt; baris&#13;\nbaru."))
        let read = try XLIFFReader().read(bytes, name: "t").bundle
        #expect(read.files[0].original == "a&b \"c\" <d>.txt")
        #expect(read.files[0].units[0].segments[0].source.plainText == source)
    }

    /// 2.x carries control characters as `<cp>`; notes and attributes, which cannot, get U+FFFD;
    /// the document stays well-formed.
    @Test func controlCharactersInVersion2() throws {
        let bundle = oneSegment(
            XLIFFText([.text("Bel\u{7} berbunyi\u{C}"), .protected(id: "m1.1", text: "A\u{1}B")]),
            notes: [XLIFFNote(text: "Judul\u{8}")], original: "x\u{1B}.txt")
        let bytes = try XLIFFWriter(version: .v2_1).write(bundle)
        let xml = string(bytes)
        #expect(xml.contains("Bel<cp hex=\"0007\"/> berbunyi<cp hex=\"000C\"/><mrk id=\"m1.1\" translate=\"no\">A<cp hex=\"0001\"/>B</mrk>"))
        #expect(xml.contains("Judul\u{FFFD}</note>"))
        #expect(xml.contains("original=\"x\u{FFFD}.txt\""))
        let segment = try XLIFFReader().read(bytes, name: "t").bundle.files[0].units[0].segments[0]
        #expect(segment.source.plainText == "Bel\u{7} berbunyi\u{C}A\u{1}B")
    }

    @Test func controlCharactersRefusedInVersion12() {
        #expect(throws: XLIFFError.unrepresentableCharacter(file: "artikel.txt, unit p1", segment: "s1", scalar: 0x8)) {
            try XLIFFWriter(version: .v1_2).write(oneSegment("Tombol\u{8} hapus."))
        }
    }

    @Test(arguments: XLIFFVersion.allCases)
    func sameInputSameBytes(version: XLIFFVersion) throws {
        let first = try XLIFFWriter(version: version).write(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood))
        let second = try XLIFFWriter(version: version).write(try XLIFFTestArticles.bundle(XLIFFTestArticles.flood))
        #expect(first == second)
    }

    @Test func refusesBundlesTheFormatForbids() {
        let segment = XLIFFSegment(id: "s1", source: "Satu.")
        let twice = XLIFFUnit(id: "p1", parts: [.segment(segment)])
        let cases: [(XLIFFBundle, String, XLIFFVersion)] = [
            (XLIFFBundle(sourceLanguage: .indonesian, targetLanguage: nil, files: []), "no files", .v2_1),
            (file([twice, twice]), "unit id appears twice", .v2_1),
            (file([XLIFFUnit(id: "p1", parts: [.segment(XLIFFSegment(id: "s1", source: " \n"))])]), "source is empty", .v1_2),
            (file([XLIFFUnit(id: "p 1", parts: [.segment(segment)])]), "not an XML name token", .v2_1),
            (file([XLIFFUnit(id: "p1", parts: [.ignorable(XLIFFIgnorable(source: " "))])]), "has no segments", .v2_1),
            (
                file([XLIFFUnit(id: "p1", parts: [.segment(XLIFFSegment(id: "s1", source: "Satu.", state: .final))])]),
                "needs a target", .v2_1
            ),
            (
                file([XLIFFUnit(id: "p1", parts: [.segment(XLIFFSegment(id: "s1", source: XLIFFText([.protected(id: nil, text: "X")])))])]),
                "needs one", .v2_1
            ),
            (
                file([XLIFFUnit(id: "p1", parts: [.segment(XLIFFSegment(id: "s1", source: "Satu.", target: "One.", state: .translated))])], target: nil),
                "no target language", .v2_1
            ),
            (
                file([
                    XLIFFUnit(id: "p1", parts: [
                        .segment(XLIFFSegment(id: "s1", source: "Satu.", target: "One.")), .segment(XLIFFSegment(id: "s2", source: "Dua.")),
                    ])
                ]), "only some segments", .v1_2
            ),
        ]
        for (bundle, reason, version) in cases {
            #expect {
                try XLIFFWriter(version: version).write(bundle)
            } throws: { error in
                guard case .invalidBundle(let message) = error as? XLIFFError else { return false }
                return message.contains(reason)
            }
        }
    }

    func file(_ units: [XLIFFUnit], target: LanguageTag? = XLIFFTestArticles.english) -> XLIFFBundle {
        XLIFFBundle(sourceLanguage: .indonesian, targetLanguage: target, files: [XLIFFFile(id: "f1", original: "a", units: units)])
    }
}
