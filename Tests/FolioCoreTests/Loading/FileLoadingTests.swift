import Foundation
import Testing
@testable import FolioCore

/// Files that cannot be read become entries that say why; folders load sorted, hidden files skipped.
@Suite struct FileLoadingTests {
    let loader = ArticleLoader()

    @Test func binaryFileBecomesAnErrorEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        let article = loader.loadFile(at: file, root: nil)
        #expect(article.loadError?.reason.contains("binary") == true)
        #expect(article.loadError?.file == file)
        #expect(article.warnings.map(\.kind) == [.binaryContent])
        #expect(article.title == "Picture")
        #expect(article.relativePath == "picture.txt")
    }

    /// A folder larger than one `getdents` buffer (32 KiB): the last entry of a buffer ends near
    /// its end, where copying the declared 256-byte `d_name` read past it (found by `make asan`).
    @Test func everyNameOfAFolderLargerThanOneDirectoryBuffer() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = (0..<1500).map { "n\($0).txt" } + ["café-é.txt", "長い名前.md"]
        for name in names {
            #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: nil))
        }
        #expect(try FileReader.entries(of: folder.path) { _ in true }.get().map(\.name).sorted() == names.sorted())
    }

    @Test func directoryWhereAFileIsExpected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = loader.loadFile(at: folder.path, root: nil)
        #expect(article.loadError?.reason.contains("is a directory") == true)
        #expect(!article.title.isEmpty)
    }

    @Test func danglingSymlink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let link = folder.path + "/gone.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path + "/missing.md")
        let article = loader.loadFile(at: link, root: nil)
        #expect(article.loadError?.reason.contains("symbolic link to something that does not exist") == true)
        #expect(article.title == "Gone")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.png", withDestinationPath: folder.path + "/missing.png")
        let listed = loader.load(paths: [folder.path])
        #expect(listed.count == 1)
        #expect(listed.first?.loadError != nil)
    }

    @Test func symlinkLoops() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/a.txt", withDestinationPath: folder.path + "/b.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.txt", withDestinationPath: folder.path + "/a.txt")
        try folder.write("sub/real.txt", "Real\n\nBody text here.")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/again", withDestinationPath: folder.path)
        let articles = loader.load(paths: [folder.path])
        #expect(articles.map(\.relativePath) == ["a.txt", "b.txt", "sub/again", "sub/real.txt"])
        #expect(articles[0].loadError?.reason.contains("loop of symbolic links") == true)
        #expect(articles[2].loadError?.reason.contains("loop") == true)
        #expect(articles[3].loadError == nil)
    }

    @Test(.timeLimit(.minutes(5))) func fifoDoesNotBlock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        // Opening a FIFO without a writer would block forever; the time limit turns that into a failure.
        let article = loader.loadFile(at: fifo, root: nil)
        #expect(article.loadError?.reason.contains("named pipe") == true)
        #expect(loader.load(paths: [folder.path]).first?.loadError?.reason.contains("named pipe") == true)
    }

    @Test func unreadableFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("secret.txt", "Secret\n\nNot for you.")
        #expect(chmod(file, 0) == 0)
        defer { chmod(file, 0o644) }
        let article = loader.loadFile(at: file, root: nil)
        if access(file, R_OK) == 0 {
            // Running with privileges that read anything (root): the file simply loads.
            #expect(article.loadError == nil)
        } else {
            #expect(article.loadError?.reason.contains("permission denied") == true)
            #expect(article.title == "Secret")
        }
    }

    @Test func missingPath() {
        let article = loader.loadFile(at: "/nonexistent/folio/missing.txt", root: nil)
        #expect(article.loadError?.reason == "does not exist")
        #expect(article.text.contains("could not be loaded"))
    }

    @Test func folderOrderHiddenFilesAndExtensions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b.txt", "B\n\nSecond.")
        try folder.write("a.md", "# A\n\nFirst.")
        try folder.write("c/nested.markdown", "# Nested\n\nThird.")
        try folder.write("c/Upper.TXT", "Upper\n\nFourth.")
        try folder.write(".hidden.txt", "Hidden\n\nNo.")
        try folder.write(".git/config.txt", "Hidden folder\n\nNo.")
        try folder.write("photo.jpg", [0xFF, 0xD8, 0xFF, 0])
        try folder.write("notes", "No extension\n\nNot an article in a folder.")
        let articles = loader.load(paths: [folder.path + "/"])
        #expect(articles.map(\.relativePath) == ["a.md", "b.txt", "c/Upper.TXT", "c/nested.markdown"])
        #expect(articles.map(\.format) == [.markdown, .plainText, .plainText, .markdown])
        #expect(articles.map(\.title) == ["A", "B", "Upper", "Nested"])
        let explicit = loader.load(paths: [folder.path + "/notes", folder.path + "/b.txt"])
        #expect(explicit.map(\.title) == ["No extension", "B"])
        #expect(explicit.map(\.relativePath) == ["notes", "b.txt"])
    }
}
