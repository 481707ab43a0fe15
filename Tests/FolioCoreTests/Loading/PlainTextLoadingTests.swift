import Testing
@testable import FolioCore

/// The plain-text rules on text shaped like other sites, not just the two samples.
@Suite struct PlainTextLoadingTests {
    func parse(_ text: String) -> ParsedArticle { PlainTextArticleParser().parse(text) }

    @Test func bylineBulletsAndNestedItems() {
        let parsed = parse("""
        Skip to content
        Menu

        Cities Race to Cool Their Streets
        By Ana Souza, Climate Desk

        Mayors are trying three things:

        • Painting roofs white
          – Cheap, fast
        • Planting trees
        * Misting stations

        Share this article
        """)
        #expect(parsed.metadata.title == "Cities Race to Cool Their Streets")
        #expect(parsed.metadata.author == "Ana Souza")
        #expect(parsed.body.map(\.kind) == [
            .paragraph, .listItem(marker: "•", depth: 0), .listItem(marker: "–", depth: 1),
            .listItem(marker: "•", depth: 0), .listItem(marker: "*", depth: 0),
        ])
        #expect(parsed.body[1].text == "Painting roofs white")
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let parsed = parse("""
        A Note on Wrapping

        This paragraph was wrapped at a fixed width by an old mail client, so
        its sentences run across several lines that should be read as one
        paragraph again.

        Second paragraph.
        """)
        #expect(parsed.body.map(\.text) == [
            "This paragraph was wrapped at a fixed width by an old mail client, so its sentences run across several lines that should be read as one paragraph again.",
            "Second paragraph.",
        ])
    }

    @Test func paywallListCookieNoticeAndNeighbouringLabels() {
        let parsed = parse("""
        Markets Brace for Rate Decision

        Traders expect a pause, the bank’s governor said on Monday.

        Subscribe to read the full story and get:
        - Daily briefings
        - Full archive

        We use cookies to improve your experience. By continuing to browse you accept.
        Accept all
        Manage
        Tags: economy, rates
        """)
        #expect(parsed.body.map(\.text) == ["Traders expect a pause, the bank’s governor said on Monday."])
        #expect(parsed.metadata.tags == ["economy", "rates"])
    }

    @Test func repeatedBlocksKeepTheFirst() {
        let bio = "Dana Levi is a reporter covering energy and climate policy in the eastern Mediterranean."
        let parsed = parse("Energy Deal Signed\n\nThe deal was signed.\n\n\(bio)\n\n\(bio) She lives in Haifa.\n")
        #expect(parsed.body.map(\.text) == ["The deal was signed.", bio])
        #expect(parsed.metadata.author == "Dana Levi")
    }

    @Test func noTitleFallsBackToFileName() {
        let article = ArticleLoader().makeArticle(
            bytes: Array("It began, as these things do, with a letter.".utf8),
            file: "/lib/the_letter.txt", relativePath: "the_letter.txt", format: .plainText
        )
        #expect(article.title == "The letter")
        #expect(article.blocks.map(\.kind) == [.title, .paragraph])
    }

    @Test func typographicNoBreakSpacesAreKept() {
        let parsed = parse("Title Line\n\nIl a dit\u{00A0}: «\u{00A0}oui\u{00A0}» à 10\u{00A0}km,\u{00A0} puis\u{00A0}rien.")
        #expect(parsed.body.first?.text == "Il a dit\u{00A0}: «\u{00A0}oui\u{00A0}» à 10\u{00A0}km, puis rien.")
    }
}
