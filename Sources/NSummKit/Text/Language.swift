/// A language nsumm can process, named by its BCP 47 code.
///
/// The language picks the lexicon folder (`Lexicons/<code>/`) and the ICU locale. Everything
/// language-specific lives in those lexicons, so adding Malay or English is a matter of adding a
/// folder, not code.
///
/// ```swift
/// let nsumm = try NSumm(language: .indonesian)
/// let malay = try NSumm(language: Language("ms"))
/// ```
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The BCP 47 language code, such as `id` or `ms`.
    public let code: String

    /// A language by its BCP 47 code (`"id"`, `"ms"`, `"en"`).
    public init(_ code: String) {
        self.code = code
    }

    /// Indonesian (`id`), the language nsumm is built for first.
    public static let indonesian = Language("id")

    /// The code, as written in lexicon folders and XLIFF files.
    public var description: String { code }
}
