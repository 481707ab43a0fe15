import ArgumentParser
import FolioCore

/// The files and folders a command reads articles from.
struct LibraryArguments: ParsableArguments {
    @Argument(help: "Article files or folders (default: ./Articles).", completion: .file())
    var paths: [String] = []

    var resolvedPaths: [String] { paths.isEmpty ? ["Articles"] : paths }

    func loadArticles() -> [Article] {
        ArticleLoader().load(paths: resolvedPaths)
    }
}
