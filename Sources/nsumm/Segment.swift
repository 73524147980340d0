import ArgumentParser
import NSummKit

extension Nsumm {
    /// `nsumm segment`: one sentence a line.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segment",
            abstract: "Split articles into sentences.",
            discussion: """
                Text output: one sentence a line (line breaks inside a sentence become spaces), \
                a blank line between paragraphs and between files. JSON output adds each \
                sentence's kind (title, body, dateline, byline, boilerplate), paragraph, \
                dateline and its range in the input as UTF-8 byte and Unicode scalar offsets.
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: "Output format: text, json or jsonl (one sentence a line).")
        var format: OutputFormat = .text

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Print only sentences of these kinds, comma-separated: title, body, dateline, byline, boilerplate.",
                valueName: "kinds"))
        var kinds: KindList = KindList(SentenceKind.allCases)

        func run() throws {
            let nsumm = try input.makeNSumm()
            var output = StandardOutput()
            var diagnostics = Diagnostics()
            var documents: [Document] = []
            var first = true
            if format == .text && kinds.isEveryKind {
                // Kinds change nothing then: print each batch of paragraphs as soon as it is
                // split, and read a file a piece at a time, never whole.
                try input.forEachFile(&diagnostics) { _, file in
                    if !first { output.write([0x0A]) }
                    first = false
                    var previousParagraph: Int? = nil
                    try nsumm.segment(file) { writeText($0, after: &previousParagraph, to: &output) }
                }
            } else {
                try input.forEachSource(&diagnostics) { _, source in
                    switch format {
                    case .text:
                        if !first { output.write([0x0A]) }
                        var previousParagraph: Int? = nil
                        writeText(nsumm.segment(source), after: &previousParagraph, to: &output)
                    case .jsonl:
                        let document = nsumm.analyze(source)
                        for index in document.sentences.indices
                        where kinds.contains(document.sentences[index].kind) {
                            output.write(try JSON.compact(Line(file: source.name, sentence: document.record(ofSentence: index))))
                            output.write([0x0A])
                        }
                    case .json:
                        documents.append(nsumm.analyze(source))
                    }
                    first = false
                }
            }
            if format == .json && !documents.isEmpty {
                output.write(documents.count == 1 ? try JSON.pretty(documents[0]) : try JSON.pretty(documents))
                output.write([0x0A])
            }
            output.flush()
            if diagnostics.status != .success { throw diagnostics.status.code }
        }

        /// One sentence a line, blank lines between paragraphs (`previousParagraph` is the
        /// paragraph of the last sentence written before these, if any).
        private func writeText(
            _ sentences: SegmentedText, after previousParagraph: inout Int?, to output: inout StandardOutput
        ) {
            let wanted = kinds.mask
            for sentence in sentences where sentence.kind.map({ wanted[$0.position] }) ?? true {
                let breaksParagraph = previousParagraph.map { $0 != sentence.paragraph } ?? false
                previousParagraph = sentence.paragraph
                if breaksParagraph { output.write(byte: 0x0A) }
                sentences.withSingleLine(of: sentence) { output.write($0) }
                output.write(byte: 0x0A)
            }
        }

        /// A JSON Lines record: the file and one sentence.
        private struct Line: Encodable {
            let file: String
            let sentence: SentenceRecord
        }
    }
}

/// A comma-separated list of sentence kinds, as `--kinds body,title` takes it.
struct KindList: ExpressibleByArgument {
    let kinds: Set<SentenceKind>

    init(_ kinds: [SentenceKind]) {
        self.kinds = Set(kinds)
    }

    init?(argument: String) {
        let kinds = argument.split(separator: ",").map { SentenceKind(rawValue: String($0).trimmingWhitespace()) }
        guard !kinds.isEmpty, kinds.allSatisfy({ $0 != nil }) else { return nil }
        self.kinds = Set(kinds.compactMap { $0 })
    }

    var defaultValueDescription: String { "all" }

    func contains(_ kind: SentenceKind) -> Bool { kinds.contains(kind) }

    /// Whether the list holds every kind there is (the default).
    var isEveryKind: Bool { kinds.count == SentenceKind.allCases.count }

    /// One flag per kind, indexed by ``SentenceKind/position``: a set lookup without hashing,
    /// for the loop over every sentence.
    var mask: [Bool] {
        var mask = [Bool](repeating: false, count: SentenceKind.allCases.count)
        for kind in kinds { mask[kind.position] = true }
        return mask
    }
}

extension SentenceKind {
    /// A distinct small index for each kind (a switch, so adding a kind forces a choice).
    var position: Int {
        switch self {
        case .title: return 0
        case .body: return 1
        case .byline: return 2
        case .dateline: return 3
        case .boilerplate: return 4
        }
    }
}
