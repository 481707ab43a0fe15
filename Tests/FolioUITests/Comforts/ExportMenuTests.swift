import Testing
import FolioCore
@testable import FolioUI

/// The export menu driven key by key: navigation, the export effect it sends, and the answer
/// shown in the status line.
@Suite struct ExportMenuTests {
    let size = Size(width: 140, height: 40)

    private func screen(_ program: Program) -> String {
        program.render().textLines().joined(separator: "\n")
    }

    private func exports(_ handler: FakeEffectHandler) -> [Effect] {
        handler.performed.filter { if case .export = $0 { true } else { false } }
    }

    @Test func enterChoosesTheFormatThenTheScope() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.enter, .character("e"))
        #expect(program.state.exportMenu != nil)
        #expect(screen(program).contains("Export highlights as"))
        #expect(screen(program).contains("▶ 1  Markdown digest"))
        program.press(.character("j"), .down, .character("k"))
        #expect(program.state.exportMenu?.selection == 1)
        #expect(program.state.readerLinePosition?.line == 1, "j and k move in the menu, not the reader")
        program.press(.enter)
        #expect(program.state.exportMenu?.step == .scope(.json))
        #expect(screen(program).contains("Export Folio JSON (backup) of"))
        #expect(screen(program).contains("▶ a  This article — Khamenei shifts stance"))
        program.press(.enter)
        #expect(exports(handler) == [.export(format: .json, articleIDs: [Fixtures.khamenei.id])])
        #expect(program.state.exportMenu == nil)
        #expect(program.state.statusMessage == handler.exportAnswer)
        #expect(screen(program).contains(handler.exportAnswer))
    }

    @Test func eachItemHasAKey() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.enter, .character("e"), .character("3"), .character("l"))
        #expect(exports(handler) == [.export(format: .w3c, articleIDs: nil)])
        program.press(.character("e"), .character("6"), .character("a"))
        #expect(exports(handler).last == .export(format: ExportFormat.allCases[5], articleIDs: [Fixtures.khamenei.id]))
    }

    @Test func movingWrapsAround() {
        let program = Fixtures.program(size: size, handler: FakeEffectHandler())
        program.press(.character("e"), .up)
        #expect(program.state.exportMenu?.selection == ExportFormat.allCases.count - 1)
        program.press(.down)
        #expect(program.state.exportMenu?.selection == 0)
    }

    @Test func escapeClosesWithoutExporting() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.enter, .character("e"), .enter, .escape)
        #expect(program.state.exportMenu == nil)
        #expect(program.state.focus == .reader, "Esc closed the menu only")
        #expect(exports(handler).isEmpty)
        #expect(!screen(program).contains("Export"))
    }

    @Test func fromTheListThisArticleIsTheSelectedOne() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.character("j"), .character("j"), .character("e"), .enter, .enter)
        #expect(exports(handler) == [.export(format: .markdown, articleIDs: [Fixtures.long().id])])
    }

    @Test func withoutArticlesOnlyTheLibraryIsOffered() {
        let handler = FakeEffectHandler()
        let program = Fixtures.program(size: size, articles: [], handler: handler)
        program.press(.character("e"), .enter)
        #expect(program.state.exportMenu?.items.map(\.key) == ["l"])
        program.press(.enter)
        #expect(exports(handler) == [.export(format: .markdown, articleIDs: nil)])
    }

    @Test func withoutAStoreTheMenuSaysSo() {
        let (program, _) = Fixtures.program(size: size)
        program.press(.character("e"), .enter, .character("l"))
        #expect(program.state.statusMessage == "Cannot export: no annotation store is open")
    }

    @Test func fitsASmallTerminal() {
        let program = Fixtures.program(size: Size(width: 80, height: 24), handler: FakeEffectHandler())
        program.press(.enter, .character("e"))
        let lines = program.render().textLines()
        #expect(lines.contains { $0.contains("6  CSV spreadsheet") })
        #expect(lines.contains { $0.contains(ExportMenuView.hint) })
    }
}
