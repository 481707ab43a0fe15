import Foundation
import GRDB
import Testing
@testable import FolioCore

/// Read marks and reading positions in the store, and the v2 migration that added read marks.
@Suite struct ReadingStateTests {
    @Test func readMarksRoundTripByPathAndFingerprint() throws {
        let store = try AnnotationStore.openInMemory()
        #expect(try store.readArticles().isEmpty)
        try store.setRead(true, path: "news/a.txt", fingerprint: "aa")
        try store.setRead(true, path: "news/a.txt", fingerprint: "aa")
        try store.setRead(true, path: "news/b.txt", fingerprint: "bb")
        #expect(try store.readArticles() == [
            HighlightCounts.Key(relativePath: "news/a.txt", fingerprint: "aa"),
            HighlightCounts.Key(relativePath: "news/b.txt", fingerprint: "bb"),
        ])
        try store.setRead(false, path: "news/a.txt", fingerprint: "aa")
        try store.setRead(false, path: "news/c.txt", fingerprint: "cc")
        #expect(try store.readArticles() == [HighlightCounts.Key(relativePath: "news/b.txt", fingerprint: "bb")])
    }

    @Test func readingPositionsAreKeptPerPath() throws {
        let store = try AnnotationStore.openInMemory()
        #expect(try store.readingPosition(path: "a.txt") == nil)
        try store.saveReadingPosition(path: "a.txt", offset: 40)
        try store.saveReadingPosition(path: "a.txt", offset: 80)
        try store.saveReadingPosition(path: "b.txt", offset: 3)
        #expect(try store.readingPosition(path: "a.txt") == 80)
        #expect(try store.readingPosition(path: "b.txt") == 3)
    }

    @Test func aVersionOneStoreUpgradesKeepingItsData() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO reading_position (relative_path, scalar_offset, updated) VALUES ('a.txt', 77, 0)")
        }
        try queue.close()

        let store = try AnnotationStore.open(path: path)
        #expect(try store.schemaVersion() == 2)
        #expect(try store.readingPosition(path: "a.txt") == 77)
        try store.setRead(true, path: "a.txt", fingerprint: "aa")
        let reopened = try AnnotationStore.open(path: path)
        #expect(try reopened.readArticles() == [HighlightCounts.Key(relativePath: "a.txt", fingerprint: "aa")])
    }

    @Test func aReadOnlyStoreRefusesReadMarks() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        try AnnotationStore.open(path: path).setRead(true, path: "a.txt", fingerprint: "aa")
        let store = try AnnotationStore.openReadOnly(path: path)
        #expect(try store.readArticles().count == 1)
        #expect(throws: StoreError.self) { try store.setRead(false, path: "a.txt", fingerprint: "aa") }
    }
}
