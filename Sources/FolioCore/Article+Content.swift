/// The lighter forms of an article that a large library keeps in memory (see `ArticleContent`).
extension Article {
    /// Whether the blocks and the raw file are here, so the article can be shown (perhaps only
    /// its opening part).
    public var hasBody: Bool { content == .full || content == .opening }

    /// Whether this is the whole article: only then is its fingerprint known and are annotations
    /// anchored in its text.
    public var isComplete: Bool { content == .full }

    /// This article without its blocks and raw file, which are rebuilt from the file when opened.
    /// An entry for a file that could not be read stays whole: it is small and shows why.
    public func summarized() -> Article {
        guard content == .full, loadError == nil else { return self }
        var summary = self
        summary.blocks = []
        summary.raw = ""
        summary.warnings = []
        summary.content = .summary
        return summary
    }

    /// A stand-in for a file found but not read yet, titled from its name.
    public static func placeholder(for file: LibraryFile) -> Article {
        var article = Article(
            file: file.path, relativePath: file.relativePath, format: ArticleLoader.format(of: file.path),
            metadata: ArticleMetadata(title: TextSanitizer.sanitize(ArticleLoader.title(fromFileName: file.path), keepNewlines: false).text),
            blocks: [], raw: "", fingerprint: ""
        )
        article.text = ""
        article.content = .placeholder
        return article
    }

    /// An article known from the cache: metadata, counts and, for a `.summary`, text and quotations.
    static func cached(
        file: LibraryFile, format: ArticleFormat, metadata: ArticleMetadata, fingerprint: String,
        loadError: ArticleLoadError?, quotationCount: Int, text: String?, quotations: [Quotation]?
    ) -> Article {
        var article = Article(
            file: file.path, relativePath: file.relativePath, format: format, metadata: metadata,
            blocks: [], raw: "", loadError: loadError, fingerprint: fingerprint
        )
        if let text, let quotations {
            article.text = text
            article.quotations = quotations
            article.content = .summary
        } else {
            article.text = ""
            article.quotationCount = quotationCount
            article.content = .listing
        }
        return article
    }
}
