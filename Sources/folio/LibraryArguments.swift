import ArgumentParser
import FolioCore
import Foundation

/// The files and folders a command reads articles from.
struct LibraryArguments: ParsableArguments {
    @Argument(help: "Article files or folders (default: ./Articles).", completion: .file())
    var paths: [String] = []

    var resolvedPaths: [String] { paths.isEmpty ? ["Articles"] : paths }

    /// True when the only path given is a file: the reader then opens it straight away.
    var opensSingleFile: Bool {
        var isDirectory: ObjCBool = false
        return paths.count == 1 && FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func loadArticles() -> [Article] {
        ArticleLoader().load(paths: resolvedPaths)
    }
}
