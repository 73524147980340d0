import Foundation
import Testing
@testable import NSummKit

/// Every input a fuzz target once crashed on (Fixtures/fuzz-regressions/) is decoded and
/// analysed again, strictly and with encoding detection, and must give sane sentences.
@Suite struct FuzzRegressionTests {
    static func inputs() -> [String] {
        let folder = TestSupport.root.appendingPathComponent("Tests/NSummKitTests/Fixtures/fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs().isEmpty)
    }

    @Test(arguments: inputs())
    func analysesWithoutCrashing(_ name: String) throws {
        let url = TestSupport.root.appendingPathComponent("Tests/NSummKitTests/Fixtures/fuzz-regressions/\(name)")
        let bytes = Array(try Data(contentsOf: url))
        for encoding in [TextEncoding.utf8, .automatic] {
            guard let source = try? SourceText(bytes: bytes, name: name, decoder: TextDecoder(encoding: encoding)) else {
                continue
            }
            let document = TestSupport.nsumm.analyze(source)
            for sentence in document.sentences {
                #expect(sentence.range.utf8.upperBound <= source.bytes.count)
                #expect(!document.text(of: sentence).isEmpty)
            }
        }
    }
}
