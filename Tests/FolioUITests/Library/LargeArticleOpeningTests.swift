import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// A large article opens on its opening at once and becomes whole when a thread has read it:
/// with the real effect handler, an in-memory store and the program's inbox.
@Suite struct LargeArticleOpeningTests {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-opening-\(UUID().uuidString)")
    let size = Size(width: 100, height: 24)
    let name = "harbour.txt"

    /// A 400 KB article (above `ArticleLoader.openingThreshold`) and a program over it with nothing read yet, as `folio FILE` starts.
    private func program(store: AnnotationStore) throws -> (Program, ActionInbox) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var text = "The Harbour Report\n\nBy Rana Okafor\n\n"
        for index in 0..<4_000 {
            text += "Paragraph \(index): the harbour master said “cranes run again by spring,” and the union agreed.\n\n"
        }
        try text.write(toFile: folder + "/" + name, atomically: false, encoding: .utf8)
        let articles = ArticleLoader().discover(paths: [folder + "/" + name]).map(Article.placeholder)
        let inbox = ActionInbox()
        let handler = StoreEffectHandler(store: store, articles: articles, exportFolder: folder, inbox: inbox)
        let program = Program(state: AppState(articles: articles, size: size), backend: TestBackend(size: size),
                              effectHandler: handler, tickMilliseconds: 50, inbox: inbox)
        return (program, inbox)
    }

    /// Applies what the reading thread posts until it has finished.
    private func waitForTheWholeArticle(_ program: Program, _ inbox: ActionInbox) {
        let deadline = Date().addingTimeInterval(30)
        while inbox.isExpectingActions, Date() < deadline {
            for action in inbox.drain() { program.dispatch(action) }
            usleep(5_000)
        }
    }

    private func screen(_ program: Program) -> String {
        program.render().textLines().joined(separator: "\n")
    }

    @Test func theOpeningShowsAtOnceAndTheWholeBringsAnnotationsReadMarkAndPosition() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try AnnotationStore.openInMemory()
        let (program, inbox) = try program(store: store)
        let whole = ArticleLoader().loadFile(at: folder + "/" + name, relativePath: name)
        let remembered = try #require(whole.text.range(of: "Paragraph 1500:")).lowerBound
        let rememberedOffset = whole.text.unicodeScalars.distance(from: whole.text.unicodeScalars.startIndex, to: remembered)
        try store.saveReadingPosition(path: name, offset: rememberedOffset)

        program.dispatch(.openArticle)
        #expect(program.state.openedArticle?.content == .opening)
        let first = screen(program)
        #expect(first.contains("The Harbour Report"))
        #expect(first.contains("Paragraph 0:"))
        #expect(first.contains("reading the whole article…"))
        program.dispatch(.nextQuotation)
        program.dispatch(.highlight)
        #expect(program.state.pendingChanges.isEmpty)
        #expect(program.state.statusMessage?.hasPrefix("Still reading the whole article") == true)
        #expect(try store.readArticles().isEmpty)

        waitForTheWholeArticle(program, inbox)
        let opened = try #require(program.state.openedArticle)
        #expect(opened.isComplete)
        #expect(opened.fingerprint == whole.fingerprint)
        #expect(program.state.annotations[opened.id] == [])
        #expect(try store.readArticles() == [HighlightCounts.Key(relativePath: name, fingerprint: whole.fingerprint)])
        let offset = try #require(program.state.readingOffset)
        #expect(offset <= rememberedOffset && offset > rememberedOffset - 200)
        let last = screen(program)
        #expect(last.contains("Paragraph 1500:"))
        #expect(!last.contains("reading the whole article…"))
        program.dispatch(.nextQuotation)
        program.dispatch(.highlight)
        #expect(program.state.statusMessage == "Saved")
    }

    @Test func theRawViewOfTheWholeArticleIsReadFromTheFileWhenAskedFor() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (program, inbox) = try program(store: try AnnotationStore.openInMemory())
        program.dispatch(.openArticle)
        waitForTheWholeArticle(program, inbox)
        #expect(program.state.openedArticle?.rawIsInMemory == false)
        program.dispatch(.toggleRaw)
        #expect(program.state.openedArticle?.rawIsInMemory == true)
        let raw = screen(program)
        #expect(raw.contains("Raw file: \(name)"))
        #expect(raw.contains("By Rana Okafor"))
        program.dispatch(.toggleRaw)
        #expect(screen(program).contains("Paragraph 0:"))
    }

    @Test func aReaderWhoScrolledTheOpeningStaysOnTheSameText() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (program, inbox) = try program(store: try AnnotationStore.openInMemory())
        program.dispatch(.openArticle)
        for _ in 0..<3 { program.dispatch(.pageDown) }
        let before = try #require(program.state.readingOffset)
        let line = screen(program).split(separator: "\n").first { $0.contains("Paragraph") }
        #expect(before > 0)
        waitForTheWholeArticle(program, inbox)
        #expect(program.state.openedArticle?.isComplete == true)
        #expect(program.state.readingOffset == before)
        #expect(screen(program).split(separator: "\n").first { $0.contains("Paragraph") } == line)
    }
}
