import FuzzSupport
import NSummKit

/// Export then read back: any text that becomes a bundle is written as XLIFF 1.2 and 2.1, read
/// again, and gives back exactly the segments that were written.
@main
struct FuzzRoundTrip {
    static let nsumm = try! NSumm(language: .indonesian)

    static func check(_ bytes: [UInt8]) {
        guard let source = try? SourceText(bytes: bytes, name: "fuzz", decoder: TextDecoder(encoding: .automatic))
        else { return }
        let document = nsumm.analyze(source)
        let spans = nsumm.entities(in: document).compactMap(ProtectedSpan.init)
        guard
            let file = try? XLIFFExtractor(scope: .full).file(
                for: document, id: "f1", original: "fuzz.txt", protecting: spans)
        else { return }
        let bundle = XLIFFBundle(
            sourceLanguage: try! LanguageTag("id-ID"), targetLanguage: try! LanguageTag("en-US"), files: [file])
        for version in [XLIFFVersion.v1_2, .v2_1] {
            guard let written = try? XLIFFWriter(version: version).write(bundle) else { continue }
            guard let read = try? XLIFFReader().read(written, name: "fuzz.xlf") else {
                preconditionFailure("nsumm cannot read back its own \(version) bundle")
            }
            let before = bundle.files.flatMap(\.units).flatMap(\.segments).map(\.source.plainText)
            let after = read.bundle.files.flatMap(\.units).flatMap(\.segments).map(\.source.plainText)
            precondition(before == after, "segments changed in the round trip")
        }
    }

    static func main() {
        runFuzzer { data, size in
            FuzzRoundTrip.check(fuzzInput(data, size))
            return 0
        }
    }
}
