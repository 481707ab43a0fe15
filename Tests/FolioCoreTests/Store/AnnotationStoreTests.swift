import Foundation
import GRDB
import Testing
@testable import FolioCore

@Suite struct AnnotationStoreTests {
    @Test func roundTripsEveryFieldThroughInsertUpdateAndDelete() throws {
        let store = try AnnotationStore.open(path: temporaryStoreFolder() + "/annotations.sqlite")
        let original = sampleAnnotation()
        try store.insert(original)
        #expect(try store.annotation(id: original.id) == original)

        var edited = original
        edited.note = "edited"
        edited.tags = []
        edited.speaker = nil
        edited.color = .blue
        edited.anchoring = .orphaned
        edited.modified = original.modified.addingTimeInterval(60)
        try store.update(edited)
        #expect(try store.annotation(id: original.id) == edited)

        try store.delete(id: original.id)
        #expect(try store.annotation(id: original.id) == nil)
        #expect(throws: StoreError.annotationNotFound(path: store.path, id: original.id)) { try store.delete(id: original.id) }
        #expect(throws: StoreError.annotationNotFound(path: store.path, id: original.id)) { try store.update(original) }
    }

    @Test func everyAnchoringStateRoundTrips() throws {
        let store = try AnnotationStore.openInMemory()
        for anchoring in [Anchoring.exact, .moved, .approximate(confidence: 0.37), .orphaned] {
            var annotation = sampleAnnotation()
            annotation.anchoring = anchoring
            try store.insert(annotation)
            #expect(try store.annotation(id: annotation.id)?.anchoring == anchoring)
        }
    }

