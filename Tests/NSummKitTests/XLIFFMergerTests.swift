import Testing
@testable import NSummKit

@Suite struct XLIFFMergerTests {
    func file(_ parts: [XLIFFUnit.Part], name: String? = nil) -> XLIFFFile {
        XLIFFFile(id: "f1", original: "banjir.txt", units: [XLIFFUnit(id: "p2", name: name, parts: parts)])
    }

    @Test func rebuildsParagraphsFromTargetsAndSpacing() {
        let merged = XLIFFMerger().merge(
            XLIFFFile(
                id: "f1", original: "banjir.txt",
                units: [
                    XLIFFUnit(id: "p1", name: "title", parts: [.segment(XLIFFSegment(id: "s1", source: "Banjir", target: "Floods", state: .final))]),
                    XLIFFUnit(id: "p2", parts: [
                        .segment(XLIFFSegment(id: "s2", source: "Hujan turun.", target: "Rain fell.", state: .translated)),
                        .ignorable(XLIFFIgnorable(source: "\n")),
                        .segment(XLIFFSegment(id: "s3", source: "Air naik.", target: "Water rose.", state: .reviewed)),
                    ]),
                ]))
        #expect(merged.title == "Floods")
        #expect(merged.text == "Floods\n\nRain fell.\nWater rose.\n")
        #expect(merged.issues.isEmpty)
        #expect(merged.paragraphs.allSatisfy { $0.isTranslated })
    }

    /// Missing, blank and unaccepted targets fall back to the source, each reported.
    @Test func fallsBackToTheSource() {
        let merged = XLIFFMerger().merge(
            file([
                .segment(XLIFFSegment(id: "s1", source: "Satu.")),
                .ignorable(XLIFFIgnorable(source: " ")),
                .segment(XLIFFSegment(id: "s2", source: "Dua.", target: " ", state: .translated)),
                .ignorable(XLIFFIgnorable(source: " ")),
                .segment(XLIFFSegment(id: "s3", source: "Tiga.", target: "Three.", state: .initial)),
                .ignorable(XLIFFIgnorable(source: " ")),
                .segment(XLIFFSegment(id: "s4", source: "Empat.", target: "Four.")),
            ]))
        #expect(merged.text == "Satu. Dua. Tiga. Four.\n")
        #expect(merged.issues.map(\.segment) == ["s1", "s2", "s3"])
        #expect(merged.issues.allSatisfy { $0.kind == .untranslated && $0.unit == "p2" && $0.file == "f1 (banjir.txt)" })
        #expect(merged.issues[2].message == "the translation is at state initial, below translated; the source was used")
        #expect(merged.paragraphs[0].isTranslated == false)
    }

    @Test(arguments: [(XLIFFState.initial, 0), (.translated, 1), (.reviewed, 2), (.final, 3)])
    func minimumStateDecides(minimum: XLIFFState, untranslated: Int) {
        let segments = [XLIFFState.initial, .translated, .reviewed, .final].enumerated().map { index, state in
            XLIFFUnit.Part.segment(XLIFFSegment(id: "s\(index)", source: "Sumber.", target: "Target.", state: state))
        }
        #expect(XLIFFMerger(minimumState: minimum).merge(file(segments)).issues.count == untranslated)
    }

    @Test func reportsChangedAndMissingProtectedSpans() {
        let source = XLIFFText([.protected(id: "m1.1", text: "Tri Adhianto"), .text(" ke "), .protected(id: "m1.2", text: "PX-200")])
        let kept = XLIFFText([.protected(id: "m1.1", text: "Tri Adhianto"), .text(" to PX-200")])
        let changed = XLIFFText([.protected(id: "m1.1", text: "Tri Adianto"), .text(" to the pump")])
        #expect(XLIFFMerger().merge(file([.segment(XLIFFSegment(id: "s1", source: source, target: kept))])).issues.isEmpty)
        let issues = XLIFFMerger().merge(file([.segment(XLIFFSegment(id: "s1", source: source, target: changed))])).issues
        #expect(issues.map(\.kind) == [.protectedSpanChanged, .protectedSpanChanged])
        #expect(issues.map(\.message) == [
            "protected span m1.1 'Tri Adhianto' was changed to 'Tri Adianto'",
            "protected span m1.2 'PX-200' is missing from the translation",
        ])
    }

    /// 1.2 spans have no ids: the text must still be in the translation.
    @Test func checksProtectedSpansWithoutIds() {
        let source = XLIFFText([.text("Kata "), .protected(id: nil, text: "Kompas.com")])
        let issues = XLIFFMerger().merge(file([.segment(XLIFFSegment(id: "s1", source: source, target: "According to Kompas"))])).issues
        #expect(issues.map(\.message) == ["protected span 'Kompas.com' is missing from the translation"])
    }
}
