import Testing
@testable import FolioCore

@Suite struct ArticleTests {
    @Test func blocksArePositionedInTheJoinedText() {
        let article = Article(
            file: "a.txt", relativePath: "a.txt", format: .plainText,
            metadata: ArticleMetadata(title: "Title"),
            blocks: [Block(kind: .title, text: "Title"), Block(kind: .paragraph, text: "Iran’s view.")],
            raw: "", fingerprint: ContentFingerprint.of(Array("x".utf8))
        )
        #expect(article.text == "Title\n\nIran’s view.")
        #expect(article.blocks[1].start == 7)
        #expect(article.blocks[1].end == article.text.unicodeScalars.count)
        #expect(article.blockIndex(containing: 8) == 1)
        #expect(article.blockIndex(containing: 6) == 0)
    }

    @Test func fingerprintIsStableFNV1a() {
        #expect(ContentFingerprint.of([UInt8]()) == "cbf29ce484222325")
        #expect(ContentFingerprint.of(Array("a".utf8)) == "af63dc4c8601ec8c")
    }
}
