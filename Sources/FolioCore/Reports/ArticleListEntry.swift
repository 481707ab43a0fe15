/// One row of `folio list --json`: enough to pick an article without loading it in full.
public struct ArticleListEntry: Sendable, Hashable, Codable {
    public var file: String
    public var title: String
    public var author: String?
    public var quotes: Int
    public var warnings: [String]
    public var error: String?

    public init(_ article: Article) {
        file = article.file
        title = article.metadata.title
        author = article.metadata.author
        quotes = article.quotations.count
        warnings = article.warnings.map(\.message)
        error = article.loadError?.reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(error, forKey: .error)
    }
}
