#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file checked by a ``TextDecoder``, for ``NSumm/segment(_:inBatchesOf:_:)-(TextFile,_,_)``.
///
/// A regular file that is UTF-8 (``TextEncoding/utf8`` or ``TextEncoding/automatic``) is checked
/// a piece at a time and never held whole in memory: segmenting reads it again, piece by piece,
/// each piece ending at a blank line. Everything else (standard input, a pipe, a file in another
/// encoding or with a problem to report) is read whole into a ``SourceText``, with the same errors
/// as ``SourceText/init(contentsOfFile:decoder:)``. Either way the whole input is checked before
/// any of it is segmented.
public struct TextFile: Sendable {
    private enum Content {
        /// A clean UTF-8 regular file, to be read again in pieces.
        case pieces(path: String, limit: Int)
        /// Any other input, read whole.
        case whole(SourceText)
    }

    private let content: Content

    /// Opens and checks `path` (`-` reads standard input) with `decoder`.
    public init(contentsOfFile path: String, decoder: TextDecoder = TextDecoder()) throws(InputError) {
        if path != "-", decoder.encoding.acceptsUTF8, Self.isCleanUTF8File(path, limit: decoder.maximumBytes) {
            content = .pieces(path: path, limit: decoder.maximumBytes)
        } else {
            content = .whole(try SourceText(contentsOfFile: path, decoder: decoder))
        }
    }

    /// Hands the text to `body` as one ``SourceText`` per piece, in order (one piece when the
    /// input was read whole). Reading a file again fails only when it changed or vanished since
    /// it was checked; the pieces before the failure have been handed on by then.
    func forEachPiece(_ body: (SourceText) -> Void) throws(InputError) {
        switch content {
        case .whole(let source):
            body(source)
        case .pieces(let path, let limit):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { throw SourceText.error(for: errno, path: path) }
            defer { close(descriptor) }
            try Self.forEachCheckedPiece(of: descriptor, path: path, limit: limit, body)
        }
    }

    /// Reads `descriptor` (opened on `path`) a piece at a time and hands each piece to `body`
    /// once it is checked; throws when the file grows past `limit` bytes, a piece is not UTF-8
    /// without NUL bytes, or a read fails.
    private static func forEachCheckedPiece(
        of descriptor: Int32, path: String, limit: Int, _ body: (SourceText) -> Void
    ) throws(InputError) {
        var reader = ParagraphPieceReader(descriptor: descriptor)
        var atFileStart = true
        while let piece = reader.next() {
            guard reader.bytesRead <= limit else { throw .tooLarge(name: path, bytes: reader.bytesRead, limit: limit) }
            guard let source = SourceText(piece: piece, name: path, atFileStart: atFileStart) else {
                throw .unreadable(name: path, reason: "it changed while it was read")
            }
            body(source)
            atFileStart = false
        }
        if reader.failure != 0 { throw SourceText.error(for: reader.failure, path: path) }
    }

    /// Whether `path` is a regular file of at most `limit` bytes of UTF-8 without NUL bytes, read
    /// a piece at a time. Any doubt answers false, and the caller reads the file whole, which
    /// reports what is wrong.
    private static func isCleanUTF8File(_ path: String, limit: Int) -> Bool {
        // Look before opening: opening a FIFO would wait for its writer, and the whole read
        // that follows could not open it again. (O_NONBLOCK covers a file swapped for a FIFO
        // in between; it changes nothing for a regular file.)
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit
        else { return false }
        return (try? forEachCheckedPiece(of: descriptor, path: path, limit: limit) { _ in }) != nil
    }
}

extension TextEncoding {
    /// Whether valid UTF-8 input is read as it is: true for ``utf8`` and ``automatic``.
    fileprivate var acceptsUTF8: Bool {
        if case .named = self { return false }
        return true
    }
}
