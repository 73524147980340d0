import FuzzSupport
import NSummKit

/// The entity spotter on arbitrary text: every entity lies inside its sentence, in the input,
/// with non-empty text, in order.
@main
struct FuzzEntities {
    static let nsumm = try! NSumm(language: .indonesian)

    static func check(_ bytes: [UInt8]) {
        guard let source = try? SourceText(bytes: bytes, name: "fuzz", decoder: TextDecoder(encoding: .automatic))
        else { return }
        let document = nsumm.analyze(source)
        var previousStart = 0
        for entity in nsumm.entities(in: document) {
            let sentence = document.sentences[entity.sentence].range
            precondition(entity.range.utf8.lowerBound >= sentence.utf8.lowerBound, "entity before its sentence")
            precondition(entity.range.utf8.upperBound <= sentence.utf8.upperBound, "entity after its sentence")
            precondition(entity.range.scalars.count <= entity.range.utf8.count, "scalars longer than bytes")
            precondition(!entity.text.isEmpty, "empty entity")
            precondition(entity.range.utf8.lowerBound >= previousStart, "entities out of order")
            previousStart = entity.range.utf8.lowerBound
        }
    }

    static func main() {
        runFuzzer { data, size in
            FuzzEntities.check(fuzzInput(data, size))
            return 0
        }
    }
}
