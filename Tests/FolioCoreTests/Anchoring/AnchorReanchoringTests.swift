import Foundation
import Testing
@testable import FolioCore

@Suite struct AnchorReanchoringTests {
    let quote = "We will not negotiate under pressure"

    func highlighted(in original: Article) throws -> Annotation {
        try Highlighter().annotation(quoting: quote, in: original)
    }

    @Test func anUnchangedArticleAnchorsExactly() throws {
        let original = article(sampleParagraphs)
        let annotation = try highlighted(in: original)
        let placed = Reanchorer().reanchor(annotation, in: original)
        #expect(placed.anchoring == .exact)
        #expect(placed.anchor == annotation.anchor)
    }

    @Test func aParagraphInsertedBeforeMovesTheHighlight() throws {
        let annotation = try highlighted(in: article(sampleParagraphs))
        let edited = article(["An editor’s note was added at the top of the story."] + sampleParagraphs, fingerprint: "f2")
        let placed = Reanchorer().reanchor(annotation, in: edited)
        #expect(placed.anchoring == .moved)
        #expect(AnchorBuilder(text: edited.text).text(in: placed.anchor.position.start..<placed.anchor.position.end) == quote)
        #expect(placed.anchor.position.start > annotation.anchor.position.start)
        #expect(placed.articleFingerprint == "f2")
    }

    @Test func aChangedWordInsideTheQuoteAnchorsApproximately() throws {
        let annotation = try highlighted(in: article(sampleParagraphs))
        var paragraphs = sampleParagraphs
        paragraphs[1] = paragraphs[1].replacingOccurrences(of: "negotiate", with: "bargain")
        let edited = article(paragraphs)
        let placed = Reanchorer().reanchor(annotation, in: edited)
        guard case .approximate(let confidence) = placed.anchoring else {
            Issue.record("expected an approximate anchoring, got \(placed.anchoring)")
            return
        }
        #expect(confidence < 1 && confidence > 0.7)
        #expect(placed.anchor.quote.exact == "We will not bargain under pressure")
    }

    @Test func aDeletedPassageIsOrphanedWithItsOldAnchorKept() throws {
        let annotation = try highlighted(in: article(sampleParagraphs))
        let edited = article([sampleParagraphs[0], sampleParagraphs[2]])
        let placed = Reanchorer().reanchor(annotation, in: edited)
        #expect(placed.anchoring == .orphaned)
        #expect(placed.anchor == annotation.anchor)
        #expect(placed.articlePath == annotation.articlePath)
    }

    @Test func contextTellsRepeatedQuotesApart() throws {
        let paragraphs = [
            "The ministry said: no comment. Then it moved on to other business.",
            "Asked about sanctions, the envoy said: no comment. Reporters pressed him.",
        ]
        let original = article(paragraphs)
        let annotation = try Highlighter().annotation(quoting: "no comment", occurrence: 2, in: original)
        let edited = article(["A long new first paragraph pushes everything down the page."] + paragraphs.reversed())
        let placed = Reanchorer().reanchor(annotation, in: edited)
        #expect(placed.anchoring == .moved)
        #expect(placed.anchor.quote.prefix.hasSuffix("the envoy said: "))
        #expect(placed.anchor.quote.suffix.hasPrefix(". Reporters"))
    }

    @Test func anExactQuoteWithNewContextAtTheSamePlaceIsMoved() throws {
        let annotation = try highlighted(in: article(sampleParagraphs))
        var paragraphs = sampleParagraphs
        paragraphs[1] = paragraphs[1].replacingOccurrences(of: "gathering", with: "meeting")
        let placed = Reanchorer().reanchor(annotation, in: article(paragraphs))
        #expect(placed.anchoring == .moved)
        #expect(placed.anchor.position == annotation.anchor.position)
    }

    @Test func findsAnEditedPassageFarFromItsOldPlaceInALargeText() throws {
        let filler = (0..<8_000).map { "Filler paragraph number \($0) talks about nothing in particular." }
        let passage = "Khamenei warned that any talks would be conducted from a position of strength and dignity."
        let original = article(filler + [passage])
        let annotation = try Highlighter().annotation(quoting: passage, in: original)
        let editedPassage = passage.replacingOccurrences(of: "strength and dignity", with: "strength & dignity")
        let edited = article([editedPassage] + filler)
        let started = Date()
        let placed = Reanchorer().reanchor(annotation, in: edited)
        #expect(Date().timeIntervalSince(started) < 30)
        guard case .approximate = placed.anchoring else {
            Issue.record("expected approximate, got \(placed.anchoring)")
            return
        }
        #expect(placed.anchor.quote.exact == editedPassage)
    }
}
