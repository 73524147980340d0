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
    private let lexicons: [String: Lexicon]

    /// Loads the built-in lexicons of `language` and applies `userDirectories` on top, in order.
    public init(language: Language, userDirectories: [String] = []) throws(LexiconError) {
        var lexicons: [String: Lexicon] = [:]
        for (path, text) in EmbeddedLexicons.files {
            let parts = path.split(separator: "/")
            guard parts.count == 2, parts[0] == language.code,
                let name = Self.lexiconName(String(parts[1]))
            else { continue }
            lexicons[name] = Lexicon(name: name, text: text)
        }
        for directory in userDirectories {
            for (name, overlay) in try Self.readUserDirectory(directory, language: language) {
                lexicons[name] = lexicons[name].map { $0.extended(by: overlay) } ?? overlay
            }
        }
        if lexicons.isEmpty {
            throw .unknownLanguage(code: language.code, available: Self.builtInLanguages)
        }
        self.language = language
        self.lexicons = lexicons
    }

    /// The languages nsumm has built-in lexicons for.
    public static var builtInLanguages: [String] {
        Set(EmbeddedLexicons.files.keys.compactMap { $0.split(separator: "/").first.map(String.init) })
            .sorted()
    }

    /// The lexicon called `name` (file name without extension), if there is one.
    public subscript(name: String) -> Lexicon? { lexicons[name] }

    /// Every lexicon whose name starts with `prefix`, sorted by name.
    public func lexicons(named prefix: String) -> [Lexicon] {
        lexicons.values.filter { $0.name.hasPrefix(prefix) }.sorted { $0.name < $1.name }
    }

    /// The first fields of lexicon `name` as a set (empty when there is no such lexicon).
    public func words(_ name: String) -> Set<String> {
        Set(lexicons[name]?.words ?? [])
    }

    /// The lexicon name for a file name: `.txt` and `.tsv` files count, nothing else.
    private static func lexiconName(_ fileName: String) -> String? {
        for suffix in [".txt", ".tsv"] where fileName.hasSuffix(suffix) && !fileName.hasPrefix(".") {
            return String(fileName.dropLast(suffix.count))
        }
        return nil
    }

    /// The lexicon files of one user folder, parsed as overlays.
    private static func readUserDirectory(_ path: String, language: Language)
        throws(LexiconError) -> [(String, Lexicon)]
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
        var overlays: [(String, Lexicon)] = []
        for fileName in names {
            guard let name = lexiconName(fileName) else { continue }
            let filePath = (folder as NSString).appendingPathComponent(fileName)
            guard let data = files.contents(atPath: filePath) else {
                throw .unreadableFile(path: filePath, reason: "permission denied or not a file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .unreadableFile(path: filePath, reason: "not UTF-8")
            }
            overlays.append((name, Lexicon(name: name, text: text)))
        }
        return overlays
    }
}