    @Test func reopeningTheFileFindsEverything() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let written = (0..<5).map { sampleAnnotation(start: $0 * 100) }
        do {
            let store = try AnnotationStore.open(path: path)
            for annotation in written { try store.insert(annotation) }
        }
        let reopened = try AnnotationStore.open(path: path)
        #expect(try reopened.allAnnotations() == written)
    }

    @Test func usesWALAndRecordsTheSchemaVersion() throws {
        let store = try AnnotationStore.open(path: temporaryStoreFolder() + "/annotations.sqlite")
        #expect(try store.journalMode() == "wal")
        #expect(try store.schemaVersion() == StoreSchema.version)
        #expect(try store.synchronousLevel() == 2)
        let queue = try DatabaseQueue(path: store.path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == StoreSchema.version)
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func createsAPrivateFolderAndFile() throws {
        let folder = temporaryStoreFolder() + "/deeper/folio"
        let path = folder + "/annotations.sqlite"
        let store = try AnnotationStore.open(path: path)
        try store.insert(sampleAnnotation())
        #expect(fileMode(folder) == 0o700)
        #expect(fileMode(path) == 0o600)
        #expect(fileMode(path + "-wal") == 0o600)
    }

    @Test func refusesAStoreFromANewerFolio() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        _ = try AnnotationStore.open(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 99") }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: StoreSchema.version)) { try AnnotationStore.open(path: path) }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: StoreSchema.version)) { try AnnotationStore.openReadOnly(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(StoreError.newerSchema(path: path, found: 99, supported: 1).description.contains("created by a newer Folio"))
    }

    @Test func refusesAGarbageFileAndLeavesItUntouched() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: URL(fileURLWithPath: path))
        for open in [{ try AnnotationStore.open(path: path) }, { try AnnotationStore.openReadOnly(path: path) }] {
            #expect {
                _ = try open()
            } throws: { error in
                guard case .corrupt(let errorPath, _) = error as? StoreError else { return false }
                return errorPath == path
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func refusesATruncatedStoreAndLeavesItUntouched() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        do {
            let store = try AnnotationStore.open(path: path)
            for index in 0..<300 { try store.insert(sampleAnnotation(start: index, quote: String(repeating: "long text ", count: 20))) }
        }
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let truncated = whole.prefix(whole.count / 2)
        try truncated.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try AnnotationStore.open(path: path)
        } throws: { error in
            guard case .corrupt(_, let reason) = error as? StoreError else { return false }
            return reason.contains("truncated")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == truncated)
    }

    @Test func anEmptyFileBecomesANewStore() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try AnnotationStore.open(path: path)
        try store.insert(sampleAnnotation())
        #expect(try store.allAnnotations().count == 1)
    }

    @Test func twoStoresOnOneFileWritingAtOnceLoseNothing() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let stores = [try AnnotationStore.open(path: path), try AnnotationStore.open(path: path)]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for index in 0..<200 {
                do {
                    try stores[writer].insert(sampleAnnotation(path: "writer\(writer).txt", start: index))
                } catch {
                    failures.record("\(error)")
                }
            }
        }
        #expect(failures.messages.isEmpty)
        #expect(try stores[0].allAnnotations().count == 400)
        #expect(try AnnotationStore.open(path: path).highlightCounts().total == 400)
    }

    @Test func aLockHeldByAnotherProgramIsReportedAsLocked() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let store = try AnnotationStore.open(path: path, busyTimeout: 0.2)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        #expect(throws: StoreError.locked(path: path)) { try store.insert(sampleAnnotation()) }
        try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        try store.insert(sampleAnnotation())
        #expect(StoreError.locked(path: path).description.contains("locked by another program"))
    }

    @Test func aReadOnlyStoreReadsButRefusesChanges() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let annotation = sampleAnnotation()
        try AnnotationStore.open(path: path).insert(annotation)
        let store = try AnnotationStore.openReadOnly(path: path)
        #expect(store.isReadOnly)
        #expect(try store.allAnnotations() == [annotation])
        #expect {
            try store.insert(sampleAnnotation())
        } throws: { error in
            guard case .readOnly = error as? StoreError else { return false }
            return true
        }
    }

    @Test func findsAnnotationsOfARenamedOrEditedArticle() throws {
        let store = try AnnotationStore.openInMemory()
        let annotation = sampleAnnotation(path: "inbox/a.txt", fingerprint: "f1")
        try store.insert(annotation)
        #expect(try store.annotations(forArticlePath: "archive/renamed.txt", fingerprint: "f1") == [annotation])
        #expect(try store.annotations(forArticlePath: "inbox/a.txt", fingerprint: "f2-edited") == [annotation])
        #expect(try store.annotations(forArticlePath: "other.txt", fingerprint: "f3").isEmpty)
        let counts = try store.highlightCounts()
        #expect(counts.count(forArticlePath: "archive/renamed.txt", fingerprint: "f1") == 1)
        #expect(counts.count(forArticlePath: "other.txt", fingerprint: "f3") == 0)
    }

    @Test func upsertMatchesByIDAndIsIdempotent() throws {
        let store = try AnnotationStore.openInMemory()
        let annotation = sampleAnnotation()
        #expect(try store.upsert(annotation) == .inserted)
        #expect(try store.upsert(annotation) == .unchanged)
        var newer = annotation
        newer.note = "newer"
        newer.modified = annotation.modified.addingTimeInterval(1)
        #expect(try store.upsert(newer) == .updated)
        #expect(try store.upsert(annotation) == .unchanged)
        #expect(try store.allAnnotations() == [newer])
    }

    @Test func remembersReadingPositionsAndTitles() throws {
        let store = try AnnotationStore.openInMemory()
        #expect(try store.readingPosition(path: "a.txt") == nil)
        try store.saveReadingPosition(path: "a.txt", offset: 120)
        try store.saveReadingPosition(path: "a.txt", offset: 480)
        #expect(try store.readingPosition(path: "a.txt") == 480)
        try store.noteArticleSeen(path: "a.txt", fingerprint: "f", title: "Khamenei shifts stance")
        #expect(try store.articleTitle(path: "a.txt") == "Khamenei shifts stance")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(StorePath.default(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"]) == "/data/folio/annotations.sqlite")
        #expect(StorePath.default(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/folio/annotations.sqlite")
        #expect(StorePath.default(environment: ["XDG_DATA_HOME": "rel", "HOME": "/home/u"]) == "/home/u/.local/share/folio/annotations.sqlite")
    }

    @Test func measuresTheCommitTimeOfOneHighlight() throws {
        let store = try AnnotationStore.open(path: temporaryStoreFolder() + "/annotations.sqlite")
        var durations: [Double] = []
        for index in 0..<200 {
            let started = DispatchTime.now().uptimeNanoseconds
            try store.insert(sampleAnnotation(start: index))
            durations.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
        }
        durations.sort()
        let p50 = durations[100]
        let p99 = durations[197]
        print("store commit time over 200 inserts: p50 \(p50) ms, p99 \(p99) ms")
        #expect(p99 < 1000)
    }
}

/// Errors collected from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [String] = []

    func record(_ message: String) {
        lock.withLock { recorded.append(message) }
    }

    var messages: [String] { lock.withLock { recorded } }
}
