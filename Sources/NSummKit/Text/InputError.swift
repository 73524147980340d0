/// Why an input could not be read as text. Each case names the input and, where it is known,
/// the position, and its description says what to do about it.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input does not exist.
    case missing(name: String)
    /// The input is a directory where a file was expected.
    case isDirectory(name: String)
    /// The input exists but cannot be opened or read; `reason` is the system's word for it.
    case unreadable(name: String, reason: String)
    /// The input is larger than the configured limit.
    case tooLarge(name: String, bytes: Int, limit: Int)
    /// The bytes are not valid UTF-8 from `position` on.
    case invalidUTF8(name: String, position: TextPosition)
    /// The input holds a NUL byte at `position`: it is binary, not text.
    case nulByte(name: String, position: TextPosition)
    /// The encoding asked for is not one ICU knows.
    case unknownEncoding(name: String, encoding: String)
    /// The input has a byte at `byteOffset` that is not valid in `encoding`.
    case invalidInEncoding(name: String, encoding: String, byteOffset: Int)

    /// The input this error is about.
    public var name: String {
        switch self {
        case .missing(let name), .isDirectory(let name), .unreadable(let name, _),
            .tooLarge(let name, _, _), .invalidUTF8(let name, _), .nulByte(let name, _),
            .unknownEncoding(let name, _),
            .invalidInEncoding(let name, _, _):
            return name
        }
    }

    /// One line for a person: what went wrong, where, and what to do.
    public var description: String {
        switch self {
        case .missing(let name):
            return "\(name): no such file; check the path"
        case .isDirectory(let name):
            return "\(name): is a directory; name the files inside it"
        case .unreadable(let name, let reason):
            return "\(name): cannot be read (\(reason)); check that it is a readable file and you may read it"
        case .tooLarge(let name, let bytes, let limit):
            return "\(name): is \(bytes) bytes, more than the limit of \(limit) bytes; "
                + "split it or raise the limit with --max-input-bytes"
        case .invalidUTF8(let name, let position):
            return "\(name): \(position): invalid UTF-8; if the file is in another encoding, "
                + "name it (--encoding windows-1252) or let nsumm detect it (--encoding auto)"
        case .nulByte(let name, let position):
            return "\(name): \(position): NUL byte; this looks like a binary file, not text"
        case .unknownEncoding(let name, let encoding):
            return "\(name): unknown encoding '\(encoding)'; use a name such as utf-8, windows-1252, "
                + "iso-8859-1 or utf-16le, or auto"
        case .invalidInEncoding(let name, let encoding, let offset):
            return "\(name): byte \(offset) is not valid \(encoding); check the --encoding you gave"
        }
    }
}

/// A place in an input: line and column (both from 1, the column in Unicode scalars) and the
/// byte offset.
public struct TextPosition: Sendable, Hashable, CustomStringConvertible {
    /// Line number, from 1.
    public let line: Int
    /// Column in Unicode scalars, from 1.
    public let column: Int
    /// Byte offset from the start of the input, from 0.
    public let byteOffset: Int

    /// Creates a position.
    public init(line: Int, column: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    /// The position of `byteOffset` in `bytes`, counting lines and columns up to it.
    init(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var column = 1
        for index in 0..<min(byteOffset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.init(line: line, column: column, byteOffset: byteOffset)
    }

    /// `line L, column C (byte B)`.
    public var description: String {
        "line \(line), column \(column) (byte \(byteOffset))"
    }
}
