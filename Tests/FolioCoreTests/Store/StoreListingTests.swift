import Testing
@testable import FolioCore

@Suite struct StoreListingTests {
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
