import FoundationEssentials
import ArgumentParser
import NSummKit

extension Nsumm {
    /// `nsumm merge`: translated XLIFF bundles back to text.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Turn translated XLIFF bundles back into text.",
            discussion: """
                Reads XLIFF 1.2 or 2.x (detected) and writes each article of a bundle as \
                ARTICLE.LANG.txt (or .json with --format json): the translated headline and \
                paragraphs, rebuilt from the segments and the white space between them. Where a \
                segment has no translation, an empty one or one below --min-state, the source is \
                used and a warning names the file, unit and segment; so do names, URLs and codes \
                that the translation lost or changed. DTDs and entities are refused. Existing files \
                are replaced only with --force.
                """)

        @Argument(help: ArgumentHelp("Translated XLIFF bundles.", valueName: "bundle"))
        var bundles: [String]

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Folder for the merged articles, created when missing (default: the bundle's folder); - prints them.",
                valueName: "dir"))
        var output: String?

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Flag(help: "Replace output files that exist.")
        var force = false

        @Flag(help: "Fail (status 65, nothing written) when a segment has no usable translation.")
        var requireTranslated = false

        @Option(help: "Lowest accepted state of a translation (XLIFF 2 names; 1.2 states map onto them).")
        var minState: State = .translated

        @Option(help: "Refuse bundles larger than this many bytes.")
        var maxInputBytes: Int = 256 << 20

        /// What `--format` accepts.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json

            /// `txt` or `json`.
            var fileExtension: String { self == .text ? "txt" : "json" }
        }

        /// What `--min-state` accepts: the XLIFF 2 states.
        enum State: String, ExpressibleByArgument, CaseIterable {
            case initial, translated, reviewed, final

            var state: XLIFFState { XLIFFState(name: rawValue)! }
        }

        func validate() throws {
            if maxInputBytes <= 0 { throw ValidationError("--max-input-bytes must be positive") }
            if bundles.isEmpty { throw ValidationError("name at least one XLIFF bundle") }
        }

        func run() throws {
            var diagnostics = Diagnostics()
            var standardOutput = StandardOutput()
            let writer = AtomicFileWriter(force: force, inputs: bundles)
            var printed: [MergedRecord] = []
            var written: Set<String> = []
            if let output, output != "-" {
                do {
                    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
                } catch {
                    Diagnostics.print("nsumm: \(output): cannot create the output folder; check the path and its permissions")
                    throw ExitStatus.cannotCreate.code
                }
            }
            for path in bundles {
                guard let (records, language) = merge(path, diagnostics: &diagnostics) else { continue }
                if output == "-" {
                    printed += records
                    continue
                }
                let folder = output ?? Self.folder(of: path)
                let files = Self.outputNames(for: records.map(\.file)).map {
                    "\(folder)/\($0).\(language.code).\(format.fileExtension)"
                }
                if let clash = files.first(where: written.contains) {
                    diagnostics.report(
                        "\(path): \(clash) was written from an earlier bundle of this run; merge this bundle into another folder with -o",
                        status: .cannotCreate)
                    continue
                }
                do {
                    for file in files { try writer.check(file) }
                    for (record, file) in zip(records, files) {
                        try writer.write(try bytes(of: [record]), to: file)
                        written.insert(file)
                    }
                } catch let error as OutputError {
                    diagnostics.report(error.description, status: error.status)
                }
            }
            if !printed.isEmpty { standardOutput.write(try bytes(of: printed)) }
            standardOutput.flush()
            if diagnostics.status != .success { throw diagnostics.status.code }
        }

        /// Reads and merges one bundle, reporting what it finds; nil when it cannot be used.
        private func merge(_ path: String, diagnostics: inout Diagnostics) -> ([MergedRecord], LanguageTag)? {
            let result: XLIFFReader.Result
            do {
                let source = try SourceText(contentsOfFile: path, decoder: TextDecoder(maximumBytes: maxInputBytes))
                result = try XLIFFReader(maximumBytes: maxInputBytes).read(source.bytes, name: path)
            } catch InputError.invalidUTF8(let name, let position) {
                diagnostics.report(
                    "\(name): \(position): invalid UTF-8; an XLIFF file is UTF-8 or UTF-16: "
                        + "export it again from the CAT tool", status: .dataError)
                return nil
            } catch let error as InputError {
                diagnostics.report(error.description, status: ExitStatus(error))
                return nil
            } catch let error as XLIFFError {
                diagnostics.report(error.description, status: ExitStatus(error))
                return nil
            } catch {
                diagnostics.report("\(path): \(error)", status: .software)
                return nil
            }
            guard let language = result.bundle.targetLanguage else {
                diagnostics.report("\(path): the bundle names no target language (trgLang or target-language); add it", status: .dataError)
                return nil
            }
            for issue in result.issues { Diagnostics.print("nsumm: warning: \(path): \(issue)") }
            let merged = XLIFFMerger(minimumState: minState.state).merge(result.bundle)
            for file in merged { Self.warn(about: file.issues, in: path) }
            let untranslated = merged.reduce(0) { $0 + $1.issues.filter { $0.kind == .untranslated }.count }
            if untranslated > 0 {
                let total = result.bundle.files.reduce(0) { $0 + $1.units.reduce(0) { $0 + $1.segments.count } }
                let summary = "\(path): \(untranslated) of \(total) segments have no usable translation"
                if requireTranslated {
                    diagnostics.report("\(summary); nothing written (--require-translated)", status: .dataError)
                    return nil
                }
                Diagnostics.print("nsumm: warning: \(summary); their source text was used (--min-state sets the lowest accepted state)")
            }
            let records = merged.map {
                MergedRecord(
                    file: $0, sourceLanguage: result.bundle.sourceLanguage.code, targetLanguage: language.code)
            }
            return (records, language)
        }

        /// One warning per issue, except that a file's untranslated segments share one line
        /// listing the first of them.
        private static func warn(about issues: [XLIFFIssue], in path: String) {
            let untranslated = issues.filter { $0.kind == .untranslated }
            for issue in issues where issue.kind != .untranslated {
                Diagnostics.print("nsumm: warning: \(path): \(issue)")
            }
            guard let first = untranslated.first else { return }
            if untranslated.count == 1 {
                Diagnostics.print("nsumm: warning: \(path): \(first)")
                return
            }
            let shown = 8
            var places = untranslated.prefix(shown).map { "\($0.unit ?? "")/\($0.segment ?? "")" }.joined(separator: ", ")
            if untranslated.count > shown { places += " and \(untranslated.count - shown) more (--format json lists them)" }
            Diagnostics.print(
                "nsumm: warning: \(path): \(first.file): \(untranslated.count) segments have no usable translation: \(places)")
        }

        /// The text or JSON of `records`: texts separated by a blank line; one JSON object, or
        /// an array for several.
        private func bytes(of records: [MergedRecord]) throws -> [UInt8] {
            switch format {
            case .text:
                return Array(records.map(\.file.text).joined(separator: "\n").utf8)
            case .json:
                return Array(try records.count == 1 ? JSON.pretty(records[0]) : JSON.pretty(records)) + [0x0A]
            }
        }

        /// The folder of `path` (`.` for a bare name).
        private static func folder(of path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return "." }
            return slash == path.startIndex ? "/" : String(path[..<slash])
        }

        /// A safe file name for each merged file: the last part of its `original`, `.txt`
        /// dropped; the file id when that is empty or hidden; the file id added where two would
        /// clash.
        static func outputNames(for files: [MergedFile]) -> [String] {
            let stems = files.map { file -> String in
                let last = file.original.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                var stem = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
                if stem.lowercased().hasSuffix(".txt") { stem.removeLast(4) }
                return stem.isEmpty || stem.hasPrefix(".") ? file.id : stem
            }
            var counts: [String: Int] = [:]
            for stem in stems { counts[stem, default: 0] += 1 }
            return zip(stems, files).map { stem, file in counts[stem]! > 1 ? "\(stem)-\(file.id)" : stem }
        }
    }

    /// A merged article as `nsumm merge --format json` writes it.
    struct MergedRecord: Encodable {
        let file: MergedFile
        let sourceLanguage: String
        let targetLanguage: String

        private enum CodingKeys: String, CodingKey {
            case id, original, sourceLanguage, targetLanguage, title, paragraphs, text, issues
        }

        private struct Paragraph: Encodable {
            let unit: String
            let name: String?
            let text: String
            let translated: Bool
        }

        private struct Issue: Encodable {
            let kind: String
            let unit: String?
            let segment: String?
            let message: String
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file.id, forKey: .id)
            try container.encode(file.original, forKey: .original)
            try container.encode(sourceLanguage, forKey: .sourceLanguage)
            try container.encode(targetLanguage, forKey: .targetLanguage)
            try container.encodeIfPresent(file.title, forKey: .title)
            try container.encode(
                file.paragraphs.map { Paragraph(unit: $0.unit, name: $0.name, text: $0.text, translated: $0.isTranslated) },
                forKey: .paragraphs)
            try container.encode(file.text, forKey: .text)
            try container.encode(
                file.issues.map { Issue(kind: $0.kind.rawValue, unit: $0.unit, segment: $0.segment, message: $0.message) },
                forKey: .issues)
        }
    }
}
