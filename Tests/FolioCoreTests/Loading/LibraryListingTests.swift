import Foundation
import Testing
@testable import FolioCore

/// How a library is listed before any file is read (`LibraryListing`): discovery's order on
/// UTF-8 bytes, file extensions decided on bytes, and the cache's listings matched by path,
/// size and modification time while the folders are walked.
@Suite struct LibraryListingTests {
    private static let article = "Envoys meet\n\nBy Dana Hollis\n\n“We stay,” the minister said.\n"

    @Test func discoverySortsOnBytesWhichIsStringOrderForNamesInNFC() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A folder "a" beside "a-b.txt" and "a.txt": "-" and "." sort before "/", so both come
        // before the folder's files, as they did with `String`'s order of whole relative paths.
        let names = ["z.txt", "Z.txt", "a-b.txt", "a.txt", "a/x.txt", "a/b/y.md", "é.txt", "e.txt", "長い.md", "ä/q.txt"]
        for name in names { try folder.write(name, Self.article) }
        let files = ArticleLoader().discover(paths: [folder.path])
        #expect(files.map(\.relativePath) == names.sorted())
        #expect(files.map(\.relativePath) == ["Z.txt", "a-b.txt", "a.txt", "a/b/y.md", "a/x.txt", "e.txt", "z.txt",
                                              "ä/q.txt", "é.txt", "長い.md"])
    }

    @Test func aDecomposedNameSortsByItsBytesBesideItsBaseLetter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "é" spelled e + U+0301: `String` would put it with the precomposed "é" (after "z"); by
        // bytes it follows "e". The only kind of name whose place differs from `String`'s order.
        for name in ["e.txt", "e\u{301}t.txt", "f.txt", "z.txt"] { try folder.write(name, Self.article) }
        let files = ArticleLoader().discover(paths: [folder.path])
        #expect(files.map { Array($0.relativePath.utf8) } == ["e.txt", "e\u{301}t.txt", "f.txt", "z.txt"].map { Array($0.utf8) })
    }

    @Test func articleNamesAreDecidedAsTheirLowercasedExtensionSays() {
        let names = ["a.txt", "B.TXT", "c.Md", "d.markdown", "e.MARKDOWN", "f.text", "g.txt.bak", "h.", "i", ".txt",
                     "j.pdf", "k.tẋt", "l.mar\u{212A}down", "m.markdowns", "n.verylongextension", "o.TxT", "p.t", "q..md"]
        for name in names {
            #expect(ArticleLoader.isArticleName(name) == ArticleLoader.articleExtensions.contains(ArticleLoader.fileExtension(name)),
                    "\(name)")
        }
        #expect(ArticleLoader.isArticleName("l.mar\u{212A}down"))
        #expect(!ArticleLoader.isArticleName("k.tẋt"))
    }

    @Test func aPlainNameIsTitledOnBytesExactlyAsAnyNameIs() {
        let names = ["al-monitor_iran-talks.txt", "a.txt", ".txt", "x.", "-", "--_ .md", "", "/", "plain", "a.b.c",
                     "  lead and trail  .md", "Already Capital.TXT", "1st-report.md", "zeta__eta--theta", "tab\there.txt",
                     "crlf\r\n.txt", "über-café.md", "長い名前.md", "e\u{301}t.txt", "~tilde~.txt", "a.verylongextension"]
        for name in names {
            let ascii = ArticleLoader.asciiTitle(fromFileName: name)
            #expect(ascii == nil || ascii == ArticleLoader.title(fromAnyFileName: name), "\(name)")
            #expect(ArticleLoader.title(fromFileName: name) == ArticleLoader.title(fromAnyFileName: name), "\(name)")
        }
        #expect(ArticleLoader.asciiTitle(fromFileName: "al-monitor_iran-talks.txt") == "Al monitor iran talks")
        #expect(ArticleLoader.asciiTitle(fromFileName: "über.md") == nil)
    }

    @Test func cachedFilesAreListedChangedOnesArePlaceholdersAndBrokenOnesSayWhy() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a/kept.txt", Self.article)
        try folder.write("b/changed.txt", Self.article)
        try folder.write("c/tagged.md", "---\ntitle: Tagged\ntags: [ports, trade]\n---\n\nBody.\n")
        let cache = try #require(ArticleCache.open(path: folder.path + "/article-cache.sqlite"))
        let loader = ArticleLoader()
        let files = loader.discover(paths: [folder.path])
        cache.save(files.map { ($0, loader.loadFile($0).summarized()) })

        try folder.write("b/changed.txt", Self.article + "\nOne more line.\n")
        try folder.write("d/new.txt", Self.article)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/e.txt", withDestinationPath: folder.path + "/missing.txt")
        let listing = LibraryListing(paths: [folder.path], cache: cache)

        #expect(listing.files.map(\.relativePath) == ["a/kept.txt", "b/changed.txt", "c/tagged.md", "d/new.txt", "e.txt"])
        #expect(listing.articles.map(\.relativePath) == listing.files.map(\.relativePath))
        #expect(listing.articles.map(\.content) == [.listing, .placeholder, .listing, .placeholder, .full])
        #expect(listing.cachedCount == 2)
        #expect(listing.articles[0].metadata == loader.loadFile(listing.files[0]).metadata)
        #expect(listing.articles[2].metadata.tags == ["ports", "trade"])
        #expect(listing.articles[2].title == "Tagged")
        #expect(listing.articles[4].loadError?.reason.contains("does not exist") == true)
        #expect(listing.readableFiles.map(\.relativePath) == ["a/kept.txt", "b/changed.txt", "c/tagged.md", "d/new.txt"])
    }

    @Test func aFileNamedTwiceIsListedFromTheCacheBothTimesAndNoCacheListsPlaceholders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("one.txt", Self.article)
        let cache = try #require(ArticleCache.open(path: folder.path + "/article-cache.sqlite"))
        let found = ArticleLoader().discover(paths: [file])
        cache.save(found.map { ($0, ArticleLoader().loadFile($0).summarized()) })

        let twice = LibraryListing(paths: [folder.path, file], cache: cache)
        #expect(twice.articles.map(\.content) == [.listing, .listing])
        #expect(twice.articles.map(\.relativePath) == ["one.txt", "one.txt"])
        let uncached = LibraryListing(paths: [folder.path], cache: nil)
        #expect(uncached.articles.map(\.content) == [.placeholder])
        #expect(uncached.cachedCount == 0)
    }
}
