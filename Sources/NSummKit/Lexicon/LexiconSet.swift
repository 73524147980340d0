import Foundation

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
        let expanded = NSString(string: path).expandingTildeInPath
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: expanded, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw .unreadableDirectory(path: path, reason: "not a folder") }
        let languageFolder = (expanded as NSString).appendingPathComponent(language.code)
        var folder = expanded
        if files.fileExists(atPath: languageFolder, isDirectory: &isDirectory), isDirectory.boolValue {
            folder = languageFolder
        }
        let names: [String]
        do {
            names = try files.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw .unreadableDirectory(path: path, reason: error.localizedDescription)
        }
        var overlays: [(String, String)] = []
        for fileName in names {
            guard let name = lexiconName(fileName) else { continue }
            let filePath = (folder as NSString).appendingPathComponent(fileName)
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
}
