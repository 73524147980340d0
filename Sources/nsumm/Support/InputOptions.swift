#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import NSummKit

/// Options every subcommand that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files, UTF-8 text; - reads standard input.", valueName: "file"))
    var files: [String] = ["-"]

    @Option(name: .long, help: "Language of the articles (BCP 47 code; built in: id).")
    var lang: String = "id"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra lexicon folder, added to the built-in lexicons; repeatable. Also read from NSUMM_LEXICONS (colon-separated).",
            valueName: "dir"))
    var lexicons: [String] = []

    @Option(name: .long, help: "Refuse inputs larger than this many bytes.")
    var maxInputBytes: Int = 1 << 30

    @Option(
        name: .long,
        help: "Cut sentences longer than this many bytes (at white space when possible); real sentences are far shorter.")
    var maxSentenceBytes: Int = 1 << 16

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Encoding of the inputs: utf-8, auto (detect with ICU when not UTF-8), or a charset such as windows-1252. UTF-16/32 with a byte-order mark is always read.",
            valueName: "name"))
    var encoding: String = "utf-8"

    func validate() throws {
        if maxInputBytes <= 0 { throw ValidationError("--max-input-bytes must be positive") }
        if maxSentenceBytes < 64 { throw ValidationError("--max-sentence-bytes must be at least 64") }
        if files.isEmpty { throw ValidationError("name at least one input file, or - for standard input") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        if case .named(let name) = TextEncoding(encoding), !TextEncoding.isKnown(name) {
            throw ValidationError("unknown encoding '\(name)'; use utf-8, auto, or a charset such as windows-1252")
        }
    }

    /// The lexicon folders: NSUMM_LEXICONS first, then --lexicons in order.
    var lexiconDirectories: [String] {
        let environment = (getenv("NSUMM_LEXICONS").map { String(cString: $0) } ?? "")
            .split(separator: ":").map(String.init)
        return environment + lexicons
    }

    /// The analyser for these options, or an exit with a message when lexicons are bad.
    ///
    /// It is kept alive until the process ends: freeing its lexicon tables at exit would cost
    /// milliseconds of every run and buy nothing.
    func makeNSumm() throws -> NSumm {
        do {
            var nsumm = try NSumm(language: Language(lang), lexiconDirectories: lexiconDirectories)
            nsumm.maximumSentenceBytes = maxSentenceBytes
            keptAlive.append(nsumm)
            return nsumm
        } catch {
            Diagnostics.print("nsumm: \(error)")
            throw ExitStatus.usage.code
        }
    }

    /// Reads each input in turn and hands it to `body` with its position among the inputs; an
    /// input that cannot be read is reported to `diagnostics` and skipped.
    func forEachSource(
        _ diagnostics: inout Diagnostics, _ body: (_ position: Int, _ source: SourceText) throws -> Void
    ) rethrows {
        try forEachInput(&diagnostics, open: { path throws(InputError) in try SourceText(contentsOfFile: path, decoder: decoder) }, body)
    }

    /// Checks each input in turn and hands it to `body` with its position among the inputs,
    /// as a ``TextFile`` that `body` reads a piece at a time; an input that cannot be read, by
    /// the check or by `body`, is reported to `diagnostics` (and the rest of it skipped).
    func forEachFile(
        _ diagnostics: inout Diagnostics, _ body: (_ position: Int, _ file: TextFile) throws -> Void
    ) rethrows {
        try forEachInput(&diagnostics, open: { path throws(InputError) in try TextFile(contentsOfFile: path, decoder: decoder) }, body)
    }

    /// Opens each input with `open` and hands it to `body`; an ``InputError`` from either is
    /// reported to `diagnostics` and the loop goes on with the next input.
    private func forEachInput<Input>(
        _ diagnostics: inout Diagnostics, open: (String) throws(InputError) -> Input,
        _ body: (_ position: Int, _ input: Input) throws -> Void
    ) rethrows {
        for (position, file) in files.enumerated() {
            do {
                try body(position, try open(file))
            } catch let error as InputError {
                diagnostics.report(error.description, status: ExitStatus(error))
            }
        }
    }

    /// The decoder that enforces the size limit.
    var decoder: TextDecoder { TextDecoder(maximumBytes: maxInputBytes, encoding: TextEncoding(encoding)) }
}

/// Values kept until the process ends (see ``InputOptions/makeNSumm()``): reachable from here,
/// so leak checkers do not count them, and never freed. Appended to only by the command's own
/// thread, before any work starts.
nonisolated(unsafe) private var keptAlive: [NSumm] = []
