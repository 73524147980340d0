import Foundation
import PackagePlugin

/// Build-tool plugin that compiles the data files under `Lexicons/` into the library as Swift
/// source, so an `nsumm` binary copied anywhere still has its lexicons.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "Lexicons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding lexicons from \(root.path)",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [root.path, output.path],
                inputFiles: lexiconFiles(under: root),
                outputFiles: [output]
            )
        ]
    }

    /// `root`, every folder and every regular file below it: editing a file re-runs the
    /// embedder, and so does adding or removing one (which changes its folder).
    private func lexiconFiles(under root: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey])
        else { return [root] }
        return [root] + walker.compactMap { item in
            guard let url = item as? URL,
                let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey]),
                values.isRegularFile == true || values.isDirectory == true
            else { return nil }
            return url
        }.sorted { $0.path < $1.path }
    }
}
