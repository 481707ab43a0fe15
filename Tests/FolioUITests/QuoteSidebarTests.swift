import Testing
import FolioCore
@testable import FolioUI

@Suite struct QuoteSidebarTests {
    @Test func longQuotationsAreCutWithAnEllipsis() {
        let words = Array(repeating: "unprecedented", count: 40).joined(separator: " ")
        let quotation = Quotation(text: words, speaker: "A Very Long Speaker Name Indeed", kind: .speech, start: 0, end: 10)
        let lines = QuoteSidebarView.quoteLines(quotation.text, speaker: quotation.speaker, width: 20, selected: true,
                                                style: Style(.sidebar), glyphs: .unicode)
        #expect(lines.count == QuoteSidebarView.maximumLines + 1)
        #expect(lines[QuoteSidebarView.maximumLines - 1].text.hasSuffix("…"))
        #expect(lines[0].text.hasPrefix("▶ “"))
        #expect(lines[QuoteSidebarView.maximumLines].text == "  — A Very Long Spe…")
        #expect(lines.allSatisfy { $0.width <= 20 })
        let ascii = QuoteSidebarView.quoteLines(quotation.text, speaker: quotation.speaker, width: 20, selected: true,
                                                style: Style(.sidebar), glyphs: .ascii)
        #expect(ascii.count == lines.count)
        #expect(ascii[QuoteSidebarView.maximumLines - 1].text.hasSuffix("..."))
        #expect(ascii[0].text.hasPrefix("> \""))
        #expect(ascii[QuoteSidebarView.maximumLines].text == "  - A Very Long S...")
        #expect(ascii.allSatisfy { $0.width <= 20 })
    }

    @Test func selectionStaysOnScreen() throws {
        var article = Fixtures.long(paragraphs: 40)
        article.quotations = (1...40).map { number in
            Fixtures.quotation("Paragraph \(number): officials met again", in: article, speaker: "Speaker \(number)")
        }
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24), articles: [article])
        program.press(.enter, .tab, .character("G"))
        #expect(program.state.sidebarSelection == 39)
        #expect(program.render().textLines().contains { $0.contains("▶ “Paragraph 40:") })
        program.press(.character("g"), .pageDown, .pageDown)
        let selected = program.state.sidebarSelection
        #expect(selected > 2)
        #expect(program.render().textLines().contains { $0.contains("▶ “Paragraph \(selected + 1):") })
        program.press(.enter)
        let top = try #require(program.state.readerTopOffset)
        #expect(top <= article.quotations[selected].start)
        #expect(program.render().textLines()[1].contains("Paragraph \(selected + 1):"))
    }
}
