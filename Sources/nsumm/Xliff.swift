import ArgumentParser
import NSummKit

extension Nsumm {
    /// `nsumm xliff`: articles to XLIFF bundles for translators.
    struct Xliff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xliff",
            abstract: "Export articles as an XLIFF bundle for translators.",
            discussion: """
                By default the bundle holds what is translated for publication abroad: the \
                headline and the summary sentences (chosen as by nsumm summarize, or named with \
                --select); --scope full puts in the whole article with the summary sentences \
                flagged. One <file> per article, one unit per paragraph, one segment per sentence \
                (nsumm's segmentation, which CAT tools keep: canResegment="no" in 2.x, seg-source \
                in 1.2), with notes giving the headline, the dateline, the source and each \
                sentence's place and summary rank. Bylines, datelines and site debris are left out. \
                Names, URLs, e-mail addresses and codes are marked not to be translated; numbers \
                and dates are not.

                Inputs are files, folders (every *.txt file inside, recursively, sorted) or - for \
                standard input; with --jsonl, JSON Lines files (folders: *.jsonl) of {"id", \
                "text"} objects. Without -o each input gets its bundle beside it (artikel.txt → \
                artikel.xlf; a JSON Lines file gives one bundle; standard input goes to standard \
                output); an existing file is replaced only with --force.
                """)

        @OptionGroup var input: InputOptions

        @Flag(help: "Inputs are JSON Lines files with one {\"id\", \"text\"} article a line.")
        var jsonl = false

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write one bundle with every article to this file (- for standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "Replace output files that exist.")
        var force = false

        @Option(name: .customLong("xliff-version"), help: "XLIFF version: 1.2 (what every CAT tool opens), 2.0, 2.1 or 2.2.")
        var xliffVersion: XLIFFVersion = .v1_2

        @Option(help: "What to translate: summary (headline and summary sentences) or full (the whole article, summary sentences flagged).")
        var scope: XLIFFExtractor.Scope = .summary

        @OptionGroup var length: SummaryLengthOptions

        @Option(
            help: ArgumentHelp(
                "Use these sentences as the summary instead of the summarizer's, best first: indices from 0 as in `nsumm segment --format jsonl`, comma-separated.",
                valueName: "i,j,…"),
            transform: Xliff.sentenceList)
        var select: [Int]?

        @Option(
            help: """
                What to protect from translation: names (persons, organisations, places, plus URLs, e-mail addresses \
                and codes), persons (people's names, URLs, e-mail addresses, codes; for target languages with their \
                own names for places, such as Rusia → Russia) or none.
                """)
        var protect: Protection = .names

        @Option(help: "BCP 47 language of the articles (default: id-ID for --lang id).")
        var sourceLang: String?

        @Option(help: "BCP 47 language to translate into.")
        var targetLang: String = "en-US"

        /// What `--protect` accepts.
        enum Protection: String, ExpressibleByArgument, CaseIterable {
            case names, persons, none

            /// Whether entities of `kind` are protected.
            func protects(_ kind: ProtectedSpan.Kind) -> Bool {
                switch self {
                case .names: return true
                case .persons: return kind != .organization && kind != .location
                case .none: return false
                }
            }
        }

        func validate() throws {
            for tag in [sourceLanguageCode, targetLang] {
                do { _ = try LanguageTag(tag) } catch { throw ValidationError(error.description) }
            }
            if select?.isEmpty == true { throw ValidationError("--select needs at least one sentence index") }
        }

        func run() throws {
            let nsumm = try input.makeNSumm()
            let languages = (source: try LanguageTag(sourceLanguageCode), target: try LanguageTag(targetLang))
            let writer = AtomicFileWriter(force: force, inputs: input.files)
            var diagnostics = Diagnostics()
            var bundles: [(path: String, groups: [ArticleGroup])] = []
            if let output {
                if output != "-" { try check(output, writer: writer) }
                let groups = ArticleInputs(arguments: input.files, jsonl: jsonl, decoder: input.decoder).read(diagnostics: &diagnostics)
                if diagnostics.status != .success { throw diagnostics.status.code }
                bundles = [(output, groups)]
            } else {
                for group in ArticleInputs(arguments: input.files, jsonl: jsonl, decoder: input.decoder).read(diagnostics: &diagnostics) {
                    let path = Self.defaultOutput(for: group.input)
                    if path != "-" && bundles.contains(where: { $0.path == path }) {
                        diagnostics.report(
                            "\(group.input): its bundle would be \(path), like an earlier input's; name one bundle for all with -o",
                            status: .cannotCreate)
                        continue
                    }
                    do {
                        if path != "-" { try writer.check(path) }
                        bundles.append((path, [group]))
                    } catch {
                        diagnostics.report(error.description, status: error.status)
                    }
                }
            }
            let exporter = Exporter(
                nsumm: nsumm, extractor: XLIFFExtractor(scope: scope), writer: XLIFFWriter(version: xliffVersion),
                finder: protect == .none ? nil : ProtectedSpanFinder(lexicons: nsumm.lexicons), protection: protect,
                selection: select.map { SummarySelection(rankedSentences: $0) }, summarizer: Summarizer(nsumm: nsumm),
                length: length.length, languages: languages)
            var standardOutput = StandardOutput()
            for (path, groups) in bundles {
                do {
                    let bytes = try exporter.bundle(of: groups.flatMap(\.articles))
                    if path == "-" {
                        standardOutput.write(bytes)
                    } else {
                        try writer.write(bytes, to: path)
                    }
                } catch let error as OutputError {
                    diagnostics.report(error.description, status: error.status)
                } catch let error as XLIFFError {
                    diagnostics.report(error.description, status: ExitStatus(error))
                }
            }
            standardOutput.flush()
            if diagnostics.status != .success { throw diagnostics.status.code }
        }

        /// `--source-lang`, or the region-qualified tag for `--lang id`.
        private var sourceLanguageCode: String {
            sourceLang ?? (input.lang == "id" ? LanguageTag.indonesian.code : input.lang)
        }

        /// Checks that `path` can be written before any work is done.
        private func check(_ path: String, writer: AtomicFileWriter) throws {
            do {
                try writer.check(path)
            } catch {
                Diagnostics.print("nsumm: \(error.description)")
                throw error.status.code
            }
        }

        /// `artikel.xlf` beside `artikel.txt` (the last extension replaced); standard output for
        /// standard input.
        static func defaultOutput(for input: String) -> String {
            guard input != "-" else { return "-" }
            let slash = input.lastIndex(of: "/").map { input.index(after: $0) } ?? input.startIndex
            if let dot = input[slash...].lastIndex(of: "."), dot > slash {
                return String(input[..<dot]) + ".xlf"
            }
            return input + ".xlf"
        }

        /// `3,1,7` → `[3, 1, 7]`.
        static func sentenceList(_ argument: String) throws -> [Int] {
            try argument.split(separator: ",").map { part in
                guard let index = Int(part.trimmingWhitespace()), index >= 0 else {
                    throw ValidationError("--select takes sentence indices from 0 separated by commas, not '\(argument)'")
                }
                return index
            }
        }
    }
}

extension XLIFFVersion: ExpressibleByArgument {}
extension XLIFFExtractor.Scope: ExpressibleByArgument {}
