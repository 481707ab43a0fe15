/// What an article says about itself, from front matter or from the shape of web-copied text.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    public var title: String
    public var author: String?
    public var source: String?
    /// A column or kicker above the title, such as "Iran Pulse".
    public var section: String?
    public var date: String?
    public var url: String?
    public var summary: String?
    public var tags: [String]

    public init(
        title: String,
        author: String? = nil,
        source: String? = nil,
        section: String? = nil,
        date: String? = nil,
        url: String? = nil,
        summary: String? = nil,
        tags: [String] = []
    ) {
        self.title = title
        self.author = author
        self.source = source
        self.section = section
        self.date = date
        self.url = url
        self.summary = summary
        self.tags = tags
    }
}
