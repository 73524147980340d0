import ArgumentParser
import FoundationEssentials
import NSummKit

extension Nsumm {
    /// `nsumm summarize`: the sentences of each article that an editor would keep.
    struct Summarize: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summarize",
            abstract: "Summarize articles: keep the sentences an editor would keep.",
            discussion: """
                Each body sentence gets a score from weighted features: by default its \
                position (news puts the essentials first), direct speech, shortness, questions \
                and centrality; entity density, new entities and redundancy on request \
                (--weights). The best sentences come out whole, in article order, without \
                datelines; titles, datelines, bylines and site debris are never chosen. See \
                --print-config for the weights and --explain for every sentence's scores.

                Inputs are files, folders (every *.txt file inside, recursively, sorted) or - \
                for standard input. With --jsonl they are JSON Lines streams (folders: *.jsonl \
                files) of {"id", "text"} objects, and each record gives one output line \
                {"id", "summary", "sentences"}. Articles are summarized on all cores, output \
                stays in input order, and an input that fails is reported (on standard error \
                and, in JSON output, in its own record) without stopping the others.
                """)

        @OptionGroup var input: InputOptions

        @OptionGroup var length: SummaryLengthOptions

        @Option(name: .long, help: "Output format: text, json, jsonl or markdown (default text; jsonl with --jsonl).")
        var format: SummaryFormat?

        @Flag(name: .long, help: "Add a table of every sentence with its kind, rank, score and feature values (text and markdown).")
        var explain = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Feature weights, such as quote=-1,redundancy=-0.5; repeatable, applied after --config.",
                valueName: "name=value,..."))
        var weights: [String] = []

        @Option(name: .long, help: ArgumentHelp("Read weights and options from a JSON file (format: see --print-config).", valueName: "file"))
        var config: String?

        @Flag(name: .long, help: "Print the configuration in effect (defaults, --config, --weights) as JSON and exit.")
        var printConfig = false

        @Flag(name: .long, help: "Read JSON Lines of {\"id\", \"text\"} objects; write one JSON record a line.")
        var jsonl = false

        @Option(name: .long, help: "Summarize this many articles at once (default: one per core).")
        var jobs: Int?

        @Flag(name: .long, help: "Never show the progress bar (shown on a terminal, when the output goes elsewhere, for batches that take over a second).")
        var noProgress = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if jsonl && TextEncoding(input.encoding) != .utf8 {
                throw ValidationError("--encoding applies to article files; JSON Lines are UTF-8 by definition")
            }
            if jsonl, let format, format != .jsonl {
                throw ValidationError("--jsonl writes JSON Lines; leave out --format or use --format jsonl")
            }
            if explain && (outputFormat == .json || outputFormat == .jsonl) {
                throw ValidationError("--explain adds a table to text and markdown output; JSON output already holds every feature value")
            }
            var configuration = SummarizerConfiguration()
            for list in weights {
                do { try configuration.setWeights(list) } catch { throw ValidationError("--weights: \(error)") }
            }
        }

        func run() throws {
            var diagnostics = Diagnostics()
            let configuration = try loadConfiguration()
            var output = StandardOutput()
            if printConfig {
                output.write(configuration.json + "\n")
                output.flush()
                return
            }
            let nsumm = try input.makeNSumm()
            let batch = SummaryBatch(
                summarizer: Summarizer(nsumm: nsumm, configuration: configuration), nsumm: nsumm,
                length: length.length, decoder: input.decoder,
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, showsProgress: !noProgress)
            if jsonl {
                batch.runJSONLines(
                    InputFiles.expand(input.files, fileExtension: "jsonl"),
                    renderer: renderer(configuration, labelled: false), output: &output,
                    diagnostics: &diagnostics)
            } else {
                let items = InputFiles.expand(input.files, fileExtension: "txt")
                batch.runFiles(
                    items, renderer: renderer(configuration, labelled: items.count > 1), output: &output,
                    diagnostics: &diagnostics)
            }
            output.flush()
            if diagnostics.status != .success { throw diagnostics.status.code }
        }

        private var outputFormat: SummaryFormat { format ?? (jsonl ? .jsonl : .text) }

        private func renderer(_ configuration: SummarizerConfiguration, labelled: Bool) -> SummaryRenderer {
            SummaryRenderer(format: outputFormat, explain: explain, labelled: labelled, configuration: configuration)
        }

        /// The defaults, then the --config file, then every --weights list.
        private func loadConfiguration() throws -> SummarizerConfiguration {
            var configuration = SummarizerConfiguration()
            if let config {
                let source: SourceText
                do {
                    source = try SourceText(contentsOfFile: config, decoder: TextDecoder(maximumBytes: 1 << 20))
                } catch {
                    Diagnostics.print("nsumm: --config: \(error)")
                    throw ExitStatus(error).code
                }
                do {
                    configuration = try SummarizerConfiguration(json: Array(source.bytes[source.textStart...]))
                } catch {
                    Diagnostics.print("nsumm: \(config): \(error); see nsumm summarize --print-config")
                    throw ExitStatus.dataError.code
                }
            }
            for list in weights {
                // Checked in validate() already.
                try? configuration.setWeights(list)
            }
            return configuration
        }
    }
}
