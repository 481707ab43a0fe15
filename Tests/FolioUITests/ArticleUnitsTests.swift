import FolioCore
import Testing
@testable import FolioUI

/// `ArticleUnits` reads sentences and scalars block by block as the cursor reaches them; every
/// answer must be the one a scan over the whole article's text gives.
@Suite struct ArticleUnitsTests {
    /// Sentences that cross into a list item, an abbreviation at a block's end, a rule, a
    /// quotation opening a block, and wide text.
    static let mixed: Article = {
        let blocks = [
            Block(kind: .title, text: "Talks resume"),
            Block(kind: .paragraph, text: "Officials met in Oman. Mr. Vaez said talks would resume. The U.S."),
            Block(kind: .listItem(marker: "1.", depth: 0), text: "Sanctions first. Then enrichment."),
            Block(kind: .rule, text: ""),
            Block(kind: .paragraph, text: "“We will not negotiate,” the statement read. 対話。Then silence…"),
            Block(kind: .code, text: "GET /statement\n  Accept: text/plain"),
        ]
        var article = Article(file: "/library/mixed.txt", relativePath: "mixed.txt", format: .plainText,
                              metadata: ArticleMetadata(title: "Talks resume"), blocks: blocks, raw: "", fingerprint: "mixed")
        article.quotations = [
            Fixtures.quotation("We will not negotiate,", in: article, speaker: nil),
            Fixtures.quotation("Officials met", in: article, speaker: nil, kind: .term),
        ]
        return article
    }()

    static let articles = [Fixtures.khamenei, mixed, Fixtures.long(paragraphs: 6)]

    /// The reader's sentences over the whole text: every block but rules.
    private func wholeTextSentences(_ article: Article) -> [Range<Int>] {
        let scalars = Array(article.text.unicodeScalars)
        return article.blocks.filter { $0.kind != .rule }.flatMap { SentenceSegmenter().sentences(in: scalars, range: $0.range) }
    }

    @Test(arguments: articles) func sentencesAnswerAsAWholeTextScan(_ article: Article) {
        let units = ArticleUnits(article: article)
        let sentences = wholeTextSentences(article)
        #expect(!sentences.isEmpty)
        var wrong: [String] = []
        for offset in -1...(article.text.unicodeScalars.count + 1) {
            let answers = [
                (units.next(.sentence, after: offset)?.range.lowerBound, sentences.first { $0.lowerBound > offset }?.lowerBound),
                (units.previous(.sentence, before: offset)?.range.lowerBound, sentences.last { $0.lowerBound < offset }?.lowerBound),
                (units.nextSentenceStart(after: offset), sentences.first { $0.lowerBound > offset }?.lowerBound),
                (units.nextSentenceEnd(after: offset), sentences.first { $0.upperBound > offset }?.upperBound),
                (units.previousSentenceStart(before: offset), sentences.last { $0.lowerBound < offset }?.lowerBound),
                (units.previousSentenceEnd(before: offset), sentences.last { $0.upperBound < offset }?.upperBound),
            ]
            for (index, answer) in answers.enumerated() where answer.0 != answer.1 {
                wrong.append("query \(index) at \(offset): \(String(describing: answer.0)) ≠ \(String(describing: answer.1))")
            }
        }
        #expect(wrong.first == nil, "\(wrong.count) wrong answers, first \(wrong.prefix(5))")
        #expect(units.first(.sentence)?.range == sentences.first)
        #expect(units.last(.sentence)?.range == sentences.last)
    }

    @Test(arguments: articles) func quotationsAnswerAsALinearScan(_ article: Article) {
        let units = ArticleUnits(article: article)
        let sorted = article.quotations.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        var wrong: [Int] = []
        for offset in -1...(article.text.unicodeScalars.count + 1) {
            let onScreen = offset..<(offset + 40)
            if units.next(.quotation, after: offset)?.range != sorted.first(where: { $0.lowerBound > offset })
                || units.previous(.quotation, before: offset)?.range != sorted.last(where: { $0.lowerBound < offset })
                || units.first(.quotation, startingIn: onScreen)?.range
                    != sorted.first(where: { onScreen.contains($0.lowerBound) }) {
                wrong.append(offset)
            }
        }
        #expect(wrong.first == nil, "wrong at \(wrong.count) offsets, first \(wrong.prefix(10))")
    }

    @Test(arguments: articles) func scalarsAndAnchorsAreThoseOfTheWholeText(_ article: Article) {
        let units = ArticleUnits(article: article)
        let scalars = Array(article.text.unicodeScalars)
        #expect(units.scalarCount == scalars.count)
        #expect(units.scalars(in: 0..<scalars.count) == scalars)
        #expect((0..<scalars.count).allSatisfy { units.scalar(at: $0) == scalars[$0] })
        let builder = AnchorBuilder(scalars: scalars)
        let ranges = [0..<0, 0..<5, 3..<60, (scalars.count - 7)..<scalars.count, (scalars.count - 3)..<(scalars.count + 9), -4..<2]
            + article.blocks.dropFirst().map { ($0.start - 5)..<($0.start + 4) }
        for range in ranges {
            #expect(units.anchor(for: range) == builder.anchor(for: range), "range \(range)")
        }
    }

    /// A cursor step, a selection grown by words and sentences, and a highlight in a long
    /// article read only the blocks around the cursor.
    @Test func keysNearTheCursorReadOnlyNearbyBlocks() throws {
        let huge = Fixtures.long(paragraphs: 3000)
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: Size(width: 140, height: 40), articles: [huge], handler: handler)
        program.press(.enter, .control("d"), .control("d"), .character(")"), .character(")"), .character("("))
        program.press(.character("v"), .character("w"), .character("w"), .character(")"), .character("h"))
        let units = try #require(program.state.articleUnits())
        #expect(program.annotations.count == 1)
        #expect(units.filledBlockCount < 40, "read \(units.filledBlockCount) blocks")
        let annotation = try #require(program.annotations.first)
        let range = annotation.anchor.position.start..<annotation.anchor.position.end
        #expect(annotation.anchor == AnchorBuilder(text: huge.text).anchor(for: range))
    }
}
