import Foundation
import Testing
@testable import FolioCore

/// A large file's raw text is not kept in memory beside its cleaned text; it is read again
/// when the raw view asks for it, and is then the same as a small file's would be.
@Suite struct LargeFileRawTextTests {
    /// Web-copied text with furniture the cleaner drops and a control character it shows.
    private func article(paragraphs: Int) -> String {
        var text = "The Harbour Report\n\nBy Rana Okafor\n\nShare this article\n\n"
        for index in 0..<paragraphs {
            text += "Paragraph \(index): the crane operators met the port board \u{07} on a wet night.\n\n"
        }
        return text
    }

    @Test func aSmallFileKeepsItsRawText() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("small.txt", article(paragraphs: 10))
        let loaded = ArticleLoader().loadFile(at: path, root: nil)
        #expect(loaded.rawIsInMemory)
        #expect(loaded.raw.contains("Share this article"))
        #expect(loaded.raw == ArticleLoader().rawText(at: path))
    }

    @Test func aLargeFileLeavesItsRawTextOnDiskAndReadsItBackTheSame() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = article(paragraphs: 5_000)
        #expect(text.utf8.count > ArticleLoader.rawKeptLimit)
        let path = try folder.write("large.txt", text)
        var loaded = ArticleLoader().loadFile(at: path, root: nil)
        #expect(!loaded.rawIsInMemory)
        #expect(loaded.raw.isEmpty)
        #expect(!loaded.text.contains("Share this article"))
        #expect(loaded.warnings.contains { $0.kind == .controlCharacters })
        let raw = try #require(ArticleLoader().rawText(at: path))
        #expect(raw.hasPrefix("The Harbour Report\n\nBy Rana Okafor\n\nShare this article"))
        #expect(raw.contains("board ␇ on"))
        #expect(!raw.unicodeScalars.contains("\u{07}"))
        loaded.raw = raw
        #expect(loaded.rawIsInMemory)
        #expect(ArticleLoader().rawText(at: folder.path + "/missing.txt") == nil)
    }
}
