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
        // Read straight into the array, growing it when the file turns out longer (pipes,
        // files that grow while read).
        var bytes = [UInt8]()
        var capacity = max(expected + 1, 1 << 16)
        var filled = 0
        while true {
            if filled == capacity { capacity *= 2 }
            var failure: Int32 = 0
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                let copied = previous.withUnsafeBufferPointer {
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer($0))
                    return $0.count
                }
                initialized = copied
                while initialized < capacity {
                    let count = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                    if count == 0 { break }
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    initialized += count
                }
            }
            if failure != 0 { throw error(for: failure, path: path) }
            if bytes.count > limit { throw .tooLarge(name: path, bytes: bytes.count, limit: limit) }
            if bytes.count < capacity { break }
            filled = bytes.count
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
