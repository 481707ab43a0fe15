import Foundation
import Testing
@testable import FolioCore

/// A large file's opening: its first part parsed on its own, shown while the whole is read.
/// What matters is that it begins exactly as the whole article does, so nothing jumps when the
/// whole replaces it.
@Suite struct ArticleOpeningTests {
    /// A plain-text article of about `bytes` bytes: a title, a byline and numbered paragraphs
    /// with quotations.
    private func longArticle(bytes: Int) -> String {
        var text = "The Harbour Report\n\nBy Rana Okafor\n\n"
        var index = 0
        while text.utf8.count < bytes {
            text += "Paragraph \(index): the harbour master said “the cranes will run again by spring,” "
                + "and the union agreed after a long night of talks about pay, shifts and safety.\n\n"
            index += 1
        }
        return text
    }

    @Test func aSmallFileHasNoOpening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("short.txt", longArticle(bytes: 10_000))
        #expect(ArticleLoader().opening(at: path, relativePath: "short.txt") == nil)
    }

    @Test func anOpeningBeginsExactlyAsTheWholeArticle() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("long.txt", longArticle(bytes: ArticleLoader.openingThreshold + 200_000))
        let loader = ArticleLoader()
        let opening = try #require(loader.opening(at: path, relativePath: "long.txt"))
        let whole = loader.loadFile(at: path, relativePath: "long.txt")
        #expect(opening.content == .opening)
        #expect(!opening.isComplete && opening.hasBody)
        #expect(opening.fingerprint.isEmpty)
        #expect(whole.isComplete && !whole.fingerprint.isEmpty)
        #expect(opening.title == "The Harbour Report")
        #expect(opening.metadata.author == whole.metadata.author)
        #expect(opening.text.utf8.count <= ArticleLoader.openingBytes)
        #expect(opening.text.utf8.count > ArticleLoader.openingBytes / 2)
        #expect(whole.text.hasPrefix(opening.text))
        #expect(Array(whole.blocks.prefix(opening.blocks.count)) == opening.blocks)
        let early = whole.quotations.filter { $0.end <= opening.text.unicodeScalars.count }
        #expect(opening.quotations == early)
        #expect(!opening.quotations.isEmpty)
    }

    @Test func theCutFallsOnABlankLineThenALineEndThenAWholeCharacter() {
        func cut(_ text: String) -> String {
            String(decoding: ArticleLoader.openingCut(of: Array(text.utf8)[...]), as: UTF8.self)
        }
        #expect(cut("one\n\ntwo\nthree\n\nfour and a half") == "one\n\ntwo\nthree\n\n")
        #expect(cut("one\r\n\r\ntwo") == "one\r\n\r\n")
        #expect(cut("one\ntwo\nthr") == "one\ntwo\n")
        let bytes = Array("abc€".utf8)
        #expect(ArticleLoader.openingCut(of: bytes[..<5]).count == 3)
        #expect(ArticleLoader.openingCut(of: bytes[...]).count == 6)
        #expect(ArticleLoader.openingCut(of: [][...]).isEmpty)
    }

    @Test func markdownWhoseFrontMatterDoesNotCloseInTheOpeningIsReadWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let body = longArticle(bytes: ArticleLoader.openingThreshold + 10_000)
        let closed = try folder.write("closed.md", "---\ntitle: Front Matter Title\n---\n\n" + body)
        let opening = try #require(ArticleLoader().opening(at: closed, relativePath: "closed.md"))
        #expect(opening.title == "Front Matter Title")
        let unclosed = "---\n" + String(repeating: "note: a line of front matter\n", count: 4_000) + "---\n\n" + body
        let open = try folder.write("open.md", unclosed)
        #expect(ArticleLoader.hasUnclosedFrontMatter(Array(unclosed.utf8).prefix(ArticleLoader.openingBytes)))
        #expect(ArticleLoader().opening(at: open, relativePath: "open.md") == nil)
    }

    @Test func utf16BinaryAndMissingFilesHaveNoOpening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let text = longArticle(bytes: ArticleLoader.openingThreshold + 10_000)
        let utf16 = try folder.write("wide.txt", [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(ArticleLoader().opening(at: utf16, relativePath: "wide.txt") == nil)
        let binary = try folder.write("binary.txt", [0x00] + Array(text.utf8))
        #expect(ArticleLoader().opening(at: binary, relativePath: "binary.txt") == nil)
        #expect(ArticleLoader().opening(at: folder.path + "/missing.txt", relativePath: "missing.txt") == nil)
    }
}
