import Foundation
@testable import NSummKit

/// Shared set-up for the unit tests: one analyser for all of them (it is Sendable), and paths
/// to the repository's samples and fixtures.
enum TestSupport {
    /// The Indonesian analyser with the built-in lexicons.
    static let nsumm: NSumm = {
        do { return try NSumm(language: .indonesian) } catch { fatalError("\(error)") }
    }()

    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `Tests/NSummKitTests/Fixtures/`.
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/NSummKitTests/Fixtures/\(name)"), encoding: .utf8)
    }

    /// Every article under `Samples/`, as (name, bytes).
    static func samples() throws -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent("Samples/id")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") }
            .map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
    }

    /// The sentences of `text` as strings.
    static func sentences(_ text: String, nsumm: NSumm = nsumm) -> [String] {
        let document = nsumm.analyze(text)
        return document.sentences.map { document.text(of: $0) }
    }
}
