import FuzzSupport
import NSummKit

/// Decoder + segmenter on arbitrary bytes: decoding either fails with an `InputError` or gives
/// a document whose sentences lie inside the input, in order, inside their paragraphs.
@main
struct FuzzSegmenter {
    static let nsumm = try! NSumm(language: .indonesian)

    static func check(_ bytes: [UInt8]) {
        for encoding in [TextEncoding.utf8, .automatic] {
            guard let source = try? SourceText(bytes: bytes, name: "fuzz", decoder: TextDecoder(encoding: encoding))
            else { continue }
            let document = nsumm.analyze(source)
            var previousEnd = 0
            for sentence in document.sentences {
                precondition(sentence.range.utf8.lowerBound >= previousEnd, "sentences overlap")
                precondition(sentence.range.utf8.upperBound <= source.bytes.count, "sentence outside the input")
                precondition(!document.text(of: sentence).isEmpty, "empty sentence")
                let paragraph = document.paragraphs[sentence.paragraph].range.utf8
                precondition(paragraph.contains(sentence.range.utf8.lowerBound), "sentence outside its paragraph")
                previousEnd = sentence.range.utf8.upperBound
            }
        }
    }

    static func main() {
        runFuzzer { data, size in
            FuzzSegmenter.check(fuzzInput(data, size))
            return 0
        }
    }
}
