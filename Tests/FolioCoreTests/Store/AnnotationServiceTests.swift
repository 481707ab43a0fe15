import Testing
@testable import FolioCore

@Suite struct AnnotationServiceTests {
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

@Suite struct AnnotationListingTests {
    @Test func listsAnnotationsAsTextAndJSON() throws {
        var annotation = sampleAnnotation(path: "news/a.txt")
        annotation.note = "first line\nsecond line"
        let listing = AnnotationListing([annotation])
        let text = listing.text()
        #expect(text.hasPrefix("news/a.txt\n  [approximate 81%] pink: “the quote”"))
        #expect(text.contains("note: first line second line"))
        #expect(text.contains("tags: iran, talks"))
        #expect(text.contains("id: \(annotation.id.uuidString)"))
        let json = try listing.json()
        #expect(json.contains("\"anchoring\" : \"approximate\""))
        #expect(json.contains("\"article\" : \"news/a.txt\""))
        #expect(AnnotationListing([]).text() == "No annotations.")
        #expect(try AnnotationListing([]).json() == "[]")
    }
}
