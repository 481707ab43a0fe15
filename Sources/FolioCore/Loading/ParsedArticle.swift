/// What a format parser found: metadata (the title may still be empty) and the body blocks,
/// before the loader adds the title and summary blocks and sanitizes everything.
public struct ParsedArticle: Sendable, Hashable {
    public var metadata: ArticleMetadata
    public var body: [Block]
    public var warnings: [ArticleWarning]

    public init(metadata: ArticleMetadata, body: [Block], warnings: [ArticleWarning] = []) {
        self.metadata = metadata
        self.body = body
        self.warnings = warnings
    }
}
