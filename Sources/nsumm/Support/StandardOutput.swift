#if canImport(Glibc)
import Glibc
#endif

/// Buffered writing to standard output. A reader that goes away early (`nsumm … | head -1`)
/// ends the program quietly with status 0; any other write error with status 74.
///
/// The buffer is plain memory, not an array: printing a sentence is one copy, without the
/// checks an array makes on every append.
struct StandardOutput {
    /// The buffer's memory, freed with the last copy of the value.
    private final class Storage {
        let bytes: UnsafeMutableBufferPointer<UInt8>
        init(capacity: Int) { bytes = .allocate(capacity: capacity) }
        deinit { bytes.deallocate() }
    }

    private let storage = Storage(capacity: 1 << 18)
    /// How many bytes of the buffer are in use.
    private var count = 0

    init() {
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
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let buffer = storage.bytes
        if count + bytes.count > buffer.count {
            flush()
            // More than the buffer holds: straight out.
            if bytes.count > buffer.count { return writeOut(bytes) }
        }
        if let source = bytes.baseAddress { (buffer.baseAddress! + count).update(from: source, count: bytes.count) }
        count += bytes.count
    }

    /// Appends one byte.
    mutating func write(byte: UInt8) {
        if count == storage.bytes.count { flush() }
        storage.bytes[count] = byte
        count += 1
    }

    /// Appends bytes.
    mutating func write<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ write($0) }) == nil { write(Array(bytes)) }
    }

    /// Appends a string.
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { write($0) }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        writeOut(UnsafeBufferPointer(rebasing: storage.bytes[..<count]))
        count = 0
    }

    /// Writes `bytes` to standard output, all of them, or ends the program.
    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(ExitStatus.success.rawValue) }
                Diagnostics.print("nsumm: cannot write to standard output: \(String(cString: strerror(errno)))")
                exit(ExitStatus.ioError.rawValue)
            }
            offset += written
        }
    }
}
