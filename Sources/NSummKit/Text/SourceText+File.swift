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
        // A regular file is read in one chunk of its size (plus one byte to see the end);
        // pipes and files that grow while read take further, doubling chunks.
        var (bytes, atEnd) = try readChunk(descriptor, capacity: max(expected + 1, 1 << 16), path: path)
        while !atEnd {
            if bytes.count > limit { throw .tooLarge(name: path, bytes: bytes.count, limit: limit) }
            let (more, end) = try readChunk(descriptor, capacity: bytes.count, path: path)
            bytes.append(contentsOf: more)
            atEnd = end
        }
        if bytes.count > limit { throw .tooLarge(name: path, bytes: bytes.count, limit: limit) }
        return bytes
    }

    /// Up to `capacity` bytes read straight into a new array, and whether the end came first.
    private static func readChunk(_ descriptor: Int32, capacity: Int, path: String) throws(InputError)
        -> (bytes: [UInt8], atEnd: Bool)
    {
        var failure: Int32 = 0
        var atEnd = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            (atEnd, failure) = fill(buffer, from: &initialized, reading: descriptor)
        }
        if failure != 0 { throw error(for: failure, path: path) }
        return (bytes, atEnd)
    }

    /// Reads from `descriptor` into `buffer` after its first `count` bytes until it is full or
    /// the input ends (`atEnd`), or a read fails (`failure`, the system's error code, else 0).
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from count: inout Int, reading descriptor: Int32)
        -> (atEnd: Bool, failure: Int32)
    {
        while count < buffer.count {
            let read = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            if read == 0 { return (true, 0) }
            if read < 0 {
                if errno == EINTR { continue }
                return (false, errno)
            }
            count += read
        }
        return (false, 0)
    }

    /// The ``InputError`` for the system's error `code` on `path`.
    static func error(for code: Int32, path: String) -> InputError {
        switch code {
        case ENOENT, ENOTDIR: return .missing(name: path)
        case EISDIR: return .isDirectory(name: path)
        default: return .unreadable(name: path, reason: String(cString: strerror(code)))
        }
    }
}
