import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// All lexicons of one language: the ones built into nsumm, extended by the user's folders.
///
/// ```swift
/// let lexicons = try LexiconSet(language: .indonesian, userDirectories: ["~/my-lexicons"])
/// let titles = lexicons.words("abbreviations-prefix")
/// ```
///
/// A user folder holds either a `<lang>/` subfolder or the lexicon files themselves. A file
/// named like a built-in one (`abbreviations-prefix.txt`) adds its entries to it, and its `!`
/// lines remove entries; a file with a new name adds a new lexicon (gazetteers, for example, are
/// every lexicon whose name starts with `gazetteer`).
public struct LexiconSet: Sendable {
    /// The language these lexicons are for.
    public let language: Language
    /// Each lexicon is parsed the first time it is used: the texts are kept (built-in first,
    /// then the user's overlays in order) and parsed together on demand.
    private let lexicons: [String: Deferred<Lexicon>]
    /// The texts of each lexicon, built-in first, then the user's overlays in order.
    private let texts: [String: [String]]

    /// Loads the built-in lexicons of `language` and applies `userDirectories` on top, in order.
    public init(language: Language, userDirectories: [String] = []) throws(LexiconError) {
        var texts: [String: [String]] = [:]
        for (path, text) in EmbeddedLexicons.files {
            let parts = path.split(separator: "/")
            guard parts.count == 2, parts[0] == language.code,
                let name = Self.lexiconName(String(parts[1]))
            else { continue }
            texts[name, default: []].insert(text, at: 0)
        }
        for directory in userDirectories {
            for (name, text) in try Self.readUserDirectory(directory, language: language) {
                texts[name, default: []].append(text)
            }
        }
        if texts.isEmpty {
            throw .unknownLanguage(code: language.code, available: Self.builtInLanguages)
        }
        self.language = language
        self.texts = texts
        self.lexicons = Dictionary(uniqueKeysWithValues: texts.map { name, parts in
            (name, Deferred {
                let lexicons = parts.map { Lexicon(name: name, text: $0) }
                return lexicons.dropFirst().reduce(lexicons[0]) { $0.extended(by: $1) }
            })
        })
    }

    /// The languages nsumm has built-in lexicons for.
    public static var builtInLanguages: [String] {
        Set(EmbeddedLexicons.files.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
            .sorted()
    }

    /// The lexicon called `name` (file name without extension), if there is one.
    public subscript(name: String) -> Lexicon? { lexicons[name]?.value }

    /// Every lexicon whose name starts with `prefix`, sorted by name.
    public func lexicons(named prefix: String) -> [Lexicon] {
        names(startingWith: prefix).compactMap { lexicons[$0]?.value }
    }

    /// The names of the lexicons that start with `prefix`, sorted.
    func names(startingWith prefix: String) -> [String] {
        lexicons.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The first fields of lexicon `name` as a set (empty when there is no such lexicon).
    public func words(_ name: String) -> Set<String> {
        Set(self[name]?.words ?? [])
    }

    /// The text of lexicon `name` when one file alone holds it (no user overlay), for readers
    /// that scan its words without parsing it (see ``Lexicon/forEachWord(in:_:)``).
    func soleText(of name: String) -> String? {
        guard let parts = texts[name], parts.count == 1 else { return nil }
        return parts[0]
    }

    /// The lexicon name for a file name: `.txt` and `.tsv` files count, nothing else.
    private static func lexiconName(_ fileName: String) -> String? {
        for suffix in [".txt", ".tsv"] where fileName.hasSuffix(suffix) && !fileName.hasPrefix(".") {
            return String(fileName.dropLast(suffix.count))
        }
        return nil
    }

    /// The lexicon files of one user folder, as (lexicon name, text).
    private static func readUserDirectory(_ path: String, language: Language)
        throws(LexiconError) -> [(String, String)]
    {
        let expanded = expandingTilde(path)
        guard isDirectory(expanded) else { throw .unreadableDirectory(path: path, reason: "not a folder") }
        let languageFolder = expanded + "/" + language.code
        let folder = isDirectory(languageFolder) ? languageFolder : expanded
        guard let directory = opendir(folder) else {
            throw .unreadableDirectory(path: path, reason: String(cString: strerror(errno)))
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        names.sort()
        let files = FileManager.default
        var overlays: [(String, String)] = []
        for fileName in names {
            guard let name = lexiconName(fileName) else { continue }
            let filePath = folder + "/" + fileName
            guard let data = files.contents(atPath: filePath) else {
                throw .unreadableFile(path: filePath, reason: "permission denied or not a file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadableFile(path: filePath, reason: "not UTF-8")
            }
            overlays.append((name, text))
        }
        return overlays
    }

    /// `path` with a leading `~` (alone or before a slash) replaced by the home folder.
    private static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }

    /// Whether `path` names a folder (or a link to one).
    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
