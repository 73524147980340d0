#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SourceText {
    /// Reads and checks a file; `-` reads standard input.
    ///
    /// Regular files, pipes and FIFOs are read; a directory or a missing, unreadable or
    /// oversized file throws an ``InputError`` that names it. The file is only read, never
    /// changed.
    public init(contentsOfFile path: String, decoder: TextDecoder = TextDecoder()) throws(InputError) {
        let bytes = try Self.readAll(path, limit: decoder.maximumBytes)
        try self.init(bytes: bytes, name: path, decoder: decoder)
    }

    /// All bytes of `path` (or standard input for `-`), refusing more than `limit` bytes.
    private static func readAll(_ path: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw error(for: errno, path: path) }
        }
        defer { if path != "-" { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw error(for: errno, path: path) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(name: path) }
        let expected = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
        if expected > limit { throw .tooLarge(name: path, bytes: expected, limit: limit) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw error(for: errno, path: path)
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(name: path, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    private static func error(for code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return .missing(name: path)
        case EISDIR: return .isDirectory(name: path)
        default: return .unreadable(name: path, reason: String(cString: strerror(code)))
        }
    }
}
