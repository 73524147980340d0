/// Something in a bundle that the reader or the merge worked around and the user should know
/// about: a missing translation, a changed name, an id that matches nothing.
///
/// ```swift
/// for issue in merged.issues { print(issue) }   // "f1 (artikel.txt), unit p3, segment s5: …"
/// ```
public struct XLIFFIssue: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A segment has no usable translation (missing, empty, or at a state not accepted);
        /// the merge used its source.
        case untranslated
        /// A protected span (name, URL, code) is missing from the translation or was changed.
        case protectedSpanChanged
        /// An id in a target matches nothing in the source, or an id appears twice.
        case idMismatch
        /// An inline element the merge does not use (an inline code, an unknown element).
        case inlineMarkup
        /// A 1.2 target is not split into the source's segments; the merge took it whole.
        case unsegmentedTarget
    }

    /// The kind of problem.
    public let kind: Kind
    /// The file: its id and original name, as in `f1 (artikel.txt)`.
    public let file: String
    /// The unit's id, if the issue is about one.
    public let unit: String?
    /// The segment's id, if the issue is about one.
    public let segment: String?
    /// What happened and what the merge did about it.
    public let message: String

    /// Creates an issue.
    public init(kind: Kind, file: String, unit: String?, segment: String?, message: String) {
        self.kind = kind
        self.file = file
        self.unit = unit
        self.segment = segment
        self.message = message
    }

    /// `f1 (artikel.txt), unit p3, segment s5: message`.
    public var description: String {
        var place = file
        if let unit { place += ", unit \(unit)" }
        if let segment { place += ", segment \(segment)" }
        return "\(place): \(message)"
    }
}
