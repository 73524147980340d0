#if canImport(Glibc)
import Glibc
#endif
import NSummKit

/// Reads a file (or standard input, `-`) line by line in chunks of 1 MiB, so that a JSON Lines
/// stream of any size is read in constant memory.
///
/// ```swift
/// var reader = try LineReader(path: "artikel.jsonl", maximumLineBytes: 1 << 24)
/// while let line = try reader.next() { … line.number, line.bytes … }
/// ```
///
/// Lines end with LF; a CR before it is dropped, as is a UTF-8 byte-order mark at the start of
/// the stream. Blank lines are skipped (their numbers still count). A line longer than the
/// limit is not kept: its bytes are skipped and it comes back with ``Line/isTooLong`` set.
struct LineReader {
    /// One line of the input.
    struct Line: Sendable {
        /// The line number, from 1.
        let number: Int
        /// The line without its line break (empty when it is too long).
        let bytes: [UInt8]
        /// The line's length in bytes when it exceeded the limit, else nil.
        let tooLongBytes: Int?
    }

    /// The name used in messages.
    let name: String
    /// The size of the input when it is a regular file (for progress), else nil.
    let totalBytes: Int?
    /// How many bytes have been consumed so far.
    private(set) var bytesRead = 0
    private let descriptor: Int32
    private let maximumLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    /// Opens `path` for reading.
    init(path: String, maximumLineBytes: Int) throws(InputError) {
        name = path
        self.maximumLineBytes = maximumLineBytes
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw errno == ENOENT || errno == ENOTDIR
                    ? .missing(name: path) : .unreadable(name: path, reason: String(cString: strerror(errno)))
            }
        }
        var status = stat()
        if fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
            if path != "-" { Glibc.close(descriptor) }
            throw .isDirectory(name: path)
        }
        totalBytes = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        buffer = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    /// Closes the file (standard input stays open).
    func close() {
        if descriptor != STDIN_FILENO { Glibc.close(descriptor) }
    }

    /// The next non-blank line, or nil at the end of the input.
    mutating func next() throws(InputError) -> Line? {
        while true {
            guard let line = try nextLine() else { return nil }
            if line.tooLongBytes != nil || line.bytes.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                return line
            }
        }
    }

    private mutating func nextLine() throws(InputError) -> Line? {
        var skipped: Int? = nil
        while true {
            if let newline = findNewline() {
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = makeLine(start..<lineEnd, skipped: skipped)
                bytesRead += newline + 1 - start
                start = newline + 1
                return line
            }
            if end - start > maximumLineBytes {
                skipped = (skipped ?? 0) + (end - start)
                bytesRead += end - start
                start = 0
                end = 0
            }
            if atEnd {
                guard end > start || skipped != nil else { return nil }
                lineNumber += 1
                let line = makeLine(start..<end, skipped: skipped)
                bytesRead += end - start
                start = end
                return line
            }
            try fill()
        }
    }

    private func makeLine(_ range: Range<Int>, skipped: Int?) -> Line {
        if let skipped { return Line(number: lineNumber, bytes: [], tooLongBytes: skipped + range.count) }
        if range.count > maximumLineBytes { return Line(number: lineNumber, bytes: [], tooLongBytes: range.count) }
        var lower = range.lowerBound
        if lineNumber == 1 && buffer[range].starts(with: [0xEF, 0xBB, 0xBF]) { lower += 3 }
        return Line(number: lineNumber, bytes: Array(buffer[lower..<range.upperBound]), tooLongBytes: nil)
    }

    private func findNewline() -> Int? {
        guard end > start else { return nil }
        return buffer.withUnsafeBufferPointer { pointer in
            memchr(pointer.baseAddress! + start, 0x0A, end - start).map {
                UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - pointer.baseAddress!
            }
        }
    }

    /// Reads the next chunk, moving the unfinished line to the front of the buffer first.
    private mutating func fill() throws(InputError) {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { pointer in
                _ = memmove(pointer.baseAddress!, pointer.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if buffer.count - end < Self.chunkSize / 2 { buffer += [UInt8](repeating: 0, count: Self.chunkSize) }
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                read(descriptor, pointer.baseAddress! + end, pointer.count - end)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw .unreadable(name: name, reason: String(cString: strerror(errno))) }
            if count == 0 { atEnd = true }
            end += count
            return
        }
    }
}
