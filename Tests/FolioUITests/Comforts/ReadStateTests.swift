import Testing
import FolioCore
@testable import FolioUI

/// Read and unread articles: loaded at start, marked when opened, toggled with `m`, and shown
/// in the list with a "•" and a bold title while unread.
@Suite struct ReadStateTests {
    let size = Size(width: 140, height: 40)

    /// The list's title row of article `index` (rows of 2 lines under the border).
    private func titleRow(_ index: Int, in buffer: ScreenBuffer) -> String {
        buffer.textLines()[1 + index * 2]
    }

    @Test func startLoadsWhatWasRead() {
        let handler = FakeEffectHandler()
        handler.read = [Fixtures.long().id]
        let program = Fixtures.program(size: size, handler: handler)
        program.dispatch(.start)
        #expect(program.state.readArticles == [Fixtures.long().id])
        let buffer = program.render()
        #expect(titleRow(0, in: buffer).hasPrefix("│▶ • Khamenei shifts stance"))
        #expect(titleRow(2, in: buffer).hasPrefix("│    A very long report"))
        #expect(buffer[5, 1].style.attributes.contains(.bold), "unread titles are bold")
        #expect(!buffer[5, 5].style.attributes.contains(.bold))
    }

    @Test func openingMarksReadOnce() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.enter, .escape, .enter)
        let marks = handler.performed.filter { if case .saveReadState = $0 { true } else { false } }
        #expect(marks == [.saveReadState(articleID: Fixtures.khamenei.id, read: true)])
        program.press(.escape, .character("j"))
        #expect(titleRow(0, in: program.render()).hasPrefix("│›   Khamenei"), "open and read")
    }

    @Test func mTogglesTheArticleAtHand() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.character("j"), .character("j"), .character("m"))
        #expect(handler.read == [Fixtures.long().id])
        #expect(program.state.statusMessage?.hasPrefix("Marked read") == true)
        #expect(titleRow(2, in: program.render()).hasPrefix("│▶   A very long report"))
        program.press(.character("m"))
        #expect(handler.read.isEmpty)
        #expect(titleRow(2, in: program.render()).hasPrefix("│▶ • A very long report"))
        program.press(.character("g"), .enter)
        #expect(handler.read == [Fixtures.khamenei.id])
        program.press(.character("m"))
        #expect(handler.read == [Fixtures.khamenei.id], "m is a list key")
        program.press(.escape, .character("m"))
        #expect(handler.read.isEmpty)
        #expect(titleRow(0, in: program.render()).hasPrefix("│▶ • Khamenei"))
    }

    @Test func tCyclesThemesThroughTheHandler() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.character("T"))
        #expect(handler.performed.last == .cycleTheme)
        #expect(program.state.statusMessage == "Theme: gruvbox")
        #expect(program.render().textLines().last?.contains("Theme: gruvbox") == true)
    }
}
