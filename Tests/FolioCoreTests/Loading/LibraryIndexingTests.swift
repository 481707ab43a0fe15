import Foundation
import GRDB
import Testing
@testable import FolioCore

/// Discovery, the article cache and the background indexer: a library is listed without being
/// read, read once, and afterwards taken from the cache unless a file changed.
@Suite struct LibraryIndexingTests {
    private static let plain = """
        Envoys meet in Vienna

        By Dana Hollis

        “We will not leave the table,” the minister said on Tuesday.

        Talks resume next week, officials said.
        """
    private static let markdown = """
        ---
        title: Harbour Notes
        author: Ines Calder
        tags: [ports, trade]
        ---

        The pilot said: “The tide decides, not the timetable.”
        """

    private func library() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("b/vienna.txt", Self.plain)
        try folder.write("a/harbour.md", Self.markdown)
        try folder.write("c/notes.pdf", "not an article")
        return folder
    }

    private func cache(in folder: TemporaryFolder) throws -> ArticleCache {
        try #require(ArticleCache.open(path: folder.path + "/cache/article-cache.sqlite"))
    }

    @Test func discoveryListsWhatLoadingReadsInTheSameOrderWithoutReading() throws {
        let folder = try library()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        let files = ArticleLoader().discover(paths: [folder.path])
        #expect(files.map(\.relativePath) == ["a/harbour.md", "b/vienna.txt"])
        #expect(files.allSatisfy { $0.problem == nil && $0.size > 0 && $0.modified > 0 })
        #expect(ArticleLoader().load(paths: [folder.path]).map(\.relativePath) == files.map(\.relativePath))
        let placeholder = Article.placeholder(for: files[1])
        #expect(placeholder.content == .placeholder)
        #expect(placeholder.title == "Vienna")
    }

    @Test func theCacheGivesBackListingsAndSummariesOfUnchangedFilesOnly() throws {
        let folder = try library()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        let cache = try cache(in: folder)
        let loader = ArticleLoader()
        let files = loader.discover(paths: [folder.path])
        let whole = files.map(loader.loadFile)
        cache.save(zip(files, whole.map { $0.summarized() }).map { ($0, $1) })

        let listings = cache.listings(for: files)
        let summaries = cache.summaries(for: files)
        for (index, article) in whole.enumerated() {
            let listing = try #require(listings[index])
            #expect(listing.content == .listing)
            #expect(listing.metadata == article.metadata)
            #expect(listing.fingerprint == article.fingerprint)
            #expect(listing.quotationCount == article.quotations.count)
            #expect(listing.quotations.isEmpty)
            let summary = try #require(summaries[index])
            #expect(summary.content == .summary)
            #expect(summary.text == article.text)
            #expect(summary.quotations == article.quotations)
            #expect(summary.metadata.tags == article.metadata.tags)
        }
        #expect(whole[0].metadata.tags == ["ports", "trade"])
        let twice = cache.listings(for: files + [files[0]])
        #expect(twice.count == 3)
        #expect(twice[2] == twice[0])
        #expect(!whole[1].quotations.isEmpty)

        try folder.write("b/vienna.txt", Self.plain + "\nOne more line.\n")
        let changed = loader.discover(paths: [folder.path])
        #expect(cache.listings(for: changed)[0] != nil)
        #expect(cache.listings(for: changed)[1] == nil)
        #expect(cache.summaries(for: changed)[1] == nil)
    }

    @Test func aDamagedOrOutdatedCacheIsRebuiltEmpty() throws {
        let folder = try library()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        let path = folder.path + "/cache/article-cache.sqlite"
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        let files = ArticleLoader().discover(paths: [folder.path])
        let rebuilt = try #require(ArticleCache.open(path: path))
        rebuilt.save(files.map { ($0, ArticleLoader().loadFile($0).summarized()) })
        #expect(rebuilt.listings(for: files).allSatisfy { $0 != nil })

        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 999") }
        try queue.close()
        let reopened = try #require(ArticleCache.open(path: path))
        #expect(reopened.listings(for: files).allSatisfy { $0 == nil })
    }

    @Test func quotationsSurviveTheCacheEncodingWithAndWithoutSpeakers() {
        let quotations = [
            Quotation(text: "Yes, “nested” and tabs\tinside", speaker: "Dana Hollis", kind: .speech, start: 3, end: 40),
            Quotation(text: "soft power", speaker: nil, kind: .term, start: 50, end: 62),
        ]
        #expect(ArticleCache.decodeQuotations(ArticleCache.encode(quotations)) == quotations)
        #expect(ArticleCache.decodeQuotations("") == [])
        #expect(ArticleCache.decodeQuotations("12\u{1F}x\u{1E}") == nil)
    }

    @Test func theIndexerReadsEveryFileOnceThenTakesUnchangedOnesFromTheCache() throws {
        let folder = try library()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        let cache = try cache(in: folder)
        // A whole second, which every file system keeps exactly.
        let path = folder.path + "/b/vienna.txt"
        let modified = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let files = ArticleLoader().discover(paths: [folder.path])
        var batches: [LibraryIndexer.Batch] = []
        LibraryIndexer(files: files, cache: cache, batchSize: 1).run { batches.append($0) }
        #expect(batches.map(\.progress.done) == [1, 2])
        #expect(batches.last?.progress.isFinished == true)
        let first = batches.flatMap(\.articles)
        #expect(first == files.map { ArticleLoader().loadFile($0).summarized() })

        // Same size, same modification time, other words: only a cache hit can still say Vienna.
        try folder.write("b/vienna.txt", Self.plain.replacingOccurrences(of: "Vienna", with: "Geneva"))
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        var again: [Article] = []
        LibraryIndexer(files: ArticleLoader().discover(paths: [folder.path]), cache: cache).run { again += $0.articles }
        #expect(again.map(\.title) == first.map(\.title))
        #expect(again[1].title == "Envoys meet in Vienna")
    }

    @Test func cancellingStopsAfterTheBatchInHandAndKeepsWhatWasCached() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for index in 0..<40 { try folder.write("n\(index).txt", "Note \(index)\n\nThe clerk said “item \(index)” twice.\n") }
        try FileManager.default.createDirectory(atPath: folder.path + "/cache", withIntermediateDirectories: true)
        let cache = try cache(in: folder)
        let files = ArticleLoader().discover(paths: [folder.path])
        let indexer = LibraryIndexer(files: files, cache: cache, batchSize: 4)
        var delivered = 0
        indexer.run { batch in
            delivered += batch.articles.count
            indexer.cancel(waitingUpTo: 0)
        }
        #expect(delivered == 4)
        #expect(cache.listings(for: files).compactMap { $0 }.count == 4)
    }

    @Test func fileNamesAreTheLastComponentWhateverTheSlashes() {
        let cases = ["a/b.txt": "b.txt", "/x": "x", "a//": "a", "//": "/", "/": "/", "plain": "plain",
                     "dir/sub/Ünïcode – név.md": "Ünïcode – név.md", "": ""]
        for (path, name) in cases { #expect(ArticleLoader.fileName(path) == name, "\(path)") }
    }
}
