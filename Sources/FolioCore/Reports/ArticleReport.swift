/// The machine-readable form of one article that `folio show --json` prints.
///
/// `text` is the cleaned text every offset counts Unicode scalars in; `paragraphs` are the
/// summary and body blocks, in order, as they appear in `text`.
public struct ArticleReport: Sendable, Hashable, Codable {
    public var file: String
    public var title: String
    public var author: String?
    public var source: String?
    public var section: String?
    public var date: String?
    public var summary: String?
    public var tags: [String]
    public var warnings: [String]
    public var error: String?
    public var paragraphs: [String]
    public var text: String

    public init(_ article: Article) {
        file = article.file
        title = article.metadata.title
        author = article.metadata.author
        source = article.metadata.source
        section = article.metadata.section
        date = article.metadata.date
        summary = article.metadata.summary
        tags = article.metadata.tags
        warnings = article.warnings.map(\.message)
        error = article.loadError?.reason
        paragraphs = article.blocks.filter { $0.kind != .title }.map(\.text)
        text = article.text
    }

    // Encodes nil fields as null so every key is always present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(source, forKey: .source)
        try container.encode(section, forKey: .section)
        try container.encode(date, forKey: .date)
        try container.encode(summary, forKey: .summary)
        try container.encode(tags, forKey: .tags)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(error, forKey: .error)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(text, forKey: .text)
    }
}
