#if canImport(Glibc)
import Glibc
#endif

/// Writes output files so that nobody ever sees half of one and nothing is lost: the bytes go
/// to a temporary file in the target's folder, are flushed to disk, and then take the target's
/// name in one step. An existing file is replaced only with `force`, and an input of the run
/// never, even with `force`.
///
/// ```swift
/// let writer = AtomicFileWriter(force: false, inputs: ["artikel.txt"])
/// try writer.write(bytes, to: "artikel.xlf")     // OutputError.exists if it is there already
/// ```
struct AtomicFileWriter {
    /// Whether an existing file may be replaced.
    let force: Bool
    /// Device and inode of every input, which no output may replace.
    private let inputs: Set<FileIdentity>

    /// A writer that protects `inputs` (paths; missing ones are ignored).
    init(force: Bool, inputs: [String]) {
        self.force = force
        self.inputs = Set(inputs.compactMap(FileIdentity.init(path:)))
    }

    /// Fails early, before any work, when `path` could not be written: it exists (without
    /// `force`), it is an input or a folder, or its folder is missing.
    func check(_ path: String) throws(OutputError) {
        if let identity = FileIdentity(path: path) {
            if identity.isDirectory { throw .isDirectory(path: path) }
            if inputs.contains(identity) { throw .isInput(path: path) }
            if !force { throw .exists(path: path) }
        }
        var status = stat()
        let folder = Self.folder(of: path)
        guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotCreate(path: path, reason: "folder \(folder) does not exist")
        }
    }

    /// Writes `bytes` to `path` atomically.
    func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        try check(path)
        let temporary = try writeTemporary(bytes, beside: path)
        if force {
            guard rename(temporary, path) == 0 else {
                let reason = Self.systemError()
                unlink(temporary)
                throw .cannotCreate(path: path, reason: reason)
            }
            return
        }
        // link() fails if the name exists, so no file that appeared meanwhile is replaced.
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let code = errno
        if code == EEXIST {
            unlink(temporary)
            throw .exists(path: path)
        }
        // File systems without hard links: fall back to a check and a rename.
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == ENOSYS,
            access(path, F_OK) != 0, rename(temporary, path) == 0
        else {
            unlink(temporary)
            throw .cannotCreate(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// Writes `bytes` to a new hidden file in `path`'s folder, flushed to disk, and returns its
    /// path.
    private func writeTemporary(_ bytes: [UInt8], beside path: String) throws(OutputError) -> String {
        let folder = Self.folder(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            temporary = "\(folder)/.\(name).\(String(UInt32.random(in: 0...UInt32.max), radix: 36)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: Self.systemError()) }
        var offset = 0
        var failure: String? = nil
        bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Self.systemError()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = Self.systemError() }
        if close(descriptor) != 0 && failure == nil { failure = Self.systemError() }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path: path, reason: failure)
        }
        return temporary
    }

    /// The folder part of `path` (`.` for a bare name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

/// Why an output file could not be written.
enum OutputError: Error, CustomStringConvertible {
    /// The file exists and `--force` was not given.
    case exists(path: String)
    /// The path names one of the run's inputs.
    case isInput(path: String)
    /// The path names a folder.
    case isDirectory(path: String)
    /// The file cannot be created (no folder, no permission).
    case cannotCreate(path: String, reason: String)
    /// Writing failed midway (disk full, I/O error); nothing was replaced.
    case writeFailed(path: String, reason: String)

    /// One line: what went wrong and what to do.
    var description: String {
        switch self {
        case .exists(let path):
            return "\(path): exists; pass --force to replace it or choose another name with -o"
        case .isInput(let path):
            return "\(path): is one of the inputs; choose another output name with -o"
        case .isDirectory(let path):
            return "\(path): is a folder; name a file"
        case .cannotCreate(let path, let reason):
            return "\(path): cannot be created (\(reason)); check the folder and its permissions"
        case .writeFailed(let path, let reason):
            return "\(path): writing failed (\(reason)); nothing was replaced"
        }
    }

    /// 73 when the file cannot be created, 74 when writing failed.
    var status: ExitStatus {
        if case .writeFailed = self { return .ioError }
        return .cannotCreate
    }
}

/// A file's device and inode, which tell whether two paths name the same file.
private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
    let isDirectory: Bool

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        isDirectory = status.st_mode & S_IFMT == S_IFDIR
    }
}
