import ArgumentParser
import FolioCore
import FolioUI
import Foundation

/// The files and folders a command reads articles from.
struct LibraryArguments: ParsableArguments {
    @Argument(help: "Article files or folders (default: the config's library, ./Articles unless set).", completion: .file())
    var paths: [String] = []

    /// The paths given, else the library the config names.
    func resolvedPaths(in config: FolioConfig) -> [String] {
        paths.isEmpty ? config.library : paths
    }

    /// True when the only path given is a file: the reader then opens it straight away.
    var opensSingleFile: Bool {
        var isDirectory: ObjCBool = false
        return paths.count == 1 && FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func loadArticles(in config: FolioConfig) -> [Article] {
        ArticleLoader().load(paths: resolvedPaths(in: config))
    }
}
