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
}
