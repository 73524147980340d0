/// The XLIFF versions nsumm writes and reads.
///
/// 1.2 is what every CAT tool opens (Trados, memoQ, OmegaT, Okapi, Phrase); 2.0 and 2.1 share one
/// namespace and differ only in their `version` attribute; 2.2 has a namespace of its own.
///
/// ```swift
/// let writer = XLIFFWriter(version: .v2_1)
/// XLIFFVersion(rawValue: "1.2")   // .v1_2
/// ```
public enum XLIFFVersion: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// XLIFF 1.2 (OASIS Standard, 2008): `<trans-unit>`, `<seg-source>`, `<mrk mtype="seg">`.
    case v1_2 = "1.2"
    /// XLIFF 2.0 (OASIS Standard, 2014): `<unit>`, `<segment>`, `<ignorable>`.
    case v2_0 = "2.0"
    /// XLIFF 2.1 (OASIS Standard, 2018): 2.0 plus the ITS module; same core namespace.
    case v2_1 = "2.1"
    /// XLIFF 2.2 (Committee Specification, 2025): a new namespace; same core elements.
    case v2_2 = "2.2"

    /// The namespace of the document's core elements.
    public var namespace: String {
        switch self {
        case .v1_2: return "urn:oasis:names:tc:xliff:document:1.2"
        case .v2_0, .v2_1: return "urn:oasis:names:tc:xliff:document:2.0"
        case .v2_2: return "urn:oasis:names:tc:xliff:document:2.2"
        }
    }

    /// Whether this is a 2.x version (units, segments and ignorables).
    public var isVersion2: Bool { self != .v1_2 }

    /// The version named by a root element's namespace and `version` attribute, if nsumm reads it.
    static func detect(namespace: String?, version: String?) -> XLIFFVersion? {
        switch namespace {
        case XLIFFVersion.v1_2.namespace: return version == "1.2" ? .v1_2 : nil
        case XLIFFVersion.v2_0.namespace: return version == "2.0" ? .v2_0 : version == "2.1" ? .v2_1 : nil
        case XLIFFVersion.v2_2.namespace: return version == "2.2" ? .v2_2 : nil
        default: return nil
        }
    }

    /// `1.2`, `2.0`, `2.1` or `2.2`.
    public var description: String { rawValue }
}
