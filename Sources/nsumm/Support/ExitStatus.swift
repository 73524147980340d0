import ArgumentParser
import NSummKit

/// The exit statuses of `nsumm`, in the style of BSD's sysexits.h.
enum ExitStatus: Int32 {
    /// Everything worked.
    case success = 0
    /// The command line was wrong.
    case usage = 64
    /// An input was not usable data (not UTF-8, NUL bytes, malformed XLIFF).
    case dataError = 65
    /// An input is missing or cannot be read.
    case noInput = 66
    /// nsumm itself failed.
    case software = 70
    /// An output file cannot be created.
    case cannotCreate = 73
    /// Reading or writing failed midway.
    case ioError = 74

    /// The status for an input error.
    init(_ error: InputError) {
        switch error {
        case .missing, .isDirectory, .unreadable: self = .noInput
        case .tooLarge, .invalidUTF8, .nulByte, .unknownEncoding, .invalidInEncoding:
            self = .dataError
        }
    }

    /// As an ArgumentParser exit code.
    var code: ExitCode { ExitCode(rawValue) }
}
