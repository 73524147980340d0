#if canImport(Glibc)
import Glibc
#endif

/// Buffered writing to standard output. A reader that goes away early (`nsumm … | head -1`)
/// ends the program quietly with status 0; any other write error with status 74.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 18

    init() {
        buffer.reserveCapacity(flushThreshold + 4096)
        signal(SIGPIPE, SIG_IGN)
        Self.widenPipe()
    }

    /// When standard output is a pipe, asks for a 1 MiB pipe buffer (Linux's default maximum)
    /// instead of 64 KiB: large outputs then take a few hundred fewer round trips between
    /// nsumm and its reader. Best effort; nothing changes where the kernel says no.
    private static func widenPipe() {
        var status = stat()
        guard fstat(STDOUT_FILENO, &status) == 0, status.st_mode & S_IFMT == S_IFIFO else { return }
        // F_SETPIPE_SZ (F_LINUX_SPECIFIC_BASE + 7): Glibc's module map leaves the GNU-only
        // fcntl commands out.
        let setPipeSize: Int32 = 1024 + 7
        _ = fcntl(STDOUT_FILENO, setPipeSize, Int32(1 << 20))
    }

    /// Appends bytes.
    mutating func write<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Lets `body` append bytes straight to the buffer.
    mutating func write(_ body: (inout [UInt8]) -> Void) {
        body(&buffer)
        if buffer.count >= flushThreshold { flush() }
    }

    /// Appends a string.
    mutating func write(_ string: String) {
        write(string.utf8)
    }

    /// Writes out what is buffered.
    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes {
                Glibc.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(ExitStatus.success.rawValue) }
                Diagnostics.print("nsumm: cannot write to standard output: \(String(cString: strerror(errno)))")
                exit(ExitStatus.ioError.rawValue)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
