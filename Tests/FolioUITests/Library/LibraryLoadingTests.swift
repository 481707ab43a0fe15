import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// A library listed before it is read: placeholders first, batches from the background reader
/// filling the list in with a progress line, and an article kept as a summary read whole when
/// it is opened — with the real effect handler over an in-memory store.
@Suite struct LibraryLoadingTests {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-library-\(UUID().uuidString)")
    let size = Size(width: 100, height: 24)

    private func writeLibrary(count: Int) throws -> [LibraryFile] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = "Dispatch number \(index)\n\nBy Rana Okafor\n\nThe envoy said “talks go on” on day \(index).\n"
            try text.write(toFile: folder + "/dispatch-\(index).txt", atomically: false, encoding: .utf8)
        }
        return ArticleLoader().discover(paths: [folder])
    }

    private func program(_ files: [LibraryFile], backend: TestBackend? = nil, inbox: ActionInbox? = nil) throws -> Program {
        let articles = files.map(Article.placeholder)
        let handler = StoreEffectHandler(store: try AnnotationStore.openInMemory(), articles: articles, exportFolder: folder)
        return Program(state: AppState(articles: articles, size: size), backend: backend ?? TestBackend(size: size),
                       effectHandler: handler, tickMilliseconds: 50, inbox: inbox)
    }

    private func summaries(_ files: ArraySlice<LibraryFile>) -> [Article] {
        files.map { ArticleLoader().loadFile($0).summarized() }
    }

    @Test func placeholdersAreListedAtOnceWithProgressAndFilledInByBatches() throws {
        let files = try writeLibrary(count: 4)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = try program(files)
        program.dispatch(.libraryIndexed([], progress: LibraryIndexer.Progress(done: 0, total: 4)))
        SnapshotAssertion.assertMatches(program.render(), named: "library-reading-placeholders")

        program.dispatch(.libraryIndexed(summaries(files[0..<2]), progress: LibraryIndexer.Progress(done: 2, total: 4)))
        let half = program.render().textLines().joined(separator: "\n")
        #expect(half.contains("Dispatch number 0"))
        #expect(half.contains("Rana Okafor"))
        #expect(half.contains("reading library 50%"))
        #expect(half.components(separatedBy: "reading…").count - 1 == 2)

        program.dispatch(.libraryIndexed(summaries(files[2..<4]), progress: LibraryIndexer.Progress(done: 4, total: 4)))
        let done = program.render().textLines().joined(separator: "\n")
        #expect(program.state.indexing == nil)
        #expect(!done.contains("reading library"))
        #expect(!done.contains("reading…"))
        #expect(done.contains("Dispatch number 3"))
    }

    @Test func openingASummaryReadsTheWholeArticleThenItsAnnotations() throws {
        let files = try writeLibrary(count: 2)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = try program(files)
        program.dispatch(.libraryIndexed(summaries(files[0..<2]), progress: LibraryIndexer.Progress(done: 2, total: 2)))
        #expect(program.state.articles[0].hasBody == false)
        program.dispatch(.openArticle)
        let opened = try #require(program.state.openedArticle)
        #expect(opened.hasBody)
        #expect(program.state.annotations[opened.id] != nil)
        #expect(program.render().textLines().joined().contains("The envoy said “talks go on” on day 0."))
        // A later batch does not take the whole article back to a summary.
        program.dispatch(.libraryIndexed(summaries(files[0..<1]), progress: LibraryIndexer.Progress(done: 2, total: 2)))
        #expect(program.state.openedArticle?.hasBody == true)
        program.dispatch(.nextQuotation)
        program.dispatch(.highlight)
        #expect(program.state.statusMessage == "Saved")
    }

    @Test func aFilterTypedWhileReadingTakesInArticlesAsTheyArrive() throws {
        let files = try writeLibrary(count: 3)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = try program(files)
        program.dispatch(.libraryIndexed([], progress: LibraryIndexer.Progress(done: 0, total: 3)))
        program.dispatch(.filterList)
        for character in "day 2" { program.dispatch(.editorInsert(character)) }
        #expect(program.state.search.listOrder.isEmpty)
        program.dispatch(.libraryIndexed(summaries(files[0..<3]), progress: LibraryIndexer.Progress(done: 3, total: 3)))
        #expect(program.state.search.listOrder.map { program.state.articles[$0].title } == ["Dispatch number 2"])
    }

    @Test func theLoopAppliesWhatABackgroundThreadPostsWhileWaitingForKeys() throws {
        let files = try writeLibrary(count: 6)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let backend = TestBackend(size: size)
        for _ in 0..<20 { backend.idle() }
        backend.type("q")
        let inbox = ActionInbox()
        let program = try program(files, backend: backend, inbox: inbox)
        inbox.workStarted()
        let indexer = LibraryIndexer(files: files, cache: nil, batchSize: 2)
        indexer.start { batch in
            inbox.post(.libraryIndexed(batch.articles, progress: batch.progress))
            if batch.progress.isFinished { inbox.workFinished() }
        }
        program.run()
        #expect(indexer.cancel(waitingUpTo: 5))
        #expect(program.state.articles.allSatisfy { $0.content == .summary })
        let last = try #require(backend.frames.last).textLines().joined(separator: "\n")
        #expect(last.contains("Dispatch number 5"))
        #expect(!last.contains("reading…"))
    }

    @Test func theSpeakersViewSaysWhenTheLibraryIsStillBeingRead() throws {
        let files = try writeLibrary(count: 4)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = try program(files)
        program.dispatch(.libraryIndexed(summaries(files[0..<1]), progress: LibraryIndexer.Progress(done: 1, total: 4)))
        program.dispatch(.toggleSpeakers)
        #expect(program.state.statusMessage == "Speakers so far: the library is still being read (25%)")
        program.dispatch(.toggleSpeakers)
        program.dispatch(.libraryIndexed(summaries(files[1..<4]), progress: LibraryIndexer.Progress(done: 4, total: 4)))
        program.dispatch(.toggleSpeakers)
        #expect(program.state.statusMessage == nil)
    }

    @Test func aSortedListTakesInBatchesAndIsWhollySortedWhenReadingEnds() throws {
        let files = try writeLibrary(count: 12)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let program = try program(files)
        program.dispatch(.libraryIndexed([], progress: LibraryIndexer.Progress(done: 0, total: 12)))
        program.dispatch(.cycleSort)
        #expect(program.state.search.listSort == .title)
        program.dispatch(.libraryIndexed(summaries(files[0..<12]), progress: LibraryIndexer.Progress(done: 12, total: 12)))
        let titles = program.state.search.listOrder.map { program.state.articles[$0].title }
        #expect(titles.first == "Dispatch number 0")
        #expect(titles[1] == "Dispatch number 1")
        #expect(titles[2] == "Dispatch number 10")
        #expect(titles.last == "Dispatch number 9")
        #expect(program.state.search.listOrder.count == 12)
    }
}
