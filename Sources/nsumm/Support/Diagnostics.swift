#if canImport(Glibc)
import Glibc
#endif

/// Messages to standard error, one line each, and the exit status they add up to.
struct Diagnostics {
    /// The status of the first problem reported, or success.
    private(set) var status = ExitStatus.success

    /// Prints `nsumm: message` on standard error and remembers `status` if it is the first.
    mutating func report(_ message: String, status: ExitStatus) {
        Self.print("nsumm: \(message)")
        if self.status == .success { self.status = status }
    }

    /// Prints one line on standard error.
    static func print(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        bytes.withUnsafeBytes { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
