import ArgumentParser
import NSummKit

extension Nsumm {
    /// `nsumm entities`: names, dates, times and amounts in articles.
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "entities",
            abstract: "List the names, dates, times and amounts in articles.",
            discussion: """
                Types: PER (person), ORG (organisation), LOC (place), DATE, TIME, MONEY, \
                PERCENT, QUANTITY. Titles and honorifics are not part of names.

                text: each sentence that has entities, then one entity a line (type and text). \
                json: per file, every entity with its sentence index, type, text and range in \
                the input (UTF-8 byte and Unicode scalar offsets). jsonl: the input is one \
                sentence a line, and each output line is the JSON array of that line's \
                entities, [{"start","end","type"}] with Unicode scalar offsets into the line; \
                exactly one output line per input line ([] when there is none).
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: "Output format: text, json or jsonl (one sentence a line in and out).")
        var format: OutputFormat = .text

        func run() throws {
            let nsumm = try input.makeNSumm()
            var output = StandardOutput()
            var diagnostics = Diagnostics()
            var reports: [FileEntities] = []
            input.forEachSource(&diagnostics) { position, source in
                switch format {
                case .jsonl:
                    writeLines(source, nsumm: nsumm, to: &output)
                case .text:
                    let document = nsumm.analyze(source)
                    if input.files.count > 1 {
                        if position > 0 { output.write([0x0A]) }
                        output.write("==> \(source.name) <==\n")
                    }
                    writeText(document, nsumm.entities(in: document), to: &output)
                case .json:
                    let document = nsumm.analyze(source)
                    reports.append(FileEntities(name: source.name, entities: nsumm.entities(in: document)))
                }
            }
            if format == .json && !reports.isEmpty {
                output.write(reports.count == 1 ? try JSON.pretty(reports[0]) : try JSON.pretty(reports))
                output.write([0x0A])
            }
            output.flush()
            if diagnostics.status != .success { throw diagnostics.status.code }
        }

        /// One JSON array per input line, offsets relative to the line.
        private func writeLines(_ source: SourceText, nsumm: NSumm, to output: inout StandardOutput) {
            let bytes = source.bytes
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                var line = "["
                if contentEnd > lineStart {
                    // Validated as a whole already; a line of it is valid UTF-8 too.
                    let text = SourceText(String(decoding: bytes[lineStart..<contentEnd], as: UTF8.self))
                    let document = nsumm.analyze(text)
                    for (index, entity) in nsumm.entities(in: document).enumerated() {
                        if index > 0 { line += "," }
                        line += "{\"start\":\(entity.range.scalars.lowerBound),"
                            + "\"end\":\(entity.range.scalars.upperBound),\"type\":\"\(entity.kind.rawValue)\"}"
                    }
                }
                line += "]\n"
                output.write(line)
                lineStart = lineEnd + 1
            }
        }

        /// Each sentence with entities, then its entities indented, type first.
        private func writeText(_ document: Document, _ entities: [Entity], to output: inout StandardOutput) {
            var position = 0
            for (index, sentence) in document.sentences.enumerated() {
                guard position < entities.count, entities[position].sentence == index else { continue }
                output.write("[\(index)] \(document.singleLineText(of: sentence))\n")
                while position < entities.count && entities[position].sentence == index {
                    let entity = entities[position]
                    let type = entity.kind.rawValue
                    output.write("    \(type)\(String(repeating: " ", count: max(1, 9 - type.count)))\(entity.text.singleLine)\n")
                    position += 1
                }
            }
        }

        /// The JSON record of one file.
        private struct FileEntities: Encodable {
            let name: String
            let entities: [Entity]
        }
    }
}
