import FolioCore
import Foundation

/// Loads the one article a command names, failing with the loader's reason when it cannot.
enum ArticleArgument {
    /// A relative path that names nothing from here is looked up in the library's folders, so
    /// the names the reader and `folio list` show work from any folder; found there, the article
    /// gets the path within the library the reader gives it, and its annotations the same key.
    static func load(_ file: String, library: [String]) throws(ArticleLoadError) -> Article {
        let fileManager = FileManager.default
        var located = (path: file, root: String?.none)
        if !file.hasPrefix("/"), !fileManager.fileExists(atPath: file),
           let folder = library.first(where: { fileManager.fileExists(atPath: (($0 as NSString).appendingPathComponent(file))) }) {
            located = ((folder as NSString).appendingPathComponent(file), folder)
        }
        let article = ArticleLoader().loadFile(at: located.path, root: located.root)
        if let error = article.loadError { throw error }
        return article
    }
}
