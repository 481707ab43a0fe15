import Testing
import FolioCore
@testable import FolioUI

/// The reading position is saved when leaving an article (opening another, quitting) and
/// restored when it is opened again.
@Suite struct ReadingPositionTests {
    let size = Size(width: 140, height: 40)
    let long = Fixtures.long()

    private func saves(_ handler: FakeEffectHandler) -> [Effect] {
        handler.performed.filter { if case .saveReadingPosition = $0 { true } else { false } }
    }

    @Test func switchingArticlesSavesAndReopeningRestores() throws {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.character("G"), .enter, .character(" "), .character(" "), .character("j"))
        let offset = try #require(program.state.readerTopOffset)
        #expect(offset > 0)
        program.press(.escape, .character("g"), .enter)
        #expect(saves(handler) == [.saveReadingPosition(articleID: long.id, offset: offset)])
        #expect(program.state.openedArticle?.id == Fixtures.khamenei.id)
        #expect(program.state.readerTopOffset == 0 || program.state.readerLinePosition?.line == 1)
        program.press(.escape, .character("G"), .enter)
        #expect(program.state.readerTopOffset == offset)
        #expect(program.render().textLines().joined().contains("Paragraph"))
    }

    @Test func quittingSavesThePosition() throws {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, articles: [long], handler: handler)
        program.press(.enter, .control("d"))
        let offset = try #require(program.state.readerTopOffset)
        let running = program.handle(.key(.character("q")))
        #expect(!running)
        #expect(handler.positions[long.id] == offset)
    }

    @Test func reopeningTheSameArticleDoesNotSave() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, articles: [long], handler: handler)
        program.press(.enter, .character(" "), .escape, .enter)
        #expect(saves(handler).isEmpty)
        #expect(program.state.readerLinePosition?.line != 1, "the place is kept")
    }

    @Test func theRawViewSavesTheCleanedPosition() throws {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, articles: [long], handler: handler)
        program.press(.enter, .character(" "))
        let offset = try #require(program.state.readerTopOffset)
        program.press(.character("r"), .character(" "), .character(" "))
        _ = program.handle(.key(.character("q")))
        #expect(handler.positions[long.id] == offset)
    }

    @Test func aPositionPastTheTextIsIgnored() {
        let handler = FakeEffectHandler()
        handler.positions[long.id] = 1_000_000
        let program = Fixtures.program(size: size, articles: [long], handler: handler)
        program.press(.enter)
        #expect(program.state.readerLinePosition?.line == 1)
    }

    @Test func anAnswerForAnotherArticleIsIgnored() {
        let program = Fixtures.program(size: size, handler: FakeEffectHandler())
        program.press(.enter)
        program.dispatch(.readingPositionLoaded(articleID: long.id, offset: 500))
        #expect(program.state.readerLinePosition?.line == 1)
    }
}
