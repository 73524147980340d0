import Foundation

/// A fresh temporary folder to run the built `nsumm` binary in (through ``NsummRunner``), with
/// helpers to put files there and read what the commands wrote.
struct CommandRunner {
    /// What a run printed and returned.
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The folder the commands run in; removed by ``cleanUp()``.
    let folder: URL

    init() throws {
        folder = try NsummRunner.temporaryFolder()
    }

    /// Runs `nsumm arguments…` in ``folder``.
    func run(_ arguments: [String]) throws -> Outcome {
        let result = try NsummRunner.run(arguments, in: folder)
        return Outcome(status: result.status, stdout: result.output, stderr: result.stderr)
    }

    /// Writes `text` to `name` in the folder.
    func write(_ text: String, to name: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The text of `name` in the folder, or nil when it does not exist.
    func read(_ name: String) -> String? {
        (try? Data(contentsOf: folder.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names of the files in the folder, sorted.
    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }
}
