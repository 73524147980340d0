/// A note for the translator on a file or a unit: `<note>` in both versions.
///
/// ```swift
/// XLIFFNote(category: "headline", text: "Rusia Kirim Pasukan Bantu Konflik di Kazakhstan")
/// ```
public struct XLIFFNote: Sendable, Hashable {
    /// What the note is about (`headline`, `position`, …): 2.x `category`; 1.2 has none.
    public var category: String?
    /// The note.
    public var text: String

    /// Creates a note.
    public init(category: String? = nil, text: String) {
        self.category = category
        self.text = text
    }
}
