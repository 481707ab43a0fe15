import Testing
@testable import FolioCore

/// The articles written for the sample library load cleanly with the structure they were written with.
@Suite struct LibraryArticleLoadingTests {
    let articles = ArticleLoader().load(paths: [SampleArticleLoadingTests.articles])

    func article(_ name: String) throws -> Article {
        try #require(articles.first { $0.relativePath == name })
    }

    @Test func everyArticleLoadsWithoutWarnings() {
        #expect(articles.count >= 5)
        for article in articles {
            #expect(article.loadError == nil, "\(article.relativePath)")
            #expect(article.warnings.isEmpty, "\(article.relativePath): \(article.warnings)")
            #expect(article.metadata.author != nil, "\(article.relativePath)")
        }
    }

    @Test func markdownArticle() throws {
        let article = try article("port-halden-flood-barrier-debate.md")
        #expect(article.format == .markdown)
        #expect(article.metadata.source == "The Coastal Ledger")
        #expect(article.metadata.tags.count == 4)
        let kinds = Set(article.blocks.map { "\($0.kind)".prefix(while: { $0 != "(" }) })
        #expect(kinds.isSuperset(of: ["title", "summary", "paragraph", "heading", "listItem", "blockQuote", "code", "rule"]))
        let styles = Set(article.blocks.flatMap(\.runs).map(\.style))
        #expect(styles.isSuperset(of: [.emphasis, .strong, .strikethrough, .link, .linkURL]))
    }

    @Test func longArticle() throws {
        let article = try article("city-sound-archive-race-to-save-tapes.txt")
        #expect(article.text.split(whereSeparator: \.isWhitespace).count >= 2500)
        #expect(article.metadata.section == "Culture & Memory")
        #expect(article.metadata.author == "Clara Mendel")
        #expect(article.metadata.tags.contains("oral history"))
        #expect(article.blocks.contains { $0.kind == .heading(level: 2) && $0.text == "How to choose" })
        for furniture in ["Skip to content", "Listen to this article", "12 min", "Most read", "Sign up", "Topics:"] {
            #expect(!article.text.contains(furniture), "\(furniture)")
        }
    }

    @Test func nonLatinArticle() throws {
        let article = try article("tehran-kyoto-poetry-translation-exchange.txt")
        #expect(article.text.contains("«آب را گل نکنیم»"))
        #expect(article.text.contains("「水を濁さないでおこう」"))
        #expect(article.text.contains("«الترجمة هي فن الإصغاء»"))
        #expect(article.text.unicodeScalars.contains { $0.properties.isEmojiPresentation })
        #expect(article.blocks.contains { $0.text == "«آب را گل نکنیم»" && $0.kind == .paragraph })
        #expect(!article.text.hasSuffix("Share"))
    }
}
