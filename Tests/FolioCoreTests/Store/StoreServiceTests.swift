import Testing
@testable import FolioCore

@Suite struct StoreServiceTests {
    @Test func reanchorsAndSavesAnnotationsOfAnEditedAndRenamedArticle() throws {
        let store = try AnnotationStore.openInMemory()
        let original = article(sampleParagraphs, path: "inbox/a.txt", fingerprint: "f1")
        let annotation = try Highlighter().annotation(quoting: "under pressure", in: original)
        try store.insert(annotation)

        let renamed = article(["A new first paragraph."] + sampleParagraphs, path: "archive/a.txt", fingerprint: "f1")
        let service = AnnotationService(store: store)
        let placed = try service.annotations(for: renamed)
        #expect(placed.count == 1)
        #expect(placed.first?.anchoring == .moved)
        let saved = try #require(try store.annotation(id: annotation.id))
        #expect(saved.articlePath == "archive/a.txt")
        #expect(saved.anchor == placed.first?.anchor)
        #expect(saved.modified == annotation.modified)
        #expect(try service.annotations(for: renamed).first?.anchoring == .exact)
    }

    @Test func anApproximateMatchKeepsTheHighlightedWordingInTheStore() throws {
        let store = try AnnotationStore.openInMemory()
        let annotation = try Highlighter().annotation(quoting: "We will not negotiate under pressure", in: article(sampleParagraphs))
        try store.insert(annotation)
        var paragraphs = sampleParagraphs
        paragraphs[1] = paragraphs[1].replacingOccurrences(of: "negotiate", with: "bargain")
        let edited = article(paragraphs, fingerprint: "f2")
        let service = AnnotationService(store: store)
        for _ in 0..<2 {
            let placed = try #require(try service.annotations(for: edited).first)
            #expect(placed.anchor.quote.exact == "We will not bargain under pressure")
            guard case .approximate = placed.anchoring else {
                Issue.record("expected approximate, got \(placed.anchoring)")
                return
            }
        }
        let saved = try #require(try store.annotation(id: annotation.id))
        #expect(saved.anchor == annotation.anchor)
        #expect(saved.articleFingerprint == "f2")
        guard case .approximate = saved.anchoring else {
            Issue.record("expected the approximate state saved, got \(saved.anchoring)")
            return
        }
    }
}
