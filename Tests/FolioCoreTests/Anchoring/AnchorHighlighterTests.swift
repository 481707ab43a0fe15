import Testing
@testable import FolioCore

@Suite struct AnchorHighlighterTests {
    @Test func highlightsAnExactQuoteWithItsStyle() throws {
        let source = article(sampleParagraphs, path: "news/a.txt")
        let style = HighlightStyle(color: .green, note: "key line", tags: ["talks"], speaker: "Khamenei")
        let annotation = try Highlighter().annotation(quoting: "under pressure", in: source, style: style)
        #expect(annotation.articlePath == "news/a.txt")
        #expect(annotation.articleFingerprint == "f1")
        #expect(annotation.anchor.quote.exact == "under pressure")
        #expect(annotation.color == .green && annotation.note == "key line" && annotation.tags == ["talks"])
        #expect(annotation.speaker == "Khamenei")
        let range = annotation.anchor.position.start..<annotation.anchor.position.end
        #expect(AnchorBuilder(text: source.text).text(in: range) == "under pressure")
    }

    @Test func refusesMissingAmbiguousAndOutOfRangeQuotes() throws {
        let source = article(["said: no comment.", "again: no comment."])
        #expect(throws: HighlightError.notFound(file: source.file, quote: "absent")) {
            try Highlighter().annotation(quoting: "absent", in: source)
        }
        #expect(throws: HighlightError.ambiguous(file: source.file, quote: "no comment", count: 2)) {
            try Highlighter().annotation(quoting: "no comment", in: source)
        }
        #expect(throws: HighlightError.occurrenceOutOfRange(file: source.file, quote: "no comment", requested: 3, count: 2)) {
            try Highlighter().annotation(quoting: "no comment", occurrence: 3, in: source)
        }
        #expect(throws: HighlightError.emptyQuote(file: source.file)) {
            try Highlighter().annotation(quoting: "", in: source)
        }
        let second = try Highlighter().annotation(quoting: "no comment", occurrence: 2, in: source)
        #expect(second.anchor.quote.prefix.hasSuffix("again: "))
    }
}
