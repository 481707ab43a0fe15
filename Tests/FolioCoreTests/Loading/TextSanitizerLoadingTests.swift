import Testing
@testable import FolioCore

/// Control characters and escape sequences reach the article only as visible, dimmed stand-ins.
@Suite struct TextSanitizerLoadingTests {
    /// What must never reach a terminal: C0 controls but line feed, DEL, C1, bidi overrides.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 && value != 0x0A || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    @Test func escapeSequenceBecomesVisibleText() {
        let result = TextSanitizer.sanitize("red \u{1B}[31mALERT\u{1B}[0m done")
        #expect(result.text == "red ␛[31mALERT␛[0m done")
        #expect(result.placeholders == [4..<9, 14..<18])
        #expect(result.replacedCount == 2)
    }

    @Test func oscClipboardWriteAndBell() {
        let result = TextSanitizer.sanitize("x\u{1B}]52;c;aGVsbG8=\u{07}y\u{07}")
        #expect(result.text == "x␛]52;c;aGVsbG8=␇y␇")
        #expect(result.placeholders == [1..<17, 18..<19])
        #expect(result.replacedCount == 3)
    }

    @Test func c1DeleteAndBidiControls() {
        let result = TextSanitizer.sanitize("a\u{9B}31m b\u{7F} \u{202E}evil\u{2066}x\u{2069}\u{0}")
        #expect(result.text == "a⟨U+009B⟩31m b\u{2421} ⟨RLO⟩evil⟨LRI⟩x⟨PDI⟩\u{2400}")
        #expect(result.replacedCount == 6)
        #expect(result.placeholders.count == 6)
        #expect(!result.text.unicodeScalars.contains(where: Self.isForbidden))
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "Iran’s «view» 「引用」 🙂\nnext line"
        let result = TextSanitizer.sanitize(text)
        #expect(result.text == text)
        #expect(result.placeholders.isEmpty)
        #expect(TextSanitizer.sanitize("one\ntwo", keepNewlines: false).text == "one two")
    }

    @Test func offsetsMoveWithStandIns() {
        let result = TextSanitizer.sanitize("a\u{9B}bc")
        #expect(result.mapOffset(0) == 0)
        #expect(result.mapOffset(1) == 1)
        #expect(result.mapOffset(2) == 9)
        #expect(result.mapOffset(3) == 10)
    }

    @Test func loadedArticleHasPlaceholderRunsAndWarning() {
        let text = "Alert \u{1B}[31mTitle\n\nBody with bell\u{07} and *RLO* \u{202E}here.\n\nKicker \u{9B}2J end."
        let article = ArticleLoader().makeArticle(bytes: Array(text.utf8), file: "/x/esc.txt", relativePath: "esc.txt", format: .plainText)
        #expect(article.title == "Alert ␛[31mTitle")
        #expect(article.blocks[0].runs == [InlineRun(range: 6..<11, style: .placeholder)])
        #expect(article.blocks[1].runs.filter { $0.style == .placeholder }.count == 2)
        let warning = article.warnings.first { $0.kind == .controlCharacters }
        #expect(warning?.message.hasPrefix("4 ") == true)
        for field in [article.text, article.raw, article.metadata.title] {
            #expect(!field.unicodeScalars.contains(where: Self.isForbidden))
        }
    }

    @Test func markdownRunsShiftAroundStandIns() {
        let text = "# T\n\nA \u{07} *emphasis* here."
        let article = ArticleLoader().makeArticle(bytes: Array(text.utf8), file: "/x/a.md", relativePath: "a.md", format: .markdown)
        let block = article.blocks[1]
        #expect(block.text == "A ␇ emphasis here.")
        let emphasis = block.runs.first { $0.style == .emphasis }
        #expect(emphasis.map { Array(block.text.unicodeScalars)[$0.range].map(String.init).joined() } == "emphasis")
    }
}
