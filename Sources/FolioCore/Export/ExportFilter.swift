import Foundation

/// Narrows a document to what the reader asked to export: one article, one tag, recent work.
/// All conditions given must hold; articles left without annotations are dropped.
public struct ExportFilter: Sendable, Hashable {
    /// Matches an article's relative path or its absolute file path.
    public var articlePath: String?
    /// Matches a tag on the annotation or on its article, ignoring case.
    public var tag: String?
    /// Keeps annotations created or modified at or after this moment.
    public var since: Date?

    public init(articlePath: String? = nil, tag: String? = nil, since: Date? = nil) {
        self.articlePath = articlePath
        self.tag = tag
        self.since = since
    }

    public func apply(to document: ExportDocument) -> ExportDocument {
        ExportDocument(articles: document.articles.compactMap { article in
            if let articlePath, article.relativePath != articlePath, article.file != articlePath {
                return nil
            }
            var article = article
            article.annotations = article.annotations.filter { matches($0, in: article) }
            return article.annotations.isEmpty ? nil : article
        })
    }

    func matches(_ annotation: Annotation, in article: ExportedArticle) -> Bool {
        if let tag {
            let wanted = tag.lowercased()
            guard (annotation.tags + article.metadata.tags).contains(where: { $0.lowercased() == wanted }) else { return false }
        }
        if let since, max(annotation.created, annotation.modified) < since {
            return false
        }
        return true
    }
}
