import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportDocumentBuilderTests {
    /// A store file holding one highlight of the sample article, reopened read-only.
    private func readOnlyStore(with annotations: [Annotation], titles: [String: String] = [:]) throws -> AnnotationStore {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let writable = try AnnotationStore.open(path: path)
        for annotation in annotations { try writable.insert(annotation) }
        for (articlePath, title) in titles {
            try writable.noteArticleSeen(path: articlePath, fingerprint: "f9", title: title)
        }
        return try AnnotationStore.openReadOnly(path: path)
    }

    @Test func reanchorsInTheCurrentTextWithoutChangingAReadOnlyStore() throws {
        let annotation = try Highlighter().annotation(quoting: "under pressure", in: article(sampleParagraphs))
        let store = try readOnlyStore(with: [annotation])
        let edited = article(["A new first paragraph."] + sampleParagraphs, fingerprint: "f2")

        let document = try ExportDocumentBuilder(store: store).document(for: [edited])

        let exported = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(exported.relativePath == "a.txt")
        #expect(exported.text == edited.text)
        let placed = try #require(exported.annotations.first)
        #expect(placed.anchoring == .moved)
        #expect(placed.anchor.position.start == annotation.anchor.position.start + "A new first paragraph.\n\n".unicodeScalars.count)
        #expect(try store.annotation(id: annotation.id) == annotation)
    }

    @Test func annotationsOfArticlesNotLoadedAreExportedAsOrphansUnderTheirStoredTitle() throws {
        let loaded = try Highlighter().annotation(quoting: "under pressure", in: article(sampleParagraphs))
        let elsewhere = try Highlighter().annotation(
            quoting: "Observers agreed", in: article(sampleParagraphs, path: "other/b.txt", fingerprint: "f9")
        )
        let unseen = try Highlighter().annotation(
            quoting: "Tehran", in: article(sampleParagraphs, path: "gone/c.txt", fingerprint: "f7")
        )
        let store = try readOnlyStore(with: [loaded, elsewhere, unseen], titles: ["other/b.txt": "Another article"])

        let document = try ExportDocumentBuilder(store: store).document(for: [article(sampleParagraphs)])

        #expect(document.articles.map(\.relativePath) == ["a.txt", "gone/c.txt", "other/b.txt"])
        #expect(document.articles.map(\.metadata.title) == ["Khamenei shifts stance", "c.txt", "Another article"])
        let orphans = document.articles.dropFirst()
        #expect(orphans.allSatisfy { $0.text.isEmpty })
        let orphanIDs: [UUID] = orphans.flatMap(\.annotations).filter(\.isOrphaned).map(\.id)
        #expect(Set(orphanIDs) == [elsewhere.id, unseen.id])
        #expect(orphanIDs.count == 2)
        // Orphans with offsets past their (empty) text must still make an importable export.
        let reread = try AnnotationImporter.importDocument(from: Data(ExportFormat.json.export(document).utf8))
        #expect(reread.annotationCount == 3)
    }

    @Test func anAnnotationIsExportedOnceWhenTwoLoadedFilesShareItsFingerprint() throws {
        let annotation = try Highlighter().annotation(quoting: "under pressure", in: article(sampleParagraphs))
        let store = try readOnlyStore(with: [annotation])
        let copies = [article(sampleParagraphs), article(sampleParagraphs, path: "copy/a.txt")]

        let document = try ExportDocumentBuilder(store: store).document(for: copies)

        #expect(document.annotationCount == 1)
        #expect(document.articles.map(\.relativePath) == ["a.txt"])
    }

    @Test func articlesWithoutAnnotationsOrThatFailedToLoadAreLeftOut() throws {
        let annotation = try Highlighter().annotation(quoting: "under pressure", in: article(sampleParagraphs))
        let store = try readOnlyStore(with: [annotation])
        var broken = article(sampleParagraphs)
        broken.loadError = ArticleLoadError(file: "/library/a.txt", reason: "unreadable")
        let quiet = article(["Nothing highlighted here."], path: "quiet.txt", fingerprint: "f3")

        let document = try ExportDocumentBuilder(store: store).document(for: [broken, quiet])

        #expect(document.articles.map(\.relativePath) == ["a.txt"])
        #expect(document.articles.first?.annotations.first?.isOrphaned == true)
    }
}
