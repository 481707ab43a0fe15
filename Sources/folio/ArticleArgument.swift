import FolioCore

/// Loads the one article a command names, failing with the loader's reason when it cannot.
enum ArticleArgument {
    static func load(_ file: String) throws -> Article {
        guard let article = ArticleLoader().load(paths: [file]).first else {
            throw ArticleLoadError(file: file, reason: "no article found")
        }
        if let error = article.loadError { throw error }
        return article
    }
}
