import Foundation

/// Runs the built `nsumm` binary for the end-to-end tests: it lives next to the test bundle,
/// whatever build folder (`.build`, `.build-asan`, …) the tests were built in.
struct NsummRunner {
    /// What a run printed and how it ended.
    struct Result {
        let status: Int32
        let stdout: Data
        let stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `nsumm` executable beside the running test bundle.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("nsumm")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: ".build/debug/nsumm")
    }()

    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `nsumm arguments…` with `input` on standard input, in `directory` (the repository
    /// root by default). Output goes through temporary files, so no pipe can fill up and block.
    static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Result {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["stdin", "stdout", "stderr"].map { folder.appendingPathComponent($0) }
        try (input ?? Data()).write(to: paths[0])
        for path in paths.dropFirst() { try Data().write(to: path) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        process.standardInput = input == nil ? FileHandle.nullDevice : try FileHandle(forReadingFrom: paths[0])
        process.standardOutput = try FileHandle(forWritingTo: paths[1])
        process.standardError = try FileHandle(forWritingTo: paths[2])
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: try Data(contentsOf: paths[1]),
            stderr: String(decoding: try Data(contentsOf: paths[2]), as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nsumm-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
