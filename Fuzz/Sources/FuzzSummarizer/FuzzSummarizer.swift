import FuzzSupport
import NSummKit

/// The summarizer on arbitrary text: only body sentences are picked, in article order, no more
/// than asked for, and the same input gives the same summary.
@main
struct FuzzSummarizer {
    static let nsumm = try! NSumm(language: .indonesian)

    static func check(_ bytes: [UInt8]) {
        guard let source = try? SourceText(bytes: bytes, name: "fuzz", decoder: TextDecoder(encoding: .automatic))
        else { return }
        let document = nsumm.analyze(source)
        let wanted = Int(bytes.first ?? 3) % 6 + 1
        for length in [SummaryLength.sentences(wanted), .ratio(0.3), .words(40)] {
            let summary = nsumm.summarize(document, length: length)
            let picked = summary.selection
            precondition(picked == picked.sorted(), "summary out of article order")
            precondition(picked.allSatisfy { document.sentences[$0].kind == .body }, "picked a non-body sentence")
            if case .sentences(let count) = length { precondition(picked.count <= count, "too many sentences") }
            precondition(nsumm.summarize(document, length: length).selection == picked, "not deterministic")
        }
    }

    static func main() {
        runFuzzer { data, size in
            FuzzSummarizer.check(fuzzInput(data, size))
            return 0
        }
    }
}
