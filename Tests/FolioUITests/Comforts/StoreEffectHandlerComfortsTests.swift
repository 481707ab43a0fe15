import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// The comforts' effects carried out against a real (in-memory) store and a temporary export
/// folder.
@Suite struct StoreEffectHandlerComfortsTests {
    let khamenei = Fixtures.khamenei
    let long = Fixtures.long()
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-exports-\(UUID().uuidString)")

    private func handler(_ store: AnnotationStore?, themeCycler: (() -> String)? = nil) -> StoreEffectHandler {
        StoreEffectHandler(store: store, articles: Fixtures.all, exportFolder: folder, themeCycler: themeCycler,
                           clock: { Fixtures.now })
    }

    private func storeWithOneHighlight() throws -> AnnotationStore {
        let store = try AnnotationStore.openInMemory()
        try store.insert(Fixtures.highlight(khamenei.quotations[0], note: "the old line"))
        return store
    }

    /// The path at the end of an "Exported … to PATH" message.
    private func exportedPath(_ action: Action?) throws -> String {
        guard case .showMessage(let message) = action, let range = message.range(of: " to /") else {
            Issue.record("not an export message: \(String(describing: action))")
            throw CancellationError()
        }
        return String(message[message.index(after: range.lowerBound)...].dropFirst(3))
    }

    @Test func exportsThisArticleAsANewFileEveryTime() throws {
        let handler = handler(try storeWithOneHighlight())
        let first = handler.perform(.export(format: .markdown, articleIDs: [khamenei.id]))
        guard case .showMessage(let message) = first else { Issue.record("no message"); return }
        #expect(message.hasPrefix("Exported 1 highlight to \(folder)/folio-al-monitor-khamenei-"))
        let path = try exportedPath(first)
        #expect(path.hasSuffix(".md"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# Khamenei shifts stance on talks with the US"))
        #expect(text.contains("the old line"))

        let second = try exportedPath(handler.perform(.export(format: .markdown, articleIDs: [khamenei.id])))
        #expect(second == (path as NSString).deletingPathExtension + "-2.md", "never overwrites")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let third = try exportedPath(handler.perform(.export(format: .markdown, articleIDs: [khamenei.id])))
        #expect(third.hasSuffix("-3.md"))
    }

    @Test func thisArticleLeavesOthersOutAndTheLibraryKeepsThem() throws {
        let store = try storeWithOneHighlight()
        try store.insert(Annotation(
            articlePath: "gone.txt", articleFingerprint: "gone",
            anchor: TextAnchor(quote: TextQuoteSelector(exact: "lost words", prefix: "", suffix: ""),
                               position: TextPositionSelector(start: 0, end: 10)),
            created: Fixtures.now
        ))
        let handler = handler(store)
        let article = try exportedPath(handler.perform(.export(format: .csv, articleIDs: [khamenei.id])))
        #expect(!(try String(contentsOfFile: article, encoding: .utf8)).contains("lost words"))
        let library = handler.perform(.export(format: .json, articleIDs: nil))
        guard case .showMessage(let message) = library else { Issue.record("no message"); return }
        #expect(message.hasPrefix("Exported 2 highlights to \(folder)/folio-library-"))
        #expect(message.hasSuffix(".json"))
        #expect(try String(contentsOfFile: try exportedPath(library), encoding: .utf8).contains("lost words"))
    }

    @Test func nothingToExportWritesNothing() throws {
        let handler = handler(try storeWithOneHighlight())
        #expect(handler.perform(.export(format: .markdown, articleIDs: [long.id])) == .showMessage("Nothing to export: no highlights"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func withoutAStoreNothingIsExportedOrSaved() {
        let handler = handler(nil)
        #expect(handler.perform(.export(format: .markdown, articleIDs: nil)) == .showMessage("Cannot export: no annotation store is open"))
        #expect(handler.perform(.saveReadingPosition(articleID: long.id, offset: 5)) == nil)
        #expect(handler.perform(.loadReadingPosition(articleID: long.id)) == nil)
        #expect(handler.perform(.saveReadState(articleID: long.id, read: true)) == nil)
        #expect(handler.perform(.loadReadStates) == nil)
    }

    @Test func readingPositionsRoundTrip() throws {
        let handler = handler(try AnnotationStore.openInMemory())
        #expect(handler.perform(.loadReadingPosition(articleID: long.id)) == nil)
        #expect(handler.perform(.saveReadingPosition(articleID: long.id, offset: 1234)) == nil)
        #expect(handler.perform(.loadReadingPosition(articleID: long.id)) == .readingPositionLoaded(articleID: long.id, offset: 1234))
        #expect(handler.perform(.loadReadingPosition(articleID: khamenei.id)) == nil)
    }

    @Test func readStatesRoundTrip() throws {
        let handler = handler(try AnnotationStore.openInMemory())
        #expect(handler.perform(.loadReadStates) == .readStatesLoaded([]))
        _ = handler.perform(.saveReadState(articleID: long.id, read: true))
        _ = handler.perform(.saveReadState(articleID: khamenei.id, read: true))
        _ = handler.perform(.saveReadState(articleID: khamenei.id, read: false))
        #expect(handler.perform(.loadReadStates) == .readStatesLoaded([long.id]))
    }

    @Test func themesCycleThroughTheHook() throws {
        var calls = 0
        let handler = handler(nil, themeCycler: {
            calls += 1
            return "Theme: gruvbox"
        })
        #expect(handler.perform(.cycleTheme) == .showMessage("Theme: gruvbox"))
        #expect(calls == 1)
        #expect(self.handler(nil).perform(.cycleTheme) == .showMessage("Themes cannot be changed here"))
    }

    @Test func aProgramRestoresThePositionFromTheStore() throws {
        let store = try AnnotationStore.openInMemory()
        let size = Size(width: 140, height: 40)
        let first = Program(state: AppState(articles: [long], size: size), backend: TestBackend(size: size),
                            effectHandler: handler(store))
        first.press(.enter, .character(" "), .character(" "))
        let offset = try #require(first.state.readerTopOffset)
        #expect(!first.handle(.key(.character("q"))))
        let second = Program(state: AppState(articles: [long], size: size), backend: TestBackend(size: size),
                             effectHandler: handler(store))
        second.dispatch(.start)
        #expect(second.state.readArticles == [long.id])
        second.press(.enter)
        #expect(second.state.readerTopOffset == offset)
    }

    @Test func withAnInboxTheExportRunsOffTheLoopAndReportsProgressThenWhere() throws {
        let inbox = ActionInbox()
        let handler = StoreEffectHandler(store: try storeWithOneHighlight(), articles: Fixtures.all, exportFolder: folder,
                                         clock: { Fixtures.now }, inbox: inbox)
        #expect(handler.perform(.export(format: .json, articleIDs: nil)) == .backgroundProgress("exporting 0%"))
        let deadline = Date().addingTimeInterval(30)
        var posted: [Action] = []
        while Date() < deadline {
            posted += inbox.drain()
            if !inbox.isExpectingActions { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        posted += inbox.drain()
        #expect(posted.contains(.backgroundProgress("exporting 0%")))
        #expect(posted.suffix(2).first == .backgroundProgress(nil))
        let path = try exportedPath(posted.last)
        #expect(path.hasSuffix(".json"))
        #expect(FileManager.default.fileExists(atPath: path))

        var state = AppState(articles: Fixtures.all)
        _ = state.apply(.backgroundProgress("exporting 40%"))
        let line = ScreenView(keyMap: KeyMap(), glyphs: .unicode).render(state).textLines().last ?? ""
        #expect(line.contains("exporting 40%"))
    }
}
