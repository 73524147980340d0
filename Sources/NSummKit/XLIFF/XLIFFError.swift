/// Why a bundle could not be built, written or read. Each case names the input and, where it
/// is known, the line, and its description says what to do about it.
public enum XLIFFError: Error, Sendable, Equatable, CustomStringConvertible {
    // MARK: Building and writing

    /// A language tag is not well-formed BCP 47.
    case invalidLanguageTag(String, reason: String)
    /// A summary selection names a sentence the document does not have.
    case selectionOutOfRange(document: String, index: Int, count: Int)
    /// A summary selection names a sentence that is not article text (a byline, a dateline,
    /// site debris).
    case selectionNotText(document: String, index: Int, kind: SentenceKind)
    /// The summary scope was asked for without a summary selection.
    case summaryMissing(document: String)
    /// The article has no title or body sentence to translate.
    case nothingToTranslate(document: String)
    /// XLIFF 1.2 cannot carry a character XML 1.0 forbids (a control character).
    case unrepresentableCharacter(file: String, segment: String, scalar: UInt32)
    /// A bundle to write breaks a rule of the format: an empty source, a duplicate id, targets
    /// without a target language.
    case invalidBundle(String)

    /// libxml2 could not allocate what it needed (it fails only when memory runs out).
    case outOfMemory

    // MARK: Reading

    /// The document is larger than the reader's limit.
    case tooLarge(name: String, bytes: Int, limit: Int)
    /// The document is not well-formed XML.
    case notWellFormed(name: String, line: Int, column: Int, message: String)
    /// The document has a document type declaration; XLIFF needs none, and DTDs are how
    /// entity attacks (XXE, billion laughs) get in.
    case doctypeForbidden(name: String, line: Int)
    /// Elements are nested deeper than the reader's limit.
    case tooDeep(name: String, line: Int, limit: Int)
    /// The document has more elements than the reader's limit.
    case tooManyElements(name: String, limit: Int)
    /// The root element is not an XLIFF 1.2 or 2.x `<xliff>`.
    case notXLIFF(name: String, root: String)
    /// The root is `<xliff>` but of a version nsumm does not read.
    case unsupportedVersion(name: String, namespace: String, version: String)
    /// The document's structure breaks the XLIFF schema where the reader cannot go on.
    case malformed(name: String, line: Int, message: String)

    /// One line for a person: what went wrong, where, and what to do.
    public var description: String {
        switch self {
        case .invalidLanguageTag(let tag, let reason):
            return "'\(tag)' is not a BCP 47 language tag: \(reason)"
        case .selectionOutOfRange(let document, let index, let count):
            return "\(document): sentence \(index) does not exist (it has \(count) sentences, numbered from 0 as in nsumm segment --format jsonl)"
        case .selectionNotText(let document, let index, let kind):
            return "\(document): sentence \(index) is a \(kind.rawValue), not article text; select title or body sentences"
        case .summaryMissing(let document):
            return "\(document): the summary scope needs the summary sentences; give a selection or use the full scope"
        case .nothingToTranslate(let document):
            return "\(document): has no headline or body text to translate (it is empty or all bylines and site debris)"
        case .unrepresentableCharacter(let file, let segment, let scalar):
            return "\(file), segment \(segment): control character \(Self.codePoint(scalar)) cannot be written in XLIFF 1.2; "
                + "write XLIFF 2.x (which encodes it as <cp hex=\"\(Self.hex(scalar))\"/>) or remove it from the article"
        case .invalidBundle(let reason):
            return "cannot write this bundle: \(reason)"
        case .outOfMemory:
            return "libxml2 ran out of memory; try fewer articles at once or a smaller file"
        case .tooLarge(let name, let bytes, let limit):
            return "\(name): is \(bytes) bytes, more than the limit of \(limit) bytes; raise the limit if the bundle is genuine"
        case .notWellFormed(let name, let line, let column, let message):
            return "\(name): line \(line), column \(column): not well-formed XML: \(message); repair the file or export it again from the CAT tool"
        case .doctypeForbidden(let name, let line):
            return "\(name): line \(line): a DOCTYPE declaration is not allowed in XLIFF (DTDs and entities are refused for safety); remove it"
        case .tooDeep(let name, let line, let limit):
            return "\(name): line \(line): elements nested deeper than \(limit) levels; this is not an XLIFF bundle nsumm can read"
        case .tooManyElements(let name, let limit):
            return "\(name): more than \(limit) elements; split the bundle"
        case .notXLIFF(let name, let root):
            return "\(name): the root element is \(root), not an XLIFF 1.2 or 2.x <xliff> "
                + "(namespace urn:oasis:names:tc:xliff:document:1.2, …:2.0 or …:2.2)"
        case .unsupportedVersion(let name, let namespace, let version):
            return "\(name): XLIFF version '\(version)' in namespace \(namespace) is not supported; nsumm reads 1.2, 2.0, 2.1 and 2.2"
        case .malformed(let name, let line, let message):
            return "\(name): line \(line): \(message)"
        }
    }

    /// `U+0008`.
    static func codePoint(_ scalar: UInt32) -> String { "U+" + hex(scalar) }

    /// At least four upper-case hex digits, an even number of them (xs:hexBinary).
    static func hex(_ scalar: UInt32) -> String {
        var digits = String(scalar, radix: 16, uppercase: true)
        while digits.count < 4 || digits.count % 2 == 1 { digits = "0" + digits }
        return digits
    }
}
