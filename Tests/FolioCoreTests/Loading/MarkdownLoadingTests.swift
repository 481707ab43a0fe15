import Testing
@testable import FolioCore

/// Markdown articles: front matter, Ink's HTML turned into blocks and runs, robustness.
@Suite struct MarkdownLoadingTests {
    func article(_ text: String) -> Article {
        ArticleLoader().makeArticle(bytes: Array(text.utf8), file: "/lib/piece.md", relativePath: "piece.md", format: .markdown)
    }

    func slice(_ block: Block, _ run: InlineRun) -> String {
        String(String.UnicodeScalarView(Array(block.text.unicodeScalars)[run.range]))
    }

    static let sample = """
    ---
    title: "Water Talks Resume"
    author: Leila Farahani
    source: The Delta Review
    date: 2024-03-18
    url: https://example.org/water-talks
    tags: [water, diplomacy, "Nile basin"]
    ---
    # Water Talks Resume

    The envoy said *nothing* was **agreed**, and the map used `EPSG:4326` ~~yesterday~~.
    See [the report](https://example.org/report) &amp; notes.

    ## What was said

    > “We are closer than we were,” said the minister.

    - first point
    - second point
      - nested point

    1. one
    2. two

    ```
    line one
      line two
    ```

    ---

    ![Dam at dusk](dam.jpg)
    """

    @Test func frontMatterFields() {
        let loaded = article(Self.sample)
        #expect(loaded.title == "Water Talks Resume")
        #expect(loaded.metadata.author == "Leila Farahani")
        #expect(loaded.metadata.source == "The Delta Review")
        #expect(loaded.metadata.date == "2024-03-18")
        #expect(loaded.metadata.url == "https://example.org/water-talks")
        #expect(loaded.metadata.tags == ["water", "diplomacy", "Nile basin"])
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.format == .markdown)
    }

    @Test func bodyBlocks() {
        let blocks = article(Self.sample).blocks
        #expect(blocks.map(\.kind) == [
            .title, .paragraph, .heading(level: 2), .blockQuote,
            .listItem(marker: "•", depth: 0), .listItem(marker: "•", depth: 0), .listItem(marker: "◦", depth: 1),
            .listItem(marker: "1.", depth: 0), .listItem(marker: "2.", depth: 0), .code, .rule, .paragraph,
        ])
        #expect(blocks.filter { $0.text == "Water Talks Resume" }.count == 1)
        #expect(blocks[3].text == "“We are closer than we were,” said the minister.")
        #expect(blocks[6].text == "nested point")
        #expect(blocks[9].text == "line one\n  line two")
        #expect(blocks[11].text == "[image: Dam at dusk]")
    }

    @Test func inlineRuns() throws {
        let paragraph = article(Self.sample).blocks[1]
        #expect(paragraph.text == "The envoy said nothing was agreed, and the map used EPSG:4326 yesterday. See the report (https://example.org/report) & notes.")
        let styled = Dictionary(paragraph.runs.map { ($0.style, slice(paragraph, $0)) }, uniquingKeysWith: { a, _ in a })
        #expect(styled[.emphasis] == "nothing")
        #expect(styled[.strong] == "agreed")
        #expect(styled[.code] == "EPSG:4326")
        #expect(styled[.strikethrough] == "yesterday")
        #expect(styled[.link] == "the report")
        #expect(styled[.linkURL] == "https://example.org/report")
    }

    @Test func titleFromFirstHeadingWithoutFrontMatter() {
        let loaded = article("Intro line.\n\n# Real Title\n\nBody.")
        #expect(loaded.title == "Real Title")
        #expect(loaded.blocks.map(\.text) == ["Real Title", "Intro line.", "Body."])
        #expect(article("Just text.").title == "Piece")
    }

    @Test func badYAMLIsReportedAndShown() {
        let loaded = article("---\ntitle: [unclosed\nauthor: : :\n---\n# Heading\n\nBody.")
        #expect(loaded.warnings.map(\.kind) == [.frontMatter])
        #expect(loaded.title == "Heading")
        #expect(loaded.blocks[1].kind == .code)
        #expect(loaded.blocks[1].text.contains("title: [unclosed"))
        let scalarOnly = article("---\njust a sentence\n---\nBody.")
        #expect(scalarOnly.warnings.map(\.kind) == [.frontMatter])
    }

    @Test func hugeAndDeepFrontMatterAreBounded() {
        let deep = article("---\ntitle: " + String(repeating: "[", count: 5000) + "\n---\nBody.")
        #expect(deep.warnings.first?.message.contains("deeper") == true)
        let long = article("---\n" + (0..<2000).map { "k\($0): v" }.joined(separator: "\n") + "\n---\nBody.")
        #expect(long.warnings.first?.kind == .frontMatter)
        #expect(long.text.contains("k1999: v"))
    }

    @Test func deeplyNestedMarkdownDoesNotOverflow() {
        let lists = (0..<3000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        let quotes = String(repeating: ">", count: 20000) + " deep"
        let emphasis = String(repeating: "*", count: 20000) + "x" + String(repeating: "*", count: 20000)
        let html = String(repeating: "<div>", count: 20000) + "inside" + String(repeating: "</div>", count: 20000)
        for text in [lists, quotes, emphasis, html] {
            let loaded = article(text)
            #expect(loaded.blocks.count >= 2)
        }
        let depths = article(lists).blocks.compactMap { block -> Int? in
            if case .listItem(_, let depth) = block.kind { return depth } else { return nil }
        }
        #expect((depths.max() ?? 0) <= HTMLBlockBuilder.maxDepth)
    }

    @Test func htmlTokenizerIsForgiving() {
        let blocks = HTMLBlockBuilder.blocks(fromHTML: "<p>a < b &amp;&#x41;&#65;&bogus; <!-- c --><script>x()</script>end<p")
        #expect(blocks.map(\.text) == ["a < b &AA&bogus; end<p"])
    }
}
