import Foundation
import GRDB
import Testing
@testable import FolioCore

@Suite struct ExportImportPlanTests {
    @Test func reanchorsInTheLoadedArticleAndKeepsTheRestAsTheFileHasThem() throws {
        let original = article(sampleParagraphs)
        let moved = try Highlighter().annotation(quoting: "under pressure", in: original)
        let lost = try Highlighter().annotation(quoting: "Observers agreed", in: original)
        let elsewhere = try Highlighter().annotation(
            quoting: "Tehran", in: article(sampleParagraphs, path: "gone/c.txt", fingerprint: "f7")
        )
        let document = ExportDocument(articles: [
            ExportedArticle(article: original, annotations: [moved, lost]),
            ExportedArticle(article: article(sampleParagraphs, path: "gone/c.txt", fingerprint: "f7"), annotations: [elsewhere]),
        ])
        var paragraphs = ["A new first paragraph."] + sampleParagraphs
        paragraphs[3] = "Analysts said nothing else."
        let current = article(paragraphs, path: "renamed.txt", fingerprint: "f1")

        let plan = ImportPlan(document: document, articles: [current])

        #expect(plan.annotations.map(\.id) == [moved.id, lost.id, elsewhere.id])
        #expect(plan.annotations[0].anchoring == .moved)
        #expect(plan.annotations[0].articlePath == "renamed.txt")
        #expect(plan.annotations[1].anchoring == .orphaned)
        #expect(plan.annotations[1].anchor == lost.anchor)
        #expect(plan.annotations[2] == elsewhere)
        #expect(plan.orphanedCount == 1)
        #expect(plan.unmatchedCount == 1)
    }

    @Test func upsertAllCountsOutcomesAndAddsNothingTwice() throws {
        let store = try AnnotationStore.openInMemory()
        let first = sampleAnnotation(start: 10)
        var second = sampleAnnotation(start: 40)
        #expect(ImportSummary(try store.upsertAll([first, second])).description == "imported 2, updated 0, unchanged 0")
        second.note = "edited later"
        second.modified = second.modified.addingTimeInterval(60)
        let summary = ImportSummary(try store.upsertAll([first, second]))
        #expect(summary.description == "imported 0, updated 1, unchanged 1")
        #expect(try store.allAnnotations().count == 2)
        #expect(try store.annotation(id: second.id)?.note == "edited later")
    }

    @Test func upsertAllStoresNothingWhenOneAnnotationFails() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let store = try AnnotationStore.open(path: path)
        let kept = sampleAnnotation(start: 1)
        try store.insert(kept)
        // A trigger stands in for any failure half-way (a full disk, an I/O error).
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_boom BEFORE INSERT ON annotation WHEN NEW.note = 'boom'
                BEGIN SELECT RAISE(ABORT, 'boom'); END
                """)
        }
        try queue.close()
        var boom = sampleAnnotation(start: 30)
        boom.note = "boom"
        var updated = kept
        updated.note = "newer"
        updated.modified = kept.modified.addingTimeInterval(1)

        #expect(throws: StoreError.self) { try store.upsertAll([sampleAnnotation(start: 20), updated, boom]) }

        #expect(try store.allAnnotations() == [kept])
    }
}
