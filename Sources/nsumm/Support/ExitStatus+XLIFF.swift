import NSummKit

extension ExitStatus {
    /// The status for an XLIFF error: 70 when memory ran out, 65 otherwise (the article or the
    /// bundle cannot be used as it is).
    init(_ error: XLIFFError) {
        if case .outOfMemory = error {
            self = .software
        } else {
            self = .dataError
        }
    }
}
