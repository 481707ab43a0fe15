import Foundation

/// Everything an export needs, as plain values, so exporters never touch the store or the disk.
public struct ExportDocument: Sendable, Hashable {
    public var articles: [ExportedArticle]

    public init(articles: [ExportedArticle]) {
        self.articles = articles
    }

    public var annotationCount: Int { articles.reduce(0) { $0 + $1.annotations.count } }
}

/// One article with the reader's annotations on it.
public struct ExportedArticle: Sendable, Hashable {
    /// Absolute path; becomes the `file://` URL the W3C target and Markdown link point at.
    public var file: String
    /// Path relative to the library folder, which is how the store files annotations.
    public var relativePath: String
    public var fingerprint: String
    public var metadata: ArticleMetadata
    /// The cleaned `Article.text`, which every annotation offset counts scalars in.
    public var text: String
    public var annotations: [Annotation]

    public init(
        file: String,
        relativePath: String,
        fingerprint: String,
        metadata: ArticleMetadata,
        text: String,
        annotations: [Annotation]
    ) {
        self.file = file
        self.relativePath = relativePath
        self.fingerprint = fingerprint
        self.metadata = metadata
        self.text = text
        self.annotations = annotations
    }

    public init(article: Article, annotations: [Annotation]) {
        self.init(
            file: article.file,
            relativePath: article.relativePath,
            fingerprint: article.fingerprint,
            metadata: article.metadata,
            text: article.text,
            annotations: annotations
        )
    }

    /// The `file://` URL of `file`, percent-encoded so it is a valid IRI in every format
    /// (computed without touching the disk).
    public var fileURL: String {
        URL(fileURLWithPath: file, isDirectory: false).absoluteString
    }

    /// Anchored highlights in reading order (ties broken by end, then id, so output is stable).
    public var anchoredInDocumentOrder: [Annotation] {
        annotations.filter { !$0.isOrphaned }.sorted(by: ExportedArticle.documentOrder)
    }

    /// Orphaned highlights, oldest first: their positions no longer mean anything.
    public var orphans: [Annotation] {
        annotations.filter { $0.isOrphaned }.sorted { lhs, rhs in
            lhs.created != rhs.created ? lhs.created < rhs.created : lhs.id.uuidString < rhs.id.uuidString
        }
    }

    /// All highlights: anchored ones in reading order, then orphans.
    public var annotationsInExportOrder: [Annotation] { anchoredInDocumentOrder + orphans }

    /// By start, then end, then id. The id's text is built only for a tie: a tuple of the three
    /// would build two strings for every comparison of a 100,000-highlight sort.
    static func documentOrder(_ lhs: Annotation, _ rhs: Annotation) -> Bool {
        let left = lhs.anchor.position
        let right = rhs.anchor.position
        if left.start != right.start { return left.start < right.start }
        if left.end != right.end { return left.end < right.end }
        return lhs.id.uuidString < rhs.id.uuidString
    }
}
