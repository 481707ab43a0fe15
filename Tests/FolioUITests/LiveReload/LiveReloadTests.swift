import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// An article's file changing on disk while it is open, with the real effect handler over an
/// in-memory store: the article is read again, the reader stays on the same words, and the
/// highlights follow their quotes.
@Suite struct LiveReloadTests {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-reload-\(UUID().uuidString)")
    var path: String { (folder as NSString).appendingPathComponent("dispatch.txt") }

    static let paragraphs = (1...40).map { number in
        "Paragraph \(number) reports what the envoy said on day \(number) of the talks. The delegates met again in the afternoon."
    }

    static func text(_ paragraphs: [String]) -> String {
        "Envoys meet again\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    private func write(_ paragraphs: [String]) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Self.text(paragraphs).write(toFile: path, atomically: false, encoding: .utf8)
    }

    private func program(store: AnnotationStore, tickMilliseconds: Int = 1000,
                         backend: TestBackend = TestBackend(size: Size(width: 80, height: 24))) -> Program {
        let article = ArticleLoader().loadFile(at: path, root: folder)
        let handler = StoreEffectHandler(store: store, articles: [article], exportFolder: folder)
        return Program(state: AppState(articles: [article], size: backend.size), backend: backend,
                       effectHandler: handler, tickMilliseconds: tickMilliseconds)
    }

    /// The text at the top of the reader, a line's worth.
    private func topText(_ state: AppState) throws -> String {
        let scalars = Array(try #require(state.openedArticle).text.unicodeScalars)
        let top = try #require(state.readerTopOffset)
        return String(String.UnicodeScalarView(scalars[top..<min(scalars.count, top + 40)]))
    }

    private func quoteRange(_ annotation: Annotation, in state: AppState) throws -> String {
        let scalars = Array(try #require(state.openedArticle).text.unicodeScalars)
        let position = annotation.anchor.position
        return String(String.UnicodeScalarView(scalars[position.start..<position.end]))
    }

    @Test func anInsertedParagraphKeepsThePlaceAndMovesTheHighlight() throws {
        try write(Self.paragraphs)
        let store = try AnnotationStore.openInMemory()
        let program = program(store: store)
        program.dispatch(.openArticle)
        program.dispatch(.pageDown)
        program.dispatch(.pageDown)
        program.dispatch(.nextSentence)
        program.dispatch(.highlight)
        let highlighted = try #require(program.state.openAnnotations.first)
        let before = try topText(program.state)
        let oldStart = highlighted.anchor.position.start

        program.dispatch(.tick)
        #expect(program.state.statusMessage == "Saved", "an unchanged file is not reloaded")

        let inserted = "An editor’s note added at the top after the article was opened, long enough to wrap over two lines."
        try write([inserted] + Self.paragraphs)
        program.dispatch(.tick)

        let state = program.state
        #expect(state.statusMessage == "Reloaded: file changed on disk")
        #expect(try #require(state.openedArticle).text.contains("An editor’s note"))
        #expect(state.openedArticle?.relativePath == "dispatch.txt")
        #expect(try topText(state) == before, "the reader stays on the same words")
        let moved = try #require(state.openAnnotations.first)
        #expect(moved.id == highlighted.id)
        #expect(moved.anchor.position.start == oldStart + inserted.unicodeScalars.count + 2)
        #expect(try quoteRange(moved, in: state) == highlighted.anchor.quote.exact)
        let stored = try #require(try store.annotation(id: highlighted.id))
        #expect(stored.anchor.position == moved.anchor.position, "the new anchor is saved")
        #expect(stored.articleFingerprint == state.openedArticle?.fingerprint)
        let screen = program.render().textLines().joined(separator: "\n")
        #expect(screen.contains("Reloaded: file changed on disk"))
    }

    @Test func aDeletedFileKeepsTheTextAndSaysSoOnce() throws {
        try write(Self.paragraphs)
        let program = program(store: try AnnotationStore.openInMemory())
        program.dispatch(.openArticle)
        let text = try #require(program.state.openedArticle).text
        try FileManager.default.removeItem(atPath: path)

        program.dispatch(.tick)
        let message = try #require(program.state.statusMessage)
        #expect(message.hasPrefix("dispatch.txt is no longer readable on disk"))
        #expect(program.state.openedArticle?.text == text)
        program.dispatch(.lineDown)
        program.dispatch(.tick)
        #expect(program.state.statusMessage == nil, "said once, not every second")

        try write(["Back again, rewritten."])
        program.dispatch(.tick)
        #expect(program.state.statusMessage == "Reloaded: file changed on disk")
        #expect(program.state.openedArticle?.text.contains("Back again") == true)
    }

    @Test func aFileThatFailedToLoadIsReadOnceMended() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data([0x45, 0x00, 0x01, 0x00, 0x02]).write(to: URL(fileURLWithPath: path))
        let broken = ArticleLoader().loadFile(at: path, root: folder)
        #expect(broken.loadError != nil)
        let handler = StoreEffectHandler(store: try AnnotationStore.openInMemory(), articles: [broken], exportFolder: folder)
        #expect(handler.perform(.checkForChanges(broken)) == nil, "its failure is on screen already")

        try write(Self.paragraphs)
        guard case .articleReloaded(let mended) = handler.perform(.checkForChanges(broken)) else {
            Issue.record("the mended file was not reloaded")
            return
        }
        #expect(mended.loadError == nil)
        #expect(mended.id == broken.id)
        #expect(handler.perform(.checkForChanges(mended)) == nil, "unchanged since")
    }

    @Test func noCheckWhileANoteIsTyped() throws {
        try write(Self.paragraphs)
        let program = program(store: try AnnotationStore.openInMemory())
        program.dispatch(.openArticle)
        program.dispatch(.nextSentence)
        program.dispatch(.highlight)
        program.dispatch(.editNote)
        try write(["Rewritten while the note was typed."])
        var typing = program.state
        #expect(typing.apply(.tick) == [])
        program.dispatch(.editorCancel)
        program.dispatch(.tick)
        #expect(program.state.openedArticle?.text.contains("Rewritten") == true)
    }

    @Test func theLoopTicksWhenNoKeyComesAndStopsAtTheEndOfInput() throws {
        try write(Self.paragraphs)
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let program = program(store: try AnnotationStore.openInMemory(), tickMilliseconds: 20, backend: backend)
        backend.send(.key(.enter))
        backend.idle()
        try write(["Rewritten before the pause."] + Self.paragraphs)
        program.run()
        let last = try #require(backend.frames.last).textLines().joined(separator: "\n")
        #expect(last.contains("Rewritten before the pause."))
        #expect(last.contains("Reloaded: file changed on disk"))
        #expect(backend.frames.count == 3, "start, Enter, and the reload; not a frame per tick")
    }
}
