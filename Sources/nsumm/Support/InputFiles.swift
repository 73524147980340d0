#if canImport(Glibc)
import Glibc
#endif
import NSummKit

/// The inputs a command line names, with folders expanded: every file whose name ends with
/// the wanted extension, found recursively and sorted by path, in place of the folder.
///
/// ```swift
/// InputFiles.expand(["a.txt", "berita/"], fileExtension: "txt")
/// // [.file("a.txt"), .file("berita/2024/x.txt"), .file("berita/y.txt")]
/// ```
///
/// Hidden files and folders (names starting with `.`) are skipped, and symbolic links to
/// folders are not followed (so a link cannot make a loop); links to files are. A folder that
/// cannot be read, or holds no matching file, becomes a ``Item/failure(_:_:)`` item, so the
/// other inputs are still processed.
enum InputFiles {
    /// One input.
    enum Item: Sendable {
        /// A file to read (`-` for standard input).
        case file(String)
        /// A named input that cannot be used, with the message and status to report.
        case failure(String, InputError)
    }

    /// The inputs in order, folders replaced by their files.
    static func expand(_ arguments: [String], fileExtension: String) -> [Item] {
        var items: [Item] = []
        for argument in arguments {
            guard argument != "-", isDirectory(argument, followingLinks: true) else {
                items.append(.file(argument))
                continue
            }
            var found: [(path: String, error: InputError?)] = []
            collect(argument, suffix: "." + fileExtension, into: &found)
            if found.isEmpty {
                items.append(
                    .failure(argument, .unreadable(name: argument, reason: "it holds no *.\(fileExtension) file")))
            }
            items += found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map { entry in
                entry.error.map { .failure(entry.path, $0) } ?? .file(entry.path)
            }
        }
        return items
    }

    /// Adds the matching files under `directory` to `found`, and each folder that cannot be
    /// listed with its error.
    private static func collect(_ directory: String, suffix: String, into found: inout [(path: String, error: InputError?)]) {
        guard let stream = opendir(directory) else {
            found.append((directory, .unreadable(name: directory, reason: String(cString: strerror(errno)))))
            return
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(stream)
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names {
            let path = base + name
            if isDirectory(path, followingLinks: false) {
                collect(path, suffix: suffix, into: &found)
            } else if name.hasSuffix(suffix) && isRegularFile(path) {
                found.append((path, nil))
            }
        }
    }

    private static func isDirectory(_ path: String, followingLinks: Bool) -> Bool {
        var status = stat()
        let result = followingLinks ? stat(path, &status) : lstat(path, &status)
        return result == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}
