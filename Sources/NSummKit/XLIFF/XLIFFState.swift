/// How far a translation has come, on XLIFF 2's scale; 1.2's richer `state` values map onto it.
///
/// | 2.x          | 1.2                                                         |
/// |--------------|-------------------------------------------------------------|
/// | `initial`    | `new`, `needs-translation`, `needs-l10n`, `needs-adaptation`, `needs-review-*` (machine translation waiting for review) |
/// | `translated` | `translated`, or a target without `state`                   |
/// | `reviewed`   | `signed-off`, or `approved="yes"` on the unit               |
/// | `final`      | `final`                                                     |
///
/// The merge accepts targets at ``translated`` or above unless told otherwise, so machine
/// translation that nobody has reviewed (`needs-review-translation`, 2.x `initial`) is not
/// published by accident.
public enum XLIFFState: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// Not translated yet, or a draft (machine translation) waiting for a translator.
    case initial
    /// Translated.
    case translated
    /// Translated and reviewed.
    case reviewed
    /// Finished: nothing more to do.
    case final

    /// The 2.x name (`initial`, `translated`, `reviewed`, `final`).
    public var name: String {
        switch self {
        case .initial: return "initial"
        case .translated: return "translated"
        case .reviewed: return "reviewed"
        case .final: return "final"
        }
    }

    /// The state for a 2.x `state` value.
    public init?(name: String) {
        guard let state = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = state
    }

    /// The state for a 1.2 `state` value (see the table in the type's documentation); unknown
    /// `x-` values count as ``initial``.
    init(version1State value: String) {
        switch value {
        case "translated": self = .translated
        case "signed-off": self = .reviewed
        case "final": self = .final
        default: self = .initial
        }
    }

    /// The 1.2 `state` value written for this state.
    var version1Name: String {
        switch self {
        case .initial: return "needs-translation"
        case .translated: return "translated"
        case .reviewed: return "signed-off"
        case .final: return "final"
        }
    }

    /// Orders states by progress.
    public static func < (lhs: XLIFFState, rhs: XLIFFState) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The 2.x name.
    public var description: String { name }
}
